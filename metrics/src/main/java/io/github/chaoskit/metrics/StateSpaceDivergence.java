package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * State-space divergence D_stsp: the Kullback–Leibler divergence KL(p_true ‖ p_gen) between the
 * distributions of state-space occupancy of a true and a generated (free-running) trajectory
 * (Koppe et al. 2019, PLoS Comput. Biol. 15, e1007263; Brenner et al. 2022, ICML; Hess et al. 2023,
 * ICML, "Generalized teacher forcing"). Lower is better; 0 for identical occupancy.
 *
 * <p><b>Binned estimate (D ≤ {@link Options#maxBinnedDimension()}, default 5).</b> Per coordinate
 * i the range is {@code [min_t y_ti − m·σ_i, max_t y_ti + m·σ_i]} of the <em>true</em> data, m = 0.1,
 * σ_i its sample standard deviation (n−1), cut into b = 30 equal left-closed bins; points of either
 * trajectory outside the range are dropped. With histograms h (true) and g (generated) over the
 * b^D cells and Laplace smoothing α = 10⁻⁵,
 * <pre>
 * p_k = (h_k + α)/(Σh + α·b^D),   q_k = (g_k + α)/(Σg + α·b^D),   D_stsp = Σ_k p_k log(p_k/q_k)
 * </pre>
 * summed over all b^D cells: the occupied ones explicitly (a sparse histogram, sorted cell indices)
 * and the cells empty in both in closed form. A generated trajectory with no point inside the range
 * scores +∞ (the GTF code returns NaN): the smoothed formula would give it a uniform q and so a
 * <em>smaller</em> divergence (log b^D − H(p), ≈ 3.5 for Lorenz-63) than a trajectory with a few
 * points inside (q ≈ α/Σg on the uncovered cells), which would invert the ranking.
 *
 * <p><b>Gaussian-mixture Monte Carlo estimate (D &gt; 5)</b> (Hershey and Olsen 2007, ICASSP; as in
 * the GTF code): each trajectory, subsampled with a uniform stride to at most T' = 10 000 points,
 * defines an isotropic Gaussian mixture with one component of variance s² = 1 per point; n_mc = 1000
 * samples ξ are drawn from the true mixture (a uniformly chosen component plus s·N(0, I), from
 * {@code Well19937c(seed)}) and D_stsp ≈ mean log(p̂(ξ)/q̂(ξ)). Densities are evaluated by
 * log-sum-exp, so no sample underflows (the GTF code drops samples with a zero density). The
 * component variance is in data units: the estimate assumes standardised data, as the protocol
 * uses.
 */
public final class StateSpaceDivergence implements Metric {

    private final Options options;

    /** @param options the estimator settings */
    public StateSpaceDivergence(Options options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return D_stsp with the protocol's default settings. */
    public static StateSpaceDivergence defaults() {
        return new StateSpaceDivergence(Options.defaults());
    }

    /** @return the settings. */
    public Options options() {
        return options;
    }

    @Override
    public String name() {
        return "dstsp";
    }

    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * D_stsp of a forecast (free run) of the same shape as the truth; the context is not used.
     *
     * @see #divergence(Trajectory, Trajectory)
     */
    @Override
    public double score(Trajectory truth, Trajectory forecast, MetricContext context) {
        Checks.sameShape(name(), truth, forecast);
        return divergence(truth, forecast);
    }

    /**
     * @param truth the true trajectory (defines the bins), at least 2 rows, no constant column
     * @param generated the generated trajectory, same dimension, any length ≥ 1
     * @return KL(p_true ‖ p_gen) in nats; +∞ if (binned) no generated point lies in the true range
     * @throws IllegalArgumentException if the dimensions differ, data are not finite, or a true
     *     coordinate is constant (binned estimate)
     */
    public double divergence(Trajectory truth, Trajectory generated) {
        if (truth == null || generated == null) {
            throw new IllegalArgumentException("dstsp: truth and generated trajectory must not be null");
        }
        int d = truth.dimension();
        if (generated.dimension() != d) {
            throw new IllegalArgumentException("dstsp: truth is " + Checks.shape(truth) + " but generated is "
                    + Checks.shape(generated) + "; the dimensions must be equal");
        }
        if (truth.size() < 2 || generated.size() < 1) {
            throw new IllegalArgumentException("dstsp needs at least 2 true and 1 generated points, got "
                    + Checks.shape(truth) + " and " + Checks.shape(generated));
        }
        double[] y = truth.values();
        double[] g = generated.values();
        Checks.finite(name(), "truth", y, d);
        Checks.finite(name(), "generated", g, d);
        return d <= options.maxBinnedDimension ? binned(y, g, d) : mixture(y, g, d);
    }

    private double binned(double[] y, double[] g, int d) {
        int b = options.bins;
        int ny = y.length / d;
        double[] lo = new double[d];
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < ny; i++) {
                double v = y[i * d + j];
                min = Math.min(min, v);
                max = Math.max(max, v);
                mean += v;
            }
            mean /= ny;
            double ss = 0;
            for (int i = 0; i < ny; i++) {
                double e = y[i * d + j] - mean;
                ss += e * e;
            }
            double sigma = Math.sqrt(ss / (ny - 1));
            if (max == min) {
                throw new IllegalArgumentException("dstsp: true column " + j + " is constant (" + min
                        + "), so it has no range to bin");
            }
            lo[j] = min - options.margin * sigma;
            width[j] = (max + options.margin * sigma - lo[j]) / b;
        }
        int[] cy = cells(y, d, lo, width, b);
        int[] cg = cells(g, d, lo, width, b);
        if (cg.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double cells = Math.pow(b, d);
        double alpha = options.alpha;
        double zp = cy.length + alpha * cells;
        double zq = cg.length + alpha * cells;
        // merge the sorted cell lists
        double kl = 0;
        long occupied = 0;
        int i = 0;
        int k = 0;
        while (i < cy.length || k < cg.length) {
            int cell = Math.min(i < cy.length ? cy[i] : Integer.MAX_VALUE, k < cg.length ? cg[k] : Integer.MAX_VALUE);
            int h = 0;
            while (i < cy.length && cy[i] == cell) {
                h++;
                i++;
            }
            int q = 0;
            while (k < cg.length && cg[k] == cell) {
                q++;
                k++;
            }
            double pk = (h + alpha) / zp;
            double qk = (q + alpha) / zq;
            kl += pk * Math.log(pk / qk);
            occupied++;
        }
        double empty = cells - occupied;
        kl += empty * (alpha / zp) * Math.log(zq / zp);
        return Math.max(0, kl);
    }

    /** @return the sorted linear cell index of every in-range row */
    private static int[] cells(double[] v, int d, double[] lo, double[] width, int b) {
        int n = v.length / d;
        int[] out = new int[n];
        int m = 0;
        rows:
        for (int i = 0; i < n; i++) {
            int cell = 0;
            for (int j = 0; j < d; j++) {
                double u = Math.floor((v[i * d + j] - lo[j]) / width[j]);
                if (u < 0 || u >= b) {
                    continue rows;
                }
                cell = cell * b + (int) u;
            }
            out[m++] = cell;
        }
        int[] cells = Arrays.copyOf(out, m);
        Arrays.sort(cells);
        return cells;
    }

    private double mixture(double[] y, double[] g, int d) {
        double[] p = subsample(y, d, options.maxMixturePoints);
        double[] q = subsample(g, d, options.maxMixturePoints);
        int np = p.length / d;
        int nq = q.length / d;
        double s = Math.sqrt(options.mixtureVariance);
        double inv2s2 = 1 / (2 * options.mixtureVariance);
        RandomGenerator rng = new Well19937c(options.seed);
        double[] xi = new double[d];
        double sum = 0;
        for (int m = 0; m < options.monteCarloSamples; m++) {
            int c = rng.nextInt(np);
            for (int j = 0; j < d; j++) {
                xi[j] = p[c * d + j] + s * rng.nextGaussian();
            }
            // the normalisation (2π s²)^(-D/2) is common to both mixtures and cancels
            sum += logMeanKernel(xi, p, np, d, inv2s2) - logMeanKernel(xi, q, nq, d, inv2s2);
        }
        return sum / options.monteCarloSamples;
    }

    /** @return log((1/n) Σ_t exp(−‖ξ − x_t‖²/(2s²))), by a one-pass log-sum-exp */
    private static double logMeanKernel(double[] xi, double[] x, int n, int d, double inv2s2) {
        double max = Double.NEGATIVE_INFINITY;
        double acc = 0;
        for (int t = 0; t < n; t++) {
            double r2 = 0;
            for (int j = 0; j < d; j++) {
                double e = xi[j] - x[t * d + j];
                r2 += e * e;
            }
            double a = -r2 * inv2s2;
            if (a <= max) {
                acc += Math.exp(a - max);
            } else {
                acc = acc * Math.exp(max - a) + 1;
                max = a;
            }
        }
        return max + Math.log(acc) - Math.log(n);
    }

    /** @return every ⌈n/max⌉-th row of a row-major block (the block itself if n ≤ max) */
    private static double[] subsample(double[] v, int d, int max) {
        int n = v.length / d;
        if (n <= max) {
            return v;
        }
        int stride = (n + max - 1) / max;
        int m = (n + stride - 1) / stride;
        double[] out = new double[m * d];
        for (int i = 0; i < m; i++) {
            System.arraycopy(v, i * stride * d, out, i * d, d);
        }
        return out;
    }

    @Override
    public String toString() {
        return "dstsp" + options;
    }

    /** Settings of {@link StateSpaceDivergence}; immutable, change with the {@code with…} methods. */
    public static final class Options {
        private final int bins;
        private final double alpha;
        private final double margin;
        private final int maxBinnedDimension;
        private final double mixtureVariance;
        private final int maxMixturePoints;
        private final int monteCarloSamples;
        private final long seed;

        private Options(int bins, double alpha, double margin, int maxBinnedDimension, double mixtureVariance,
                int maxMixturePoints, int monteCarloSamples, long seed) {
            this.bins = bins;
            this.alpha = alpha;
            this.margin = margin;
            this.maxBinnedDimension = maxBinnedDimension;
            this.mixtureVariance = mixtureVariance;
            this.maxMixturePoints = maxMixturePoints;
            this.monteCarloSamples = monteCarloSamples;
            this.seed = seed;
        }

        /**
         * The protocol's settings: 30 bins, α = 1e-5, margin 0.1σ, binning up to D = 5; mixture
         * variance 1, at most 10 000 components, 1000 Monte Carlo samples, seed 0.
         *
         * @return the defaults
         */
        public static Options defaults() {
            return new Options(30, 1e-5, 0.1, 5, 1.0, 10_000, 1000, 0L);
        }

        /**
         * @param bins bins per dimension, at least 1, with bins^maxBinnedDimension &lt; 2³¹
         * @return new options
         */
        public Options withBins(int bins) {
            require(bins >= 1 && Math.pow(bins, maxBinnedDimension) < Integer.MAX_VALUE, "bins", bins);
            return new Options(bins, alpha, margin, maxBinnedDimension, mixtureVariance, maxMixturePoints,
                    monteCarloSamples, seed);
        }

        /**
         * @param alpha Laplace smoothing pseudo-count per cell, positive
         * @return new options
         */
        public Options withAlpha(double alpha) {
            require(alpha > 0 && Double.isFinite(alpha), "alpha", alpha);
            return new Options(bins, alpha, margin, maxBinnedDimension, mixtureVariance, maxMixturePoints,
                    monteCarloSamples, seed);
        }

        /**
         * @param margin range margin in units of the true σ, ≥ 0
         * @return new options
         */
        public Options withMargin(double margin) {
            require(margin >= 0 && Double.isFinite(margin), "margin", margin);
            return new Options(bins, alpha, margin, maxBinnedDimension, mixtureVariance, maxMixturePoints,
                    monteCarloSamples, seed);
        }

        /**
         * @param maxBinnedDimension largest D that is binned (larger D use the mixture), ≥ 0
         * @return new options
         */
        public Options withMaxBinnedDimension(int maxBinnedDimension) {
            require(maxBinnedDimension >= 0 && Math.pow(bins, maxBinnedDimension) < Integer.MAX_VALUE,
                    "maxBinnedDimension", maxBinnedDimension);
            return new Options(bins, alpha, margin, maxBinnedDimension, mixtureVariance, maxMixturePoints,
                    monteCarloSamples, seed);
        }

        /**
         * @param variance variance s² of each mixture component (data units), positive
         * @param maxPoints largest number of components per mixture (stride subsampling), ≥ 1
         * @param samples Monte Carlo samples, ≥ 1
         * @param seed seed of the Monte Carlo draws
         * @return new options
         */
        public Options withMixture(double variance, int maxPoints, int samples, long seed) {
            require(variance > 0 && Double.isFinite(variance), "mixture variance", variance);
            require(maxPoints >= 1, "maxPoints", maxPoints);
            require(samples >= 1, "Monte Carlo samples", samples);
            return new Options(bins, alpha, margin, maxBinnedDimension, variance, maxPoints, samples, seed);
        }

        /** @return bins per dimension. */
        public int bins() {
            return bins;
        }

        /** @return the Laplace smoothing pseudo-count α. */
        public double alpha() {
            return alpha;
        }

        /** @return the range margin in units of σ. */
        public double margin() {
            return margin;
        }

        /** @return the largest binned dimension. */
        public int maxBinnedDimension() {
            return maxBinnedDimension;
        }

        /** @return the mixture component variance. */
        public double mixtureVariance() {
            return mixtureVariance;
        }

        /** @return the largest number of mixture components. */
        public int maxMixturePoints() {
            return maxMixturePoints;
        }

        /** @return the number of Monte Carlo samples. */
        public int monteCarloSamples() {
            return monteCarloSamples;
        }

        /** @return the Monte Carlo seed. */
        public long seed() {
            return seed;
        }

        private static void require(boolean ok, String what, double v) {
            if (!ok) {
                throw new IllegalArgumentException("invalid " + what + ": " + v);
            }
        }

        @Override
        public String toString() {
            return "[bins=" + bins + ", alpha=" + alpha + ", margin=" + margin + ", maxBinnedDimension="
                    + maxBinnedDimension + ", mixtureVariance=" + mixtureVariance + ", maxMixturePoints="
                    + maxMixturePoints + ", monteCarloSamples=" + monteCarloSamples + ", seed=" + seed + "]";
        }
    }
}
