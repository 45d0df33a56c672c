package io.github.chaoskit.bench;

import io.github.chaoskit.systems.DynamicalSystem;

/**
 * A benchmark protocol (docs/protocol.md "Presets"): turns a system into fit, tuning and scoring data.
 * Data depend only on the system and the protocol's settings, never on the forecaster's seed, so
 * every forecaster sees identical data.
 */
public interface Protocol {

    /** @return the preset name with its variant, e.g. {@code "dysts2023:fine"} or {@code "lyapunov"}. */
    String name();

    /**
     * @param system a catalog system
     * @return true if the protocol applies to it (e.g. dysts2023 has no maps)
     */
    boolean supports(DynamicalSystem system);

    /**
     * Prepares the data for one system.
     *
     * @param system the system
     * @param budget the effort budget
     * @return fit, tuning and scoring data
     * @throws IllegalArgumentException if the protocol does not support the system
     * @throws io.github.chaoskit.trajectory.DivergenceException if generating the data diverges
     */
    SystemData prepare(DynamicalSystem system, Budget budget);

    /**
     * The raw trajectories the protocol builds for a system, for export ({@code chaoskit datasets}).
     *
     * @param system the system
     * @return named trajectories, e.g. {@code train} and {@code test}
     */
    java.util.Map<String, io.github.chaoskit.trajectory.Trajectory> datasets(DynamicalSystem system);

    /**
     * @param preset {@code lyapunov} or {@code dysts2023[:variant,...]} with variants
     *     {@code fine|coarse}, {@code standard|long}, {@code multivariate|univariate}, {@code clean|noisy}
     * @return the protocol
     * @throws IllegalArgumentException naming an unknown preset or variant
     */
    static Protocol parse(String preset) {
        String p = preset.trim();
        if (p.equalsIgnoreCase("lyapunov")) {
            return new LyapunovProtocol();
        }
        if (p.toLowerCase(java.util.Locale.ROOT).startsWith("dysts2023")) {
            return Dysts2023Protocol.parse(p);
        }
        throw new IllegalArgumentException("unknown preset '" + preset + "'; expected lyapunov or dysts2023[:variants]");
    }
}
