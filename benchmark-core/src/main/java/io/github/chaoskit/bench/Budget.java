package io.github.chaoskit.bench;

import java.util.Locale;

/**
 * How much effort a benchmark run spends (docs/protocol.md "Budgets"). {@code QUICK} lets all systems
 * × all forecasters finish in minutes on a laptop; {@code FULL} runs the presets as written.
 * Every cap is recorded in the manifest and shown at the top of the report.
 */
public enum Budget {
    /** 1 seed, 5 forecast origins, at most 4 hyper-parameter candidates, forecasters' quick settings. */
    QUICK(5, 4),
    /** The presets exactly as written: 20 origins, the full hyper-parameter grid. */
    FULL(20, Integer.MAX_VALUE);

    private final int origins;
    private final int maxCandidates;

    Budget(int origins, int maxCandidates) {
        this.origins = origins;
        this.maxCandidates = maxCandidates;
    }

    /** @return forecast origins per system (lyapunov preset). */
    public int origins() {
        return origins;
    }

    /** @return the largest number of hyper-parameter candidates tried per forecaster. */
    public int maxCandidates() {
        return maxCandidates;
    }

    /** @return the lower-case name used on the command line and in manifests. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param s "quick" or "full"
     * @return the budget
     * @throws IllegalArgumentException for any other name
     */
    public static Budget parse(String s) {
        for (Budget b : values()) {
            if (b.key().equalsIgnoreCase(s.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown budget '" + s + "'; expected quick or full");
    }
}
