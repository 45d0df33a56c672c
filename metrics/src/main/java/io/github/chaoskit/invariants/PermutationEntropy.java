package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * Permutation entropy of a scalar series (Bandt and Pompe 2002, Phys. Rev. Lett. 88, 174102).
 *
 * <p>Every window {@code (x_t, x_{t+τ}, …, x_{t+(m−1)τ})} of order m and delay τ is mapped to
 * its ordinal pattern, the permutation that sorts it; with p(π) the relative frequency of pattern
 * π among the {@code n − (m − 1)τ} windows, the permutation entropy is
 * {@code H(m) = −Σ_π p(π) ln p(π)} (nats), at most {@code ln m!} (all patterns equally likely, as
 * for i.i.d. noise); the normalised entropy is {@code H(m)/ln m!} ∈ [0, 1] and the entropy per
 * symbol {@code H(m)/(m − 1)} is Bandt and Pompe's h_m, which for piecewise monotone interval
 * maps tends to the Kolmogorov–Sinai entropy as m → ∞ (Bandt, Keller and Pompe 2002,
 * Nonlinearity 15, 1595).
 *
 * <p>Ties: equal values are ordered by their position in the window (stable ordering by index),
 * so an earlier value counts as the smaller one; a run of equal values has the increasing
 * pattern. Patterns are encoded by their Lehmer code (for each position, the number of later
 * window entries that are strictly smaller), a bijection onto 0 … m! − 1.
 *
 * <p>Instances are immutable.
 */
public final class PermutationEntropy {

    /** Largest supported order (10! = 3 628 800 patterns). */
    public static final int MAX_ORDER = 10;

    private final int order;
    private final int delay;
    private final int windows;
    private final int[] counts;
    private final int observed;
    private final double entropy;

    private PermutationEntropy(int order, int delay, int windows, int[] counts) {
        this.order = order;
        this.delay = delay;
        this.windows = windows;
        this.counts = counts;
        int seen = 0;
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                seen++;
                double p = (double) c / windows;
                h -= p * Math.log(p);
            }
        }
        this.observed = seen;
        this.entropy = h;
    }

    /**
     * Permutation entropy of one column of a trajectory.
     *
     * @param trajectory the data
     * @param column the coordinate to use
     * @param order pattern length m, 2 … {@value #MAX_ORDER}
     * @param delay lag τ between pattern entries, in samples, at least 1
     * @return the pattern statistics and entropy
     * @throws IllegalArgumentException as {@link #of(double[], int, int)}, or if the column does not exist
     */
    public static PermutationEntropy of(Trajectory trajectory, int column, int order, int delay) {
        return of(trajectory.column(column), order, delay);
    }

    /**
     * Permutation entropy of a series.
     *
     * @param series the values, finite and not all equal
     * @param order pattern length m, 2 … {@value #MAX_ORDER}
     * @param delay lag τ between pattern entries, in samples, at least 1
     * @return the pattern statistics and entropy
     * @throws IllegalArgumentException if m or τ is out of range, the series has non-finite values
     *     or is constant, or it has fewer than m! windows ({@code n − (m − 1)τ < m!})
     */
    public static PermutationEntropy of(double[] series, int order, int delay) {
        if (order < 2 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order m = " + order + "; expected 2 … " + MAX_ORDER);
        }
        if (delay < 1) {
            throw new IllegalArgumentException("delay τ = " + delay + "; expected at least 1");
        }
        EntropyInputs.requireFinite(series, "series");
        int patterns = factorial(order);
        long w = (long) series.length - (long) (order - 1) * delay;
        if (w < patterns) {
            throw new IllegalArgumentException("series of length " + series.length + " has " + Math.max(w, 0)
                    + " windows of order " + order + " and delay " + delay + "; expected at least " + order
                    + "! = " + patterns);
        }
        EntropyInputs.requireNotConstant(series, series.length, "series");
        int windows = (int) w;
        int[] weights = new int[order];
        weights[order - 1] = 1;
        for (int i = order - 2; i >= 0; i--) {
            weights[i] = weights[i + 1] * (order - 1 - i);
        }
        int[] counts = new int[patterns];
        for (int t = 0; t < windows; t++) {
            int code = 0;
            for (int i = 0; i < order - 1; i++) {
                double xi = series[t + i * delay];
                int smaller = 0;
                for (int j = i + 1; j < order; j++) {
                    if (series[t + j * delay] < xi) {
                        smaller++;
                    }
                }
                code += smaller * weights[i];
            }
            counts[code]++;
        }
        return new PermutationEntropy(order, delay, windows, counts);
    }

    private static int factorial(int m) {
        int f = 1;
        for (int i = 2; i <= m; i++) {
            f *= i;
        }
        return f;
    }

    /** @return the order m */
    public int order() {
        return order;
    }

    /** @return the delay τ in samples */
    public int delay() {
        return delay;
    }

    /** @return the number of windows counted, {@code n − (m − 1)τ} */
    public int windows() {
        return windows;
    }

    /** @return the number of possible patterns m! */
    public int possiblePatterns() {
        return counts.length;
    }

    /** @return the number of distinct patterns that occurred */
    public int observedPatterns() {
        return observed;
    }

    /**
     * Patterns that never occurred. Deterministic dynamics have genuinely forbidden patterns
     * (Amigó, Zambrano and Sanjuán 2007, Europhys. Lett. 79, 50001), noise has none once the series
     * is long enough.
     *
     * @return m! minus the number of observed patterns
     */
    public int missingPatterns() {
        return counts.length - observed;
    }

    /**
     * Occurrences of each pattern, indexed by Lehmer code: the code of a window is
     * {@code Σ_i c_i (m − 1 − i)!}, c_i the number of later window entries strictly smaller than
     * entry i (so 0 is the increasing pattern and m! − 1 the decreasing one).
     *
     * @return counts per pattern (a copy, length m!)
     */
    public int[] patternCounts() {
        return counts.clone();
    }

    /** @return the permutation entropy H(m) in nats, in [0, ln m!] */
    public double entropy() {
        return entropy;
    }

    /** @return H(m)/ln m!, in [0, 1] */
    public double normalizedEntropy() {
        return entropy / Math.log(counts.length);
    }

    /** @return H(m)/(m − 1), Bandt and Pompe's entropy per symbol h_m, in nats */
    public double entropyPerSymbol() {
        return entropy / (order - 1);
    }

    @Override
    public String toString() {
        return "PermutationEntropy[m=" + order + ", τ=" + delay + ", H=" + entropy + ", normalised="
                + normalizedEntropy() + "]";
    }
}
