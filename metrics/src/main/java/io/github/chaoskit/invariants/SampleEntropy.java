package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * Sample entropy SampEn(m, r) of a scalar series (Richman and Moorman 2000, Am. J. Physiol.
 * Heart Circ. Physiol. 278, H2039–H2049).
 *
 * <p>Of the templates {@code x_m(i) = (x_i, …, x_{i+m−1})}, i = 0 … N − m − 1 (the same N − m
 * starting points for lengths m and m + 1), B counts the pairs i &lt; j whose templates of length m
 * match — Chebyshev distance {@code max_k |x_{i+k} − x_{j+k}| ≤ r} — and A the pairs whose
 * templates of length m + 1 match; self-matches are excluded. Then {@code SampEn = −ln(A/B)}, the
 * negative log of the conditional probability that two sequences similar for m points stay
 * similar at the next point. If A = 0 it is undefined and reported as +∞ ({@link #isDefined()} is
 * false).
 *
 * <p>The tolerance defaults to {@code r = 0.2·SD} (sample standard deviation, n − 1 denominator) of
 * the series actually used. For i.i.d. Gaussian noise the exact value is
 * {@code −ln erf(r/(2σ))}, 2.185 at r = 0.2σ, independent of m.
 *
 * <p>Cost: templates are sorted by their first value, and only pairs whose first values lie within
 * r of each other are compared, so the work is {@code O(N log N + N·k)} with k the typical number of
 * values within r of a value (about 0.11·N for r = 0.2σ and Gaussian data) instead of N²/2. For
 * longer series only the leading {@link Options#withMaxPoints maxPoints} values (default
 * {@value Options#DEFAULT_MAX_POINTS}) are used; {@link #points()} tells how many were.
 *
 * <p>Instances are immutable.
 */
public final class SampleEntropy {

    private final int dimension;
    private final double tolerance;
    private final int points;
    private final long matchesM;
    private final long matchesM1;

    SampleEntropy(int dimension, double tolerance, int points, long matchesM, long matchesM1) {
        this.dimension = dimension;
        this.tolerance = tolerance;
        this.points = points;
        this.matchesM = matchesM;
        this.matchesM1 = matchesM1;
    }

    /** Settings of a sample-entropy computation. Immutable; use the {@code with…} methods. */
    public static final class Options {
        /** Default cap on the number of values used. */
        public static final int DEFAULT_MAX_POINTS = 20_000;

        final int dimension;
        final double toleranceFactor;
        final double tolerance;
        final int maxPoints;

        private Options(int dimension, double toleranceFactor, double tolerance, int maxPoints) {
            this.dimension = dimension;
            this.toleranceFactor = toleranceFactor;
            this.tolerance = tolerance;
            this.maxPoints = maxPoints;
        }

        /**
         * Defaults of Richman and Moorman: m = 2, r = 0.2·SD, at most
         * {@value #DEFAULT_MAX_POINTS} values.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(2, 0.2, Double.NaN, DEFAULT_MAX_POINTS);
        }

        /**
         * @param m template length, 1 … 20
         * @return new options
         */
        public Options withDimension(int m) {
            if (m < 1 || m > 20) {
                throw new IllegalArgumentException("embedding dimension m = " + m + "; expected 1 … 20");
            }
            return new Options(m, toleranceFactor, tolerance, maxPoints);
        }

        /**
         * Tolerance as a multiple of the series' sample standard deviation (replaces an absolute tolerance).
         *
         * @param factor r/SD, positive and finite (0.2 by default)
         * @return new options
         */
        public Options withRelativeTolerance(double factor) {
            if (!(factor > 0) || !Double.isFinite(factor)) {
                throw new IllegalArgumentException("relative tolerance r/SD = " + factor
                        + "; expected a positive finite number");
            }
            return new Options(dimension, factor, Double.NaN, maxPoints);
        }

        /**
         * Tolerance in the units of the data (replaces the relative tolerance).
         *
         * @param r positive and finite
         * @return new options
         */
        public Options withTolerance(double r) {
            if (!(r > 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException("tolerance r = " + r + "; expected a positive finite number");
            }
            return new Options(dimension, Double.NaN, r, maxPoints);
        }

        /**
         * @param maxPoints largest number of leading values used, at least 10
         * @return new options
         */
        public Options withMaxPoints(int maxPoints) {
            if (maxPoints < 10) {
                throw new IllegalArgumentException("maxPoints = " + maxPoints + "; expected at least 10");
            }
            return new Options(dimension, toleranceFactor, tolerance, maxPoints);
        }

        /** @return the template length m */
        public int dimension() {
            return dimension;
        }

        /** @return the tolerance for a series of this standard deviation */
        double toleranceFor(double sd) {
            return Double.isNaN(tolerance) ? toleranceFactor * sd : tolerance;
        }
    }

    /**
     * SampEn(2, 0.2·SD) of a series.
     *
     * @param series the values
     * @return the sample entropy
     * @throws IllegalArgumentException as {@link #of(double[], Options)}
     */
    public static SampleEntropy of(double[] series) {
        return of(series, Options.defaults());
    }

    /**
     * Sample entropy of one column of a trajectory.
     *
     * @param trajectory the data
     * @param column the coordinate to use
     * @param options settings
     * @return the sample entropy
     * @throws IllegalArgumentException as {@link #of(double[], Options)}, or if the column does not exist
     */
    public static SampleEntropy of(Trajectory trajectory, int column, Options options) {
        return of(trajectory.column(column), options);
    }

    /**
     * Sample entropy of a series.
     *
     * @param series the values, finite and not all equal
     * @param options settings
     * @return the sample entropy (+∞ if no template of length m + 1 matches)
     * @throws IllegalArgumentException if the series has non-finite values, is constant, or has
     *     fewer than m + 2 values (no pair of templates)
     */
    public static SampleEntropy of(double[] series, Options options) {
        EntropyInputs.requireFinite(series, "series");
        int m = options.dimension;
        int n = Math.min(series.length, options.maxPoints);
        if (n < m + 2) {
            throw new IllegalArgumentException("series of length " + series.length + "; expected at least m + 2 = "
                    + (m + 2) + " values");
        }
        EntropyInputs.requireNotConstant(series, n, "series");
        double r = options.toleranceFor(EntropyInputs.standardDeviation(series, n));
        int[] idx = new int[n];
        int[] tmp = new int[n];
        long[] ab = new long[2];
        countMatches(series, n, m, r, idx, tmp, ab);
        return new SampleEntropy(m, r, n, ab[0], ab[1]);
    }

    /**
     * Counts template matches of the first n values of x: out[0] = B (length m), out[1] = A
     * (length m + 1), over the n − m templates i = 0 … n − m − 1, pairs i &lt; j, Chebyshev distance
     * ≤ r. {@code idx} and {@code tmp} are scratch arrays of length ≥ n. Allocates nothing.
     */
    static void countMatches(double[] x, int n, int m, double r, int[] idx, int[] tmp, long[] out) {
        int templates = n - m;
        for (int i = 0; i < templates; i++) {
            idx[i] = i;
        }
        EntropyInputs.sortIndicesByKey(idx, templates, x, tmp);
        long b = 0;
        long a = 0;
        for (int p = 0; p < templates; p++) {
            int i = idx[p];
            double xi = x[i];
            for (int q = p + 1; q < templates; q++) {
                int j = idx[q];
                if (x[j] - xi > r) {
                    break;
                }
                int k = 1;
                while (k < m && Math.abs(x[i + k] - x[j + k]) <= r) {
                    k++;
                }
                if (k == m) {
                    b++;
                    if (Math.abs(x[i + m] - x[j + m]) <= r) {
                        a++;
                    }
                }
            }
        }
        out[0] = b;
        out[1] = a;
    }

    /** @return the template length m */
    public int dimension() {
        return dimension;
    }

    /** @return the tolerance r used, in data units */
    public double tolerance() {
        return tolerance;
    }

    /** @return the number of values used (the series length, capped at maxPoints) */
    public int points() {
        return points;
    }

    /** @return B, the number of matching template pairs of length m */
    public long matchesM() {
        return matchesM;
    }

    /** @return A, the number of matching template pairs of length m + 1 */
    public long matchesM1() {
        return matchesM1;
    }

    /** @return whether A &gt; 0, i.e. the sample entropy is finite */
    public boolean isDefined() {
        return matchesM1 > 0;
    }

    /** @return SampEn = −ln(A/B) in nats; +∞ if A = 0 */
    public double value() {
        return matchesM1 == 0 ? Double.POSITIVE_INFINITY : -Math.log((double) matchesM1 / matchesM);
    }

    @Override
    public String toString() {
        return "SampleEntropy[m=" + dimension + ", r=" + tolerance + ", n=" + points + ", A=" + matchesM1 + ", B="
                + matchesM + ", SampEn=" + value() + "]";
    }
}
