package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The correlation dimension D₂ of the set of points of a trajectory, by the method of Grassberger
 * and Procaccia (1983, "Measuring the strangeness of strange attractors", Physica D 9, 189–208);
 * an instance is the immutable result. A second, separate estimator reproduces the one of
 * dysts ({@link #dystsEstimate}).
 *
 * <p><b>Correlation sum.</b> At most {@link Options#withMaxPoints maxPoints} rows (default 3000)
 * are drawn at random without replacement (seeded) and kept in time order. Over all pairs of
 * them more than W samples apart in the original series (Theiler window, Theiler 1986, Phys.
 * Rev. A 34, 2427; default W = ⌈mean period⌉, the reciprocal of the mean spectral frequency),
 * {@code C(r) = #{pairs with ‖x_i − x_j‖ < r} / #pairs} (Euclidean norm). Radii are log-spaced,
 * {@code r_k = r_max·10^{−k/q}} with q radii per decade (default 10) below the largest pair
 * distance r_max, down to the smallest radius with at least {@link Options#withMinPairs minPairs}
 * pairs (default 500) below it, so that every point of the curve rests on enough pairs.
 *
 * <p><b>Scaling region (automatic).</b> Local slopes {@code d ln C / d ln r} are least-squares
 * slopes over ±2 neighbouring radii. The scaling region is the longest run of consecutive radii
 * whose local slopes have a positive mean and a spread {@code max − min ≤ 2·tol·mean} (tol =
 * {@link Options#withTolerance tolerance}, default 0.08, i.e. flat within ±8 %), at least half a
 * decade long (⌈q/2⌉ radii, at least 3); ties go to the smallest radii. D₂ is the least-squares
 * slope of ln C against ln r over that run. If no run qualifies, D₂ is NaN and
 * {@link #hasScalingRegion()} is false.
 */
public final class CorrelationDimension {

    private static final int SLOPE_HALF_WIDTH = 2;
    private static final int DECADES = 12;

    private final double dimension;
    private final double intercept;
    private final double[] radii;
    private final double[] correlationSum;
    private final double[] localSlopes;
    private final int fitStart;
    private final int fitEnd;
    private final int points;
    private final int theilerWindow;
    private final long pairs;
    private final String method;

    private CorrelationDimension(double dimension, double intercept, double[] radii, double[] correlationSum,
            double[] localSlopes, int fitStart, int fitEnd, int points, int theilerWindow, long pairs, String method) {
        this.dimension = dimension;
        this.intercept = intercept;
        this.radii = radii;
        this.correlationSum = correlationSum;
        this.localSlopes = localSlopes;
        this.fitStart = fitStart;
        this.fitEnd = fitEnd;
        this.points = points;
        this.theilerWindow = theilerWindow;
        this.pairs = pairs;
        this.method = method;
    }

    /** Settings of the estimate. Immutable; use the {@code with…} methods. */
    public static final class Options {
        final int maxPoints;
        final long seed;
        final int theiler;
        final int perDecade;
        final double tolerance;
        final long minPairs;

        private Options(int maxPoints, long seed, int theiler, int perDecade, double tolerance, long minPairs) {
            this.maxPoints = maxPoints;
            this.seed = seed;
            this.theiler = theiler;
            this.perDecade = perDecade;
            this.tolerance = tolerance;
            this.minPairs = minPairs;
        }

        /**
         * Defaults: at most 3000 points, seed 0, automatic Theiler window, 10 radii per decade,
         * tolerance 0.08, at least 500 pairs below every radius.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(3000, 0L, -1, 10, 0.08, 500);
        }

        /**
         * @param maxPoints most rows used (random subsample); the work grows as its square
         * @return new options
         */
        public Options withMaxPoints(int maxPoints) {
            InputChecks.require(maxPoints >= 10, "maximum points", maxPoints, ">= 10");
            return new Options(maxPoints, seed, theiler, perDecade, tolerance, minPairs);
        }

        /**
         * @param seed seed of the subsample
         * @return new options
         */
        public Options withSeed(long seed) {
            return new Options(maxPoints, seed, theiler, perDecade, tolerance, minPairs);
        }

        /**
         * @param samples Theiler window W: pairs at most W samples apart are left out (0 keeps all)
         * @return new options
         */
        public Options withTheilerWindow(int samples) {
            InputChecks.require(samples >= 0, "Theiler window", samples, ">= 0 samples");
            return new Options(maxPoints, seed, samples, perDecade, tolerance, minPairs);
        }

        /**
         * @param radiiPerDecade number q of log-spaced radii per decade, in [4, 100]
         * @return new options
         */
        public Options withRadiiPerDecade(int radiiPerDecade) {
            InputChecks.require(radiiPerDecade >= 4 && radiiPerDecade <= 100, "radii per decade", radiiPerDecade,
                    "in [4, 100]");
            return new Options(maxPoints, seed, theiler, radiiPerDecade, tolerance, minPairs);
        }

        /**
         * @param tolerance relative flatness of the local slopes in the scaling region, in (0, 1)
         * @return new options
         */
        public Options withTolerance(double tolerance) {
            InputChecks.require(tolerance > 0 && tolerance < 1, "tolerance", tolerance, "in (0, 1)");
            return new Options(maxPoints, seed, theiler, perDecade, tolerance, minPairs);
        }

        /**
         * @param minPairs fewest pairs below the smallest radius, at least 1
         * @return new options
         */
        public Options withMinPairs(long minPairs) {
            InputChecks.require(minPairs >= 1, "minimum pairs", minPairs, ">= 1");
            return new Options(maxPoints, seed, theiler, perDecade, tolerance, minPairs);
        }
    }

    /**
     * Grassberger–Procaccia estimate with the default options.
     *
     * @param trajectory the points (rows)
     * @return the estimate
     * @throws IllegalArgumentException on bad data (see {@link #estimate(Trajectory, Options)})
     */
    public static CorrelationDimension estimate(Trajectory trajectory) {
        return estimate(trajectory, Options.defaults());
    }

    /**
     * Grassberger–Procaccia estimate.
     *
     * @param trajectory the points (rows); use {@link DelayEmbedding} first for a scalar series
     * @param options settings
     * @return the estimate
     * @throws IllegalArgumentException if the data hold non-finite values, are constant, have fewer
     *     than 10 rows, or leave too few pairs outside the Theiler window
     */
    public static CorrelationDimension estimate(Trajectory trajectory, Options options) {
        Objects.requireNonNull(options, "options");
        String what = "Grassberger-Procaccia correlation dimension";
        double[] values = InputChecks.values(trajectory, 10, what);
        int n = trajectory.size();
        int d = trajectory.dimension();
        int w = options.theiler;
        if (w < 0) {
            double f = Fourier.meanFrequency(values, n, d);
            w = f > 0 ? (int) Math.ceil(1 / f) : 0;
        }
        int[] idx = subsample(n, options.maxPoints, options.seed);
        int np = idx.length;
        double[] pts = gather(values, d, idx);
        // pass 1: largest distance and number of pairs
        double max2 = 0;
        long pairs = 0;
        for (int a = 0; a < np; a++) {
            for (int b = a + 1; b < np; b++) {
                if (idx[b] - idx[a] <= w) {
                    continue;
                }
                pairs++;
                max2 = Math.max(max2, distance2(pts, d, a, b));
            }
        }
        if (pairs < options.minPairs || !(max2 > 0)) {
            throw new IllegalArgumentException(what + ": " + pairs + " pairs outside the Theiler window of " + w
                    + " samples (largest distance " + Math.sqrt(max2) + "); need at least " + options.minPairs
                    + " pairs at distinct points");
        }
        // pass 2: histogram on the radius grid; hist[q] counts pairs with r_{q+1} <= d < r_q
        int q = options.perDecade;
        int kMax = q * DECADES;
        long[] hist = new long[kMax + 1];
        double scale = q / Math.log(10) / 2;
        double logMax2 = Math.log(max2);
        for (int a = 0; a < np; a++) {
            for (int b = a + 1; b < np; b++) {
                if (idx[b] - idx[a] <= w) {
                    continue;
                }
                double d2 = distance2(pts, d, a, b);
                int k;
                if (d2 == 0) {
                    k = kMax;
                } else {
                    double u = (logMax2 - Math.log(d2)) * scale;
                    k = (int) Math.ceil(u) - 1;
                    if (k < 0) {
                        continue;
                    }
                    k = Math.min(k, kMax);
                }
                hist[k]++;
            }
        }
        // count(k) = #{d < r_k}
        long[] below = new long[kMax + 1];
        long acc = 0;
        for (int k = kMax; k >= 0; k--) {
            acc += hist[k];
            below[k] = acc;
        }
        int last = -1;
        for (int k = 0; k < kMax && below[k] >= options.minPairs; k++) {
            last = k;
        }
        int count = last + 1;
        if (count < 2 * SLOPE_HALF_WIDTH + 1) {
            throw new IllegalArgumentException(what + ": only " + count + " radii have at least " + options.minPairs
                    + " pairs below them; need more data (or fewer minimum pairs)");
        }
        double rMax = Math.sqrt(max2);
        double[] radii = new double[count];
        double[] sum = new double[count];
        double[] logR = new double[count];
        double[] logC = new double[count];
        for (int i = 0; i < count; i++) {
            int k = last - i;
            radii[i] = rMax * Math.pow(10, -(double) k / q);
            sum[i] = below[k] / (double) pairs;
            logR[i] = Math.log(radii[i]);
            logC[i] = Math.log(sum[i]);
        }
        double[] slopes = new double[count];
        for (int i = 0; i < count; i++) {
            int lo = Math.max(0, i - SLOPE_HALF_WIDTH);
            int hi = Math.min(count - 1, i + SLOPE_HALF_WIDTH);
            slopes[i] = lsqSlope(logR, logC, lo, hi);
        }
        int minRun = Math.max(3, (q + 1) / 2);
        int[] run = RosensteinLyapunov.longestFlatRun(slopes, options.tolerance, minRun);
        double dim = Double.NaN;
        double icpt = Double.NaN;
        int a = -1;
        int b = -1;
        if (run != null) {
            a = run[0];
            b = run[1];
            SimpleRegression r = new SimpleRegression();
            for (int i = a; i <= b; i++) {
                r.addData(logR[i], logC[i]);
            }
            dim = r.getSlope();
            icpt = r.getIntercept();
        }
        String method = String.format(Locale.ROOT,
                "Grassberger-Procaccia (1983): %d of %d points (seed %d), Theiler window %d samples, %d pairs, %d "
                        + "radii per decade; %s",
                np, n, options.seed, w, pairs, q,
                run == null ? "no scaling region (local slopes never flat within ±" + pct(options.tolerance) + ")"
                        : String.format(Locale.ROOT, "scaling region r in [%.4g, %.4g] (%d radii, local slopes "
                                + "flat within ±%s), least-squares slope", radii[a], radii[b], b - a + 1,
                                pct(options.tolerance)));
        return new CorrelationDimension(dim, icpt, radii, sum, slopes, a, b, np, w, pairs, method);
    }

    private static String pct(double tol) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * tol);
    }

    /**
     * The correlation-dimension estimator of dysts ({@code dysts.analysis.gp_dim} at HEAD
     * 4b4d9de, Apache-2.0; described in chaoskit's reference notes): all pairwise Euclidean
     * distances of the points, zeros dropped; keep those above the 5th percentile, then of these
     * those below their 50th percentile (numpy's linear-interpolation percentiles over the full
     * symmetric distance matrix, where every pair appears twice); return the continuous power-law
     * maximum-likelihood exponent of Clauset, Shalizi and Newman (2009, SIAM Review 51, 661–703),
     * {@code α̂ = 1 + n / Σ ln(r_i / r_min)}. This is not the slope of ln C(r) and differs from
     * {@link #estimate}; it exists so that values can be compared with dysts's.
     *
     * <p>dysts uses every point; here at most {@link Options#withMaxPoints maxPoints} rows are
     * used (seeded subsample; pass a larger maximum than the trajectory's length for all points).
     * No Theiler window is applied, as in dysts. The percentiles and sums are exact (bucketed
     * selection over repeated passes), in memory independent of the number of pairs.
     *
     * @param trajectory the points (rows)
     * @param options the maximum number of points and the seed are used
     * @return α̂
     * @throws IllegalArgumentException if the data are bad or no distance lies strictly between
     *     the two percentiles
     */
    public static double dystsEstimate(Trajectory trajectory, Options options) {
        Objects.requireNonNull(options, "options");
        String what = "dysts gp_dim";
        double[] values = InputChecks.values(trajectory, 3, what);
        int d = trajectory.dimension();
        int[] idx = subsample(trajectory.size(), options.maxPoints, options.seed);
        double[] pts = gather(values, d, idx);
        return new DystsGp(pts, idx.length, d).estimate(what);
    }

    /** The dysts estimator over the positive pairwise distances, with bucketed exact selection. */
    private static final class DystsGp {
        private static final int BUCKETS = 1 << 16;
        private final double[] pts;
        private final int np;
        private final int d;
        private double logMin;
        private double bucketScale;
        private long[] counts;
        private double[] logSums;
        private double[] mins;
        private long[] cumulative;
        private final java.util.Map<Integer, double[]> gathered = new java.util.HashMap<>();

        DystsGp(double[] pts, int np, int d) {
            this.pts = pts;
            this.np = np;
            this.d = d;
        }

        int bucket(double r) {
            int b = (int) ((Math.log(r) - logMin) * bucketScale);
            return Math.max(0, Math.min(BUCKETS - 1, b));
        }

        double estimate(String what) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            long m = 0;
            for (int a = 0; a < np; a++) {
                for (int b = a + 1; b < np; b++) {
                    double r = Math.sqrt(distance2(pts, d, a, b));
                    if (r > 0) {
                        m++;
                        min = Math.min(min, r);
                        max = Math.max(max, r);
                    }
                }
            }
            if (m < 2) {
                throw new IllegalArgumentException(what + ": need at least 2 positive pairwise distances, got " + m);
            }
            logMin = Math.log(min);
            double range = Math.log(max) - logMin;
            bucketScale = range > 0 ? BUCKETS / range : 0;
            counts = new long[BUCKETS];
            logSums = new double[BUCKETS];
            mins = new double[BUCKETS];
            Arrays.fill(mins, Double.POSITIVE_INFINITY);
            for (int a = 0; a < np; a++) {
                for (int b = a + 1; b < np; b++) {
                    double r = Math.sqrt(distance2(pts, d, a, b));
                    if (r > 0) {
                        int k = bucket(r);
                        counts[k]++;
                        logSums[k] += Math.log(r);
                        mins[k] = Math.min(mins[k], r);
                    }
                }
            }
            cumulative = new long[BUCKETS + 1];
            for (int k = 0; k < BUCKETS; k++) {
                cumulative[k + 1] = cumulative[k] + counts[k];
            }
            // 5th percentile of the doubled (symmetric-matrix) sample of size 2m
            double p5 = percentileOfDoubled(0, m, 5.0 / 100.0);
            long atMostP5 = countAtMost(p5, false);
            long m1 = m - atMostP5;
            if (m1 < 1) {
                throw new IllegalArgumentException(what + ": no distance above the 5th percentile " + p5);
            }
            double p50 = percentileOfDoubled(m - m1, m1, 50.0 / 100.0);
            long belowP50 = countAtMost(p50, true);
            long kept = belowP50 - atMostP5;
            if (kept < 1) {
                throw new IllegalArgumentException(what + ": no distance strictly between the 5th percentile " + p5
                        + " and the following median " + p50);
            }
            // sum of ln r and minimum over p5 < r < p50
            int b5 = bucket(p5);
            int b50 = bucket(p50);
            double logSum = 0;
            double rMin = Double.POSITIVE_INFINITY;
            for (int k = b5; k <= b50; k++) {
                if (k == b5 || k == b50) {
                    for (double r : bucketValues(k)) {
                        if (r > p5 && r < p50) {
                            logSum += Math.log(r);
                            rMin = Math.min(rMin, r);
                        }
                    }
                } else if (counts[k] > 0) {
                    logSum += logSums[k];
                    rMin = Math.min(rMin, mins[k]);
                }
            }
            return 1 + kept / (logSum - kept * Math.log(rMin));
        }

        /**
         * numpy's linear percentile of the doubled sample made of the sorted positive distances
         * with ranks [offset, offset + size), each taken twice.
         */
        double percentileOfDoubled(long offset, long size, double quantile) {
            long nn = 2 * size;
            // numpy's virtual index for the linear method (alpha = beta = 1), in its order of operations
            double virtual = nn * quantile + (1 + quantile * (1 - 1 - 1)) - 1;
            long lo = Math.max(0, Math.min(nn - 1, (long) Math.floor(virtual)));
            double g = virtual - lo;
            long hi = Math.min(lo + 1, nn - 1);
            double a = valueAtRank(offset + (lo >> 1));
            double b = valueAtRank(offset + (hi >> 1));
            double diff = b - a;
            return g >= 0.5 ? b - diff * (1 - g) : a + diff * g;
        }

        /** The number of distances ≤ x (or &lt; x if strict). */
        long countAtMost(double x, boolean strict) {
            int k = bucket(x);
            long c = cumulative[k];
            for (double r : bucketValues(k)) {
                if (strict ? r < x : r <= x) {
                    c++;
                }
            }
            return c;
        }

        double valueAtRank(long rank) {
            // the bucket b with cumulative[b] <= rank < cumulative[b + 1]
            int lo = 0;
            int hi = BUCKETS;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid + 1] > rank) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return bucketValues(lo)[(int) (rank - cumulative[lo])];
        }

        /** The sorted distances in one bucket (one pass over the pairs, cached). */
        double[] bucketValues(int k) {
            double[] v = gathered.get(k);
            if (v != null) {
                return v;
            }
            v = new double[(int) counts[k]];
            int c = 0;
            for (int a = 0; a < np && c < v.length; a++) {
                for (int b = a + 1; b < np; b++) {
                    double r = Math.sqrt(distance2(pts, d, a, b));
                    if (r > 0 && bucket(r) == k) {
                        v[c++] = r;
                    }
                }
            }
            Arrays.sort(v);
            gathered.put(k, v);
            return v;
        }
    }

    /** Least-squares slope of y on x over [lo, hi]. */
    private static double lsqSlope(double[] x, double[] y, int lo, int hi) {
        int n = hi - lo + 1;
        double mx = 0;
        double my = 0;
        for (int i = lo; i <= hi; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = lo; i <= hi; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    /** Up to max sorted distinct row indices drawn uniformly without replacement (all rows if n ≤ max). */
    static int[] subsample(int n, int max, long seed) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (n <= max) {
            return idx;
        }
        Well19937c rng = new Well19937c(seed);
        for (int i = 0; i < max; i++) {
            int j = i + rng.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, max);
        Arrays.sort(out);
        return out;
    }

    private static double[] gather(double[] values, int d, int[] idx) {
        double[] pts = new double[idx.length * d];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(values, idx[i] * d, pts, i * d, d);
        }
        return pts;
    }

    private static double distance2(double[] pts, int d, int a, int b) {
        int oa = a * d;
        int ob = b * d;
        double s = 0;
        for (int c = 0; c < d; c++) {
            double e = pts[oa + c] - pts[ob + c];
            s += e * e;
        }
        return s;
    }

    /** @return the correlation dimension D₂ (NaN if no scaling region was found). */
    public double dimension() {
        return dimension;
    }

    /** @return true if the automatic rule found a scaling region. */
    public boolean hasScalingRegion() {
        return fitStart >= 0;
    }

    /** @return intercept of the fit of ln C against ln r (NaN without scaling region). */
    public double intercept() {
        return intercept;
    }

    /** @return the radii, ascending (a copy). */
    public double[] radii() {
        return radii.clone();
    }

    /** @return the correlation sum C(r) at each radius (a copy). */
    public double[] correlationSum() {
        return correlationSum.clone();
    }

    /** @return the local slopes d ln C / d ln r at each radius (a copy). */
    public double[] localSlopes() {
        return localSlopes.clone();
    }

    /** @return index of the smallest radius of the scaling region, or −1. */
    public int fitStart() {
        return fitStart;
    }

    /** @return index of the largest radius of the scaling region (inclusive), or −1. */
    public int fitEnd() {
        return fitEnd;
    }

    /** @return the smallest radius of the scaling region, or NaN. */
    public double fitLowRadius() {
        return fitStart >= 0 ? radii[fitStart] : Double.NaN;
    }

    /** @return the largest radius of the scaling region, or NaN. */
    public double fitHighRadius() {
        return fitEnd >= 0 ? radii[fitEnd] : Double.NaN;
    }

    /** @return the number of points used (after subsampling). */
    public int points() {
        return points;
    }

    /** @return the Theiler window used, in samples of the original series. */
    public int theilerWindow() {
        return theilerWindow;
    }

    /** @return the number of pairs in the correlation sum. */
    public long pairs() {
        return pairs;
    }

    /** @return a description of the method and of the settings that produced this value. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CorrelationDimension[D2=%.4f, r in [%.4g, %.4g], %d points]", dimension,
                fitLowRadius(), fitHighRadius(), points);
    }
}
