package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Locale;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The largest Lyapunov exponent estimated from data by the method of Rosenstein, Collins and
 * De Luca (1993, "A practical method for calculating largest Lyapunov exponents from small data
 * sets", Physica D 65, 117–134); an instance is the immutable result.
 *
 * <p><b>Method.</b> The state vectors are the rows of the trajectory, or a delay embedding of
 * one column ({@link Options#withEmbedding(int, int, int)}). Every reference vector {@code X_j}
 * (all of the first N − H, or {@link Options#withMaxReferencePoints evenly spaced} among them)
 * is paired with its Euclidean nearest neighbour {@code X_ĵ} among vectors more than W samples
 * away in time (the Theiler window; default W = ⌈mean period⌉, the mean period being the
 * reciprocal of the mean frequency of the power spectrum, as in the paper); vectors closer than
 * 10⁻⁹ times the RMS size of the data count as duplicates (exactly repeating samples differ only
 * by rounding), not as neighbours. Both are followed
 * for i = 0 … H steps and the divergence curve {@code y(i) = ⟨ln d_j(i)⟩} is the mean over pairs
 * of the log distance after i steps. For a chaotic system y grows linearly with slope
 * {@code λ₁·Δt} between an initial alignment transient and saturation at the attractor size.
 *
 * <p><b>Linear region (automatic).</b> Local slopes {@code s_i = (y(i+w) − y(i−w)) / 2w} are taken
 * over a centred window of half-width w = max(1, round(mean period/4)) steps (clipped at the ends).
 * The linear region is the longest run of consecutive steps in which the local slopes are
 * positive on average and their spread {@code max s − min s} is at most {@code 2·tol·mean s}
 * (tol = {@link Options#withSlopeTolerance slope tolerance}, default 0.1, so ±10 %), with at least
 * max(5, 2w+1) steps; ties go to the earliest run. λ₁ is the least-squares slope of y over that
 * run divided by the sampling step. If no run qualifies, the slope is fitted over the whole curve
 * and the result is flagged as having no linear region.
 *
 * <p><b>Significance.</b> The reference points are split into 8 contiguous blocks, the slope is
 * fitted on each block's own divergence curve over the same range, and the standard error of λ₁
 * is the standard deviation of the block slopes over √8 (batch means). The exponent counts as
 * significantly positive ({@link #isSignificant()}, i.e. the data look chaotic) only if a linear
 * region was found, the fitted growth over it is at least {@link Options#withMinimumGrowth one
 * e-fold} (the distances grow by a factor e), and λ₁ exceeds three standard errors. A periodic
 * or quasi-periodic signal gives a flat curve (λ ≈ 0) and is reported as not significant. The
 * standard error measures the statistical spread over reference points only, not the method's
 * bias: on flows the estimate tends to run low (for Lorenz-63 from 2·10⁴ samples, 0.84 from the
 * state vectors and 0.88 from a delay embedding of x, against λ₁ = 0.906), because the fitted
 * range still holds separations partly along the neutral flow direction and finite-size effects.
 */
public final class RosensteinLyapunov {

    private static final int BLOCKS = 8;
    private static final double SIGNIFICANCE_Z = 3.0;

    private final double exponent;
    private final double standardError;
    private final double intercept;
    private final double[] divergence;
    private final double step;
    private final int fitStart;
    private final int fitEnd;
    private final boolean linearRegion;
    private final boolean significant;
    private final int theilerWindow;
    private final double meanPeriod;
    private final int references;
    private final String method;

    private RosensteinLyapunov(double exponent, double standardError, double intercept, double[] divergence,
            double step, int fitStart, int fitEnd, boolean linearRegion, boolean significant, int theilerWindow,
            double meanPeriod, int references, String method) {
        this.exponent = exponent;
        this.standardError = standardError;
        this.intercept = intercept;
        this.divergence = divergence;
        this.step = step;
        this.fitStart = fitStart;
        this.fitEnd = fitEnd;
        this.linearRegion = linearRegion;
        this.significant = significant;
        this.theilerWindow = theilerWindow;
        this.meanPeriod = meanPeriod;
        this.references = references;
        this.method = method;
    }

    /** Settings of the estimate. Immutable; use the {@code with…} methods. */
    public static final class Options {
        final int column;
        final int dimension;
        final int lag;
        final int theiler;
        final int horizon;
        final int maxReferences;
        final double tolerance;
        final double minGrowth;

        private Options(int column, int dimension, int lag, int theiler, int horizon, int maxReferences,
                double tolerance, double minGrowth) {
            this.column = column;
            this.dimension = dimension;
            this.lag = lag;
            this.theiler = theiler;
            this.horizon = horizon;
            this.maxReferences = maxReferences;
            this.tolerance = tolerance;
            this.minGrowth = minGrowth;
        }

        /**
         * Defaults: the trajectory's rows as state vectors, automatic Theiler window and horizon,
         * at most 5000 reference points, slope tolerance 0.1, minimum growth of one e-fold.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(-1, 0, 0, -1, -1, 5000, 0.1, 1.0);
        }

        /**
         * Reconstructs the state by a delay embedding of one column (see {@link DelayEmbedding}).
         *
         * @param column the observed coordinate
         * @param dimension embedding dimension m ≥ 1
         * @param lag delay in samples, ≥ 1
         * @return new options
         */
        public Options withEmbedding(int column, int dimension, int lag) {
            InputChecks.require(column >= 0, "embedding column", column, ">= 0");
            InputChecks.require(dimension >= 1, "embedding dimension", dimension, ">= 1");
            InputChecks.require(lag >= 1, "embedding lag", lag, ">= 1 sample");
            return new Options(column, dimension, lag, theiler, horizon, maxReferences, tolerance, minGrowth);
        }

        /**
         * Delay embedding with the lag chosen by {@link DelayEmbedding#autocorrelationLag} (the
         * autocorrelation falls to 1 − 1/e, as in the paper).
         *
         * @param column the observed coordinate
         * @param dimension embedding dimension m ≥ 1
         * @return new options
         */
        public Options withEmbedding(int column, int dimension) {
            InputChecks.require(column >= 0, "embedding column", column, ">= 0");
            InputChecks.require(dimension >= 1, "embedding dimension", dimension, ">= 1");
            return new Options(column, dimension, 0, theiler, horizon, maxReferences, tolerance, minGrowth);
        }

        /**
         * @param samples Theiler window W: neighbours must be more than W samples apart in time
         * @return new options
         */
        public Options withTheilerWindow(int samples) {
            InputChecks.require(samples >= 0, "Theiler window", samples, ">= 0 samples");
            return new Options(column, dimension, lag, samples, horizon, maxReferences, tolerance, minGrowth);
        }

        /**
         * @param steps number H of steps the neighbour pairs are followed (default
         *     clamp(⌈10 mean periods⌉, 40, n/4))
         * @return new options
         */
        public Options withHorizon(int steps) {
            InputChecks.require(steps >= 8, "horizon", steps, ">= 8 steps");
            return new Options(column, dimension, lag, theiler, steps, maxReferences, tolerance, minGrowth);
        }

        /**
         * @param count most reference points (evenly spaced in time); bounds the O(count·n)
         *     neighbour search
         * @return new options
         */
        public Options withMaxReferencePoints(int count) {
            InputChecks.require(count >= 2 * BLOCKS, "maximum reference points", count, ">= " + 2 * BLOCKS);
            return new Options(column, dimension, lag, theiler, horizon, count, tolerance, minGrowth);
        }

        /**
         * @param tolerance relative spread allowed of the local slopes in the linear region, in (0, 1)
         * @return new options
         */
        public Options withSlopeTolerance(double tolerance) {
            InputChecks.require(tolerance > 0 && tolerance < 1, "slope tolerance", tolerance, "in (0, 1)");
            return new Options(column, dimension, lag, theiler, horizon, maxReferences, tolerance, minGrowth);
        }

        /**
         * @param growth least growth of the mean log distance over the linear region (in e-folds)
         *     for the exponent to count as significant
         * @return new options
         */
        public Options withMinimumGrowth(double growth) {
            InputChecks.require(growth >= 0 && Double.isFinite(growth), "minimum growth", growth, "finite, >= 0");
            return new Options(column, dimension, lag, theiler, horizon, maxReferences, tolerance, growth);
        }
    }

    /**
     * Estimates λ₁ with the default options.
     *
     * @param trajectory the data (rows are state vectors), with its sampling step
     * @return the estimate
     * @throws IllegalArgumentException on bad data (see {@link #estimate(Trajectory, Options)})
     */
    public static RosensteinLyapunov estimate(Trajectory trajectory) {
        return estimate(trajectory, Options.defaults());
    }

    /**
     * Estimates λ₁.
     *
     * @param trajectory the data, with its sampling step (the exponent is in 1/time of that step;
     *     per iteration for maps, whose step is 1)
     * @param options settings
     * @return the estimate
     * @throws IllegalArgumentException if the data hold non-finite values, are constant, or are too
     *     short for the horizon and Theiler window, or the embedding column is out of range
     */
    public static RosensteinLyapunov estimate(Trajectory trajectory, Options options) {
        java.util.Objects.requireNonNull(options, "options");
        String what = "Rosenstein largest Lyapunov exponent";
        double[] values = InputChecks.values(trajectory, 32, what);
        Trajectory states = trajectory;
        String space = "state vectors (" + trajectory.dimension() + " columns)";
        if (options.column >= 0) {
            if (options.column >= trajectory.dimension()) {
                throw new IllegalArgumentException("embedding column " + options.column + " out of range [0, "
                        + trajectory.dimension() + ")");
            }
            if (InputChecks.isConstant(values, trajectory.size(), trajectory.dimension(), options.column)) {
                throw new IllegalArgumentException(what + ": embedding column " + options.column + " is constant");
            }
            int lag = options.lag > 0 ? options.lag
                    : DelayEmbedding.autocorrelationLag(trajectory.column(options.column));
            states = DelayEmbedding.embed(trajectory, options.column, options.dimension, lag);
            values = states.values();
            space = "delay embedding of column " + options.column + " (m=" + options.dimension + ", lag=" + lag + ")";
        }
        int n = states.size();
        int d = states.dimension();
        double step = trajectory.step();
        double meanFrequency = Fourier.meanFrequency(values, n, d);
        double meanPeriod = meanFrequency > 0 ? 1 / meanFrequency : n;
        int theiler = options.theiler >= 0 ? options.theiler : (int) Math.ceil(meanPeriod);
        int horizon = options.horizon > 0 ? options.horizon
                : (int) Math.min(Math.max(Math.ceil(10 * meanPeriod), 40), n / 4);
        int starts = n - horizon;
        if (horizon < 8 || starts <= 2 * theiler + 2 + BLOCKS) {
            throw new IllegalArgumentException(what + ": " + n + " state vectors are too few for a horizon of "
                    + horizon + " steps and a Theiler window of " + theiler + " samples (need more than "
                    + (horizon + 2 * theiler + 2 + BLOCKS) + ")");
        }
        // distances at rounding level (exactly repeating samples) are duplicates, not neighbours
        double minD2 = 1e-18 * totalVariance(values, n, d);
        int refCount = Math.min(starts, options.maxReferences);
        int[] refs = new int[refCount];
        for (int r = 0; r < refCount; r++) {
            refs[r] = (int) ((long) r * starts / refCount);
        }
        double[][] blockSum = new double[BLOCKS][horizon + 1];
        long[][] blockCount = new long[BLOCKS][horizon + 1];
        int paired = 0;
        for (int r = 0; r < refCount; r++) {
            int i = refs[r];
            int j = nearestNeighbour(values, d, starts, i, theiler, minD2);
            if (j < 0) {
                continue;
            }
            paired++;
            int b = (int) ((long) r * BLOCKS / refCount);
            double[] sum = blockSum[b];
            long[] cnt = blockCount[b];
            for (int k = 0; k <= horizon; k++) {
                int oi = (i + k) * d;
                int oj = (j + k) * d;
                double d2 = 0;
                for (int c = 0; c < d; c++) {
                    double e = values[oi + c] - values[oj + c];
                    d2 += e * e;
                }
                if (d2 > 0) {
                    sum[k] += 0.5 * Math.log(d2);
                    cnt[k]++;
                }
            }
        }
        if (paired < 2 * BLOCKS) {
            throw new IllegalArgumentException(what + ": only " + paired
                    + " reference points have a distinct neighbour outside the Theiler window of " + theiler
                    + " samples; the data are too short or degenerate");
        }
        double[] curve = new double[horizon + 1];
        for (int k = 0; k <= horizon; k++) {
            double s = 0;
            long c = 0;
            for (int b = 0; b < BLOCKS; b++) {
                s += blockSum[b][k];
                c += blockCount[b][k];
            }
            curve[k] = c > 0 ? s / c : Double.NaN;
        }

        // automatic linear region
        int w = (int) Math.max(1, Math.min(Math.round(meanPeriod / 4), horizon / 8));
        int minPoints = Math.min(horizon + 1, Math.max(5, 2 * w + 1));
        double[] slopes = localSlopes(curve, w);
        int[] run = longestFlatRun(slopes, options.tolerance, minPoints);
        boolean region = run != null;
        int a = region ? run[0] : 0;
        int bEnd = region ? run[1] : horizon;
        SimpleRegression fit = fit(curve, a, bEnd);
        double slope = fit.getSlope();
        // batch-means standard error over blocks of reference points
        double[] blockCurve = new double[horizon + 1];
        double bs = 0;
        double bss = 0;
        int nb = 0;
        for (int b = 0; b < BLOCKS; b++) {
            boolean ok = true;
            for (int k = a; k <= bEnd; k++) {
                if (blockCount[b][k] == 0) {
                    ok = false;
                    break;
                }
                blockCurve[k] = blockSum[b][k] / blockCount[b][k];
            }
            if (!ok) {
                continue;
            }
            double s = fit(blockCurve, a, bEnd).getSlope();
            bs += s;
            bss += s * s;
            nb++;
        }
        double se = Double.NaN;
        if (nb >= 2) {
            double mean = bs / nb;
            se = Math.sqrt(Math.max(0, (bss - nb * mean * mean) / (nb - 1)) / nb);
        }
        double growth = slope * (bEnd - a);
        boolean significant = region && slope > 0 && growth >= options.minGrowth && slope > SIGNIFICANCE_Z * se;
        String method = String.format(Locale.ROOT,
                "Rosenstein et al. (1993): %s, Theiler window %d samples (mean period %.4g samples), %d reference "
                        + "points, horizon %d steps; %s [%d, %d] (local slopes over ±%d steps within ±%.0f%%); "
                        + "growth %.3g e-folds, SE from %d blocks",
                space, theiler, meanPeriod, paired, horizon,
                region ? "linear region" : "no linear region found, fitted over the whole curve", a, bEnd, w,
                100 * options.tolerance, growth, nb);
        return new RosensteinLyapunov(slope / step, se / step, fit.getIntercept(), curve, step, a, bEnd, region,
                significant, theiler, meanPeriod, paired, method);
    }

    /**
     * Index of the nearest vector to vector i among [0, count) outside |j − i| ≤ w and farther
     * than sqrt(minD2), or −1.
     */
    private static int nearestNeighbour(double[] v, int d, int count, int i, int w, double minD2) {
        int oi = i * d;
        double best = Double.POSITIVE_INFINITY;
        int arg = -1;
        for (int j = 0; j < count; j++) {
            if (j >= i - w && j <= i + w) {
                j = i + w;
                continue;
            }
            int oj = j * d;
            double d2 = 0;
            for (int c = 0; c < d && d2 < best; c++) {
                double e = v[oi + c] - v[oj + c];
                d2 += e * e;
            }
            if (d2 < best && d2 > minD2) {
                best = d2;
                arg = j;
            }
        }
        return arg;
    }

    /** Sum over columns of the (population) variance. */
    private static double totalVariance(double[] v, int n, int d) {
        double total = 0;
        for (int c = 0; c < d; c++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += v[i * d + c];
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double e = v[i * d + c] - mean;
                var += e * e;
            }
            total += var / n;
        }
        return total;
    }

    /** Centred differences over ±w steps, clipped at the ends. */
    static double[] localSlopes(double[] y, int w) {
        int h = y.length - 1;
        double[] s = new double[y.length];
        for (int i = 0; i <= h; i++) {
            int lo = Math.max(0, i - w);
            int hi = Math.min(h, i + w);
            s[i] = (y[hi] - y[lo]) / (hi - lo);
        }
        return s;
    }

    /**
     * The longest run [a, b] of finite values with positive mean and max − min ≤ 2·tol·mean, of
     * at least {@code minLength} entries; the earliest among equally long runs; null if none.
     */
    static int[] longestFlatRun(double[] s, double tol, int minLength) {
        int[] best = null;
        for (int a = 0; a < s.length; a++) {
            if (s.length - a < minLength || best != null && s.length - a <= best[1] - best[0] + 1) {
                break;
            }
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int b = a; b < s.length; b++) {
                double v = s[b];
                if (!Double.isFinite(v)) {
                    break;
                }
                max = Math.max(max, v);
                min = Math.min(min, v);
                sum += v;
                double mean = sum / (b - a + 1);
                if (!(mean > 0) || max - min > 2 * tol * mean) {
                    break;
                }
                int len = b - a + 1;
                if (len >= minLength && (best == null || len > best[1] - best[0] + 1)) {
                    best = new int[] {a, b};
                }
            }
        }
        return best;
    }

    private static SimpleRegression fit(double[] y, int a, int b) {
        SimpleRegression r = new SimpleRegression();
        for (int k = a; k <= b; k++) {
            r.addData(k, y[k]);
        }
        return r;
    }

    /** @return λ₁ in 1/time (the slope of the fit over the sampling step); per iteration for maps. */
    public double exponent() {
        return exponent;
    }

    /** @return standard error of λ₁ from batch means over 8 blocks of reference points (1/time). */
    public double standardError() {
        return standardError;
    }

    /**
     * @return true if a linear region was found, the distances grow by at least the minimum number
     *     of e-folds over it, and λ₁ exceeds three standard errors: the data show exponential
     *     divergence of nearby trajectories
     */
    public boolean isSignificant() {
        return significant;
    }

    /** @return true if the automatic rule found a linear region (otherwise the whole curve was fitted). */
    public boolean hasLinearRegion() {
        return linearRegion;
    }

    /** @return the divergence curve ⟨ln d_j(i)⟩ for i = 0 … H steps (a copy). */
    public double[] divergence() {
        return divergence.clone();
    }

    /** @return the times i·Δt of the points of the divergence curve (a new array). */
    public double[] times() {
        double[] t = new double[divergence.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * step;
        }
        return t;
    }

    /** @return first step of the fit range (inclusive). */
    public int fitStart() {
        return fitStart;
    }

    /** @return last step of the fit range (inclusive). */
    public int fitEnd() {
        return fitEnd;
    }

    /** @return intercept of the fitted line, in ln(distance) at step 0. */
    public double intercept() {
        return intercept;
    }

    /** @return the sampling step Δt of the data. */
    public double step() {
        return step;
    }

    /** @return the Theiler window used, in samples. */
    public int theilerWindow() {
        return theilerWindow;
    }

    /** @return the mean period of the data (reciprocal mean spectral frequency), in samples. */
    public double meanPeriod() {
        return meanPeriod;
    }

    /** @return the number of reference points that had a neighbour. */
    public int referencePoints() {
        return references;
    }

    /** @return a description of the method and of the settings that produced this value. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RosensteinLyapunov[λ=%.5g ± %.2g, fit=[%d, %d], %s]", exponent,
                standardError, fitStart, fitEnd, significant ? "significant" : "not significant");
    }
}
