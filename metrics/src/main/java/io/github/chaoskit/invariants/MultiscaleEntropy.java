package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * Multiscale entropy: sample entropy ({@link SampleEntropy}) of coarse-grained versions of a
 * series at scales τ = 1 … S (Costa, Goldberger and Peng 2002, Phys. Rev. Lett. 89, 068102;
 * 2005, Phys. Rev. E 71, 021906).
 *
 * <p>The coarse-grained series at scale τ and offset k averages consecutive non-overlapping blocks
 * of τ values, {@code y_j = (1/τ) Σ_{i=k+jτ}^{k+(j+1)τ−1} x_i}, j = 0 … ⌊(N − k)/τ⌋ − 1. The
 * tolerance r is fixed once for all scales from the original series (default 0.2·SD, sample
 * standard deviation), as Costa et al. prescribe; that is why the entropy of white noise falls
 * with scale (its coarse-grained standard deviation shrinks as σ/√τ: SampEn(τ) = −ln erf(0.1√τ)
 * for Gaussian noise and r = 0.2σ) while that of 1/f noise stays nearly constant. Variants:
 * <ul>
 *   <li>{@link Variant#STANDARD}: offset k = 0 only (Costa et al. 2002);</li>
 *   <li>{@link Variant#COMPOSITE}: mean of the sample entropies of the τ coarse-grained series with
 *       offsets k = 0 … τ − 1 (Wu, Wu, Lin, Wang and Lee 2013, Entropy 15, 1069–1084) — smaller
 *       variance; the variant dysts used (through neurokit2, there with fuzzy matching);</li>
 *   <li>{@link Variant#REFINED_COMPOSITE}: {@code −ln(Σ_k A_k / Σ_k B_k)} over the same τ series
 *       (Wu, Wu, Lin and Lee 2014, Phys. Lett. A 378, 1369–1374) — undefined only if no series
 *       has a match of length m + 1.</li>
 * </ul>
 * An undefined sample entropy (no match of length m + 1) is +∞, for COMPOSITE as soon as one offset
 * has none.
 *
 * <p>Only the leading {@link Options#withMaxPoints maxPoints} values are used (default
 * {@value SampleEntropy.Options#DEFAULT_MAX_POINTS}). Instances are immutable.
 */
public final class MultiscaleEntropy {

    /** How the coarse-grained series of one scale are combined. */
    public enum Variant {
        /** Offset 0 only (Costa et al. 2002). */
        STANDARD,
        /** Mean of SampEn over the τ offsets (Wu et al. 2013). */
        COMPOSITE,
        /** −ln of the ratio of match counts summed over the τ offsets (Wu et al. 2014). */
        REFINED_COMPOSITE
    }

    private final Variant variant;
    private final int dimension;
    private final double tolerance;
    private final int points;
    private final double[] entropies;

    private MultiscaleEntropy(Variant variant, int dimension, double tolerance, int points, double[] entropies) {
        this.variant = variant;
        this.dimension = dimension;
        this.tolerance = tolerance;
        this.points = points;
        this.entropies = entropies;
    }

    /** Settings of a multiscale-entropy computation. Immutable; use the {@code with…} methods. */
    public static final class Options {
        final SampleEntropy.Options sampleEntropy;
        final int maxScale;
        final Variant variant;

        private Options(SampleEntropy.Options sampleEntropy, int maxScale, Variant variant) {
            this.sampleEntropy = sampleEntropy;
            this.maxScale = maxScale;
            this.variant = variant;
        }

        /**
         * Defaults of Costa et al.: m = 2, r = 0.2·SD of the original series, scales 1 … 20,
         * {@link Variant#STANDARD}, at most {@value SampleEntropy.Options#DEFAULT_MAX_POINTS} values.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(SampleEntropy.Options.defaults(), 20, Variant.STANDARD);
        }

        /**
         * @param m template length, 1 … 20
         * @return new options
         */
        public Options withDimension(int m) {
            return new Options(sampleEntropy.withDimension(m), maxScale, variant);
        }

        /**
         * @param factor r/SD of the original series, positive (0.2 by default)
         * @return new options
         */
        public Options withRelativeTolerance(double factor) {
            return new Options(sampleEntropy.withRelativeTolerance(factor), maxScale, variant);
        }

        /**
         * @param r tolerance in data units, positive
         * @return new options
         */
        public Options withTolerance(double r) {
            return new Options(sampleEntropy.withTolerance(r), maxScale, variant);
        }

        /**
         * @param maxPoints largest number of leading values used, at least 10
         * @return new options
         */
        public Options withMaxPoints(int maxPoints) {
            return new Options(sampleEntropy.withMaxPoints(maxPoints), maxScale, variant);
        }

        /**
         * @param maxScale largest scale S, at least 1
         * @return new options
         */
        public Options withMaxScale(int maxScale) {
            if (maxScale < 1) {
                throw new IllegalArgumentException("max scale = " + maxScale + "; expected at least 1");
            }
            return new Options(sampleEntropy, maxScale, variant);
        }

        /**
         * @param variant how the coarse-grained series of a scale are combined
         * @return new options
         */
        public Options withVariant(Variant variant) {
            if (variant == null) {
                throw new IllegalArgumentException("variant is null; expected one of STANDARD, COMPOSITE, "
                        + "REFINED_COMPOSITE");
            }
            return new Options(sampleEntropy, maxScale, variant);
        }
    }

    /**
     * Multiscale entropy of one column of a trajectory.
     *
     * @param trajectory the data
     * @param column the coordinate to use
     * @param options settings
     * @return the entropy at each scale
     * @throws IllegalArgumentException as {@link #of(double[], Options)}, or if the column does not exist
     */
    public static MultiscaleEntropy of(Trajectory trajectory, int column, Options options) {
        return of(trajectory.column(column), options);
    }

    /**
     * Multiscale entropy of a series.
     *
     * @param series the values, finite and not all equal
     * @param options settings
     * @return the entropy at each scale 1 … S
     * @throws IllegalArgumentException if the series has non-finite values, is constant, or is too
     *     short for the largest scale ({@code ⌊N/S⌋ < m + 2})
     */
    public static MultiscaleEntropy of(double[] series, Options options) {
        EntropyInputs.requireFinite(series, "series");
        int m = options.sampleEntropy.dimension;
        int s = options.maxScale;
        int n = Math.min(series.length, options.sampleEntropy.maxPoints);
        if (n / s < m + 2) {
            throw new IllegalArgumentException("series of length " + n + " (after the maxPoints cap) gives "
                    + n / s + " coarse-grained values at scale " + s + "; expected at least m + 2 = " + (m + 2)
                    + ", i.e. at least " + (long) s * (m + 2) + " values");
        }
        EntropyInputs.requireNotConstant(series, n, "series");
        double r = options.sampleEntropy.toleranceFor(EntropyInputs.standardDeviation(series, n));
        double[] y = new double[n];
        int[] idx = new int[n];
        int[] tmp = new int[n];
        long[] ab = new long[2];
        double[] entropies = new double[s];
        for (int tau = 1; tau <= s; tau++) {
            int offsets = options.variant == Variant.STANDARD ? 1 : tau;
            double meanSampEn = 0;
            long sumA = 0;
            long sumB = 0;
            for (int k = 0; k < offsets; k++) {
                int len = coarseGrain(series, n, tau, k, y);
                if (len < m + 2) {
                    continue; // cannot happen for k < τ given n/S ≥ m + 2, kept as a guard
                }
                SampleEntropy.countMatches(y, len, m, r, idx, tmp, ab);
                sumB += ab[0];
                sumA += ab[1];
                meanSampEn += ab[1] == 0 ? Double.POSITIVE_INFINITY : -Math.log((double) ab[1] / ab[0]);
            }
            if (options.variant == Variant.COMPOSITE) {
                entropies[tau - 1] = meanSampEn / offsets;
            } else {
                entropies[tau - 1] = sumA == 0 ? Double.POSITIVE_INFINITY : -Math.log((double) sumA / sumB);
            }
        }
        return new MultiscaleEntropy(options.variant, m, r, n, entropies);
    }

    /** Writes the coarse-grained series of scale τ and offset k into y; returns its length. */
    private static int coarseGrain(double[] x, int n, int tau, int k, double[] y) {
        int len = (n - k) / tau;
        for (int j = 0; j < len; j++) {
            double sum = 0;
            int start = k + j * tau;
            for (int i = 0; i < tau; i++) {
                sum += x[start + i];
            }
            y[j] = sum / tau;
        }
        return len;
    }

    /** @return the variant used */
    public Variant variant() {
        return variant;
    }

    /** @return the template length m */
    public int dimension() {
        return dimension;
    }

    /** @return the tolerance r (data units), the same at every scale */
    public double tolerance() {
        return tolerance;
    }

    /** @return the number of values of the original series used */
    public int points() {
        return points;
    }

    /** @return the largest scale S */
    public int maxScale() {
        return entropies.length;
    }

    /**
     * @param scale τ, 1 … S
     * @return the (combined) sample entropy at that scale, nats; +∞ if undefined
     */
    public double entropy(int scale) {
        if (scale < 1 || scale > entropies.length) {
            throw new IllegalArgumentException("scale " + scale + "; expected 1 … " + entropies.length);
        }
        return entropies[scale - 1];
    }

    /** @return the entropies at scales 1 … S (index τ − 1; a copy) */
    public double[] entropies() {
        return entropies.clone();
    }

    /**
     * The complexity index of Costa et al. (2005): the area under the MSE curve, here
     * {@code Σ_{τ=1}^{S} MSE(τ)}.
     *
     * @return the sum of the entropies over all scales; +∞ if one is undefined
     */
    public double complexityIndex() {
        double sum = 0;
        for (double e : entropies) {
            sum += e;
        }
        return sum;
    }

    @Override
    public String toString() {
        return "MultiscaleEntropy[" + variant + ", m=" + dimension + ", r=" + tolerance + ", n=" + points
                + ", S=" + entropies.length + ", CI=" + complexityIndex() + "]";
    }
}
