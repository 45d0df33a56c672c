package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;

/**
 * Recurrence quantification analysis (RQA) of a trajectory at a fixed recurrence rate (Marwan,
 * Romano, Thiel and Kurths 2007, Physics Reports 438, 237–329, §3 and §5; Zbilut and Webber 1992,
 * Phys. Lett. A 171, 199).
 *
 * <p>The trajectory is first thinned to at most {@link Options#withMaxPoints maxPoints} points
 * (every s-th row, {@code s = ⌈n/maxPoints⌉}), N points x_i. The recurrence plot is
 * {@code R_ij = Θ(ε − ‖x_i − x_j‖)} for the pairs outside the Theiler window, {@code |i − j| ≥ w};
 * pairs inside it (at least the line of identity, w ≥ 1) are never recurrent and are left out of
 * every count. The threshold ε is not given but chosen so that a target fraction of the eligible
 * pairs is recurrent: with M = (N − w)(N − w + 1)/2 eligible pairs i &lt; j and
 * {@code K = round(rate·M)}, the K pairs with the smallest distance are recurrent, ε is the K-th
 * smallest distance, and ties at ε are broken in row-major index order (i, then j), so that the
 * recurrence rate achieved is exactly K/M, within 1/(2M) of the target. The quantile is found by
 * histogram refinement over recomputed distances, so memory is O(N²/64) words for the plot and
 * O(N) otherwise.
 *
 * <p>From the line-length histograms (P(l): diagonal lines in the upper triangle, a line being a
 * maximal run of recurrent points parallel to the line of identity, cut at the plot's border;
 * P(v): vertical lines in all columns), with l_min = v_min = 2 by default:
 * <ul>
 *   <li>RR = K/M, the recurrence rate;</li>
 *   <li>DET = Σ_{l≥l_min} l P(l) / Σ_l l P(l), the fraction of recurrent points on diagonal lines
 *       (determinism); L = Σ_{l≥l_min} l P(l) / Σ_{l≥l_min} P(l), the mean diagonal line length;
 *       L_max and DIV = 1/L_max; ENTR = −Σ_{l≥l_min} p(l) ln p(l), p(l) = P(l)/Σ_{l≥l_min}P(l);</li>
 *   <li>LAM = Σ_{v≥v_min} v P(v) / Σ_v v P(v), laminarity; TT = Σ_{v≥v_min} v P(v) / Σ_{v≥v_min} P(v),
 *       trapping time; V_max.</li>
 * </ul>
 * Line lengths are in (thinned) samples. Mean lengths are NaN when there is no line of the minimum
 * length. Distances are Euclidean by default, or maximum-norm.
 *
 * <p>Instances are immutable; they keep the recurrence plot (N² bits) for {@link #isRecurrent}.
 */
public final class RecurrenceQuantification {

    private static final int BINS = 1 << 12;
    private static final int COLLECT = 1 << 16;

    private final int points;
    private final int stride;
    private final int theilerWindow;
    private final int minDiagonal;
    private final int minVertical;
    private final double threshold;
    private final double targetRate;
    private final long eligiblePairs;
    private final long recurrentPairs;
    private final long[] diagonal;
    private final long[] vertical;
    private final long[] plot;
    private final int words;

    private RecurrenceQuantification(int points, int stride, Options o, double threshold, long eligiblePairs,
            long recurrentPairs, long[] diagonal, long[] vertical, long[] plot, int words) {
        this.points = points;
        this.stride = stride;
        this.theilerWindow = o.theilerWindow;
        this.minDiagonal = o.minDiagonal;
        this.minVertical = o.minVertical;
        this.threshold = threshold;
        this.targetRate = o.recurrenceRate;
        this.eligiblePairs = eligiblePairs;
        this.recurrentPairs = recurrentPairs;
        this.diagonal = diagonal;
        this.vertical = vertical;
        this.plot = plot;
        this.words = words;
    }

    /** The norm distances are measured in. */
    public enum Norm {
        /** {@code sqrt(Σ_k (x_k − y_k)²)}. */
        EUCLIDEAN,
        /** {@code max_k |x_k − y_k|}. */
        MAXIMUM
    }

    /** Settings of a recurrence quantification. Immutable; use the {@code with…} methods. */
    public static final class Options {
        final int maxPoints;
        final double recurrenceRate;
        final int theilerWindow;
        final int minDiagonal;
        final int minVertical;
        final Norm norm;

        private Options(int maxPoints, double recurrenceRate, int theilerWindow, int minDiagonal, int minVertical,
                Norm norm) {
            this.maxPoints = maxPoints;
            this.recurrenceRate = recurrenceRate;
            this.theilerWindow = theilerWindow;
            this.minDiagonal = minDiagonal;
            this.minVertical = minVertical;
            this.norm = norm;
        }

        /**
         * Defaults: at most 2000 points, recurrence rate 5%, Theiler window w = 1 (only the line
         * of identity excluded), l_min = v_min = 2, Euclidean norm. For densely sampled flows a
         * Theiler window of about one autocorrelation time keeps the tangential motion out of the
         * diagonal-line statistics (Marwan et al. 2007, §3.2.2).
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(2000, 0.05, 1, 2, 2, Norm.EUCLIDEAN);
        }

        /**
         * @param maxPoints largest number of points after thinning, 10 … 20 000 (the plot takes N²/8
         *     bytes, the work is O(N²·d) per pass over the pairs, typically three passes)
         * @return new options
         */
        public Options withMaxPoints(int maxPoints) {
            if (maxPoints < 10 || maxPoints > 20_000) {
                throw new IllegalArgumentException("maxPoints = " + maxPoints + "; expected 10 … 20000");
            }
            return new Options(maxPoints, recurrenceRate, theilerWindow, minDiagonal, minVertical, norm);
        }

        /**
         * @param rate target fraction of recurrent pairs, in (0, 1)
         * @return new options
         */
        public Options withRecurrenceRate(double rate) {
            if (!(rate > 0 && rate < 1)) {
                throw new IllegalArgumentException("recurrence rate = " + rate + "; expected a value in (0, 1)");
            }
            return new Options(maxPoints, rate, theilerWindow, minDiagonal, minVertical, norm);
        }

        /**
         * @param w pairs with {@code |i − j| < w} (in thinned samples) are excluded; at least 1
         * @return new options
         */
        public Options withTheilerWindow(int w) {
            if (w < 1) {
                throw new IllegalArgumentException("Theiler window w = " + w + "; expected at least 1");
            }
            return new Options(maxPoints, recurrenceRate, w, minDiagonal, minVertical, norm);
        }

        /**
         * @param lMin shortest diagonal line counted, at least 2
         * @param vMin shortest vertical line counted, at least 2
         * @return new options
         */
        public Options withMinLines(int lMin, int vMin) {
            if (lMin < 2 || vMin < 2) {
                throw new IllegalArgumentException("minimum line lengths l_min = " + lMin + ", v_min = " + vMin
                        + "; expected at least 2");
            }
            return new Options(maxPoints, recurrenceRate, theilerWindow, lMin, vMin, norm);
        }

        /**
         * @param norm the distance
         * @return new options
         */
        public Options withNorm(Norm norm) {
            if (norm == null) {
                throw new IllegalArgumentException("norm is null; expected EUCLIDEAN or MAXIMUM");
            }
            return new Options(maxPoints, recurrenceRate, theilerWindow, minDiagonal, minVertical, norm);
        }
    }

    /**
     * RQA of a trajectory (every row is a state).
     *
     * @param trajectory the data
     * @param options settings
     * @return the recurrence measures
     * @throws IllegalArgumentException as {@link #of(double[], int, Options)}
     */
    public static RecurrenceQuantification of(Trajectory trajectory, Options options) {
        return of(trajectory.values(), trajectory.dimension(), options);
    }

    /**
     * RQA of a row-major n×d array (d = 1 for a scalar series; embed it first if needed).
     *
     * @param values n·d values, row-major
     * @param dimension d
     * @param options settings
     * @return the recurrence measures
     * @throws IllegalArgumentException if the array is not a whole number of rows, holds
     *     non-finite values, all rows are equal, or there are too few points for the Theiler window
     *     and recurrence rate (K = round(rate·M) must be ≥ 1)
     */
    public static RecurrenceQuantification of(double[] values, int dimension, Options options) {
        int n = EntropyInputs.rows(values, dimension, "data");
        EntropyInputs.requireFinite(values, "data");
        int stride = (n + options.maxPoints - 1) / options.maxPoints;
        int nn = (n + stride - 1) / stride;
        int d = dimension;
        double[] x = new double[nn * d];
        for (int i = 0; i < nn; i++) {
            System.arraycopy(values, i * stride * d, x, i * d, d);
        }
        int w = options.theilerWindow;
        if (nn - w < 1) {
            throw new IllegalArgumentException(nn + " points (n = " + n + ", stride " + stride
                    + ") leave no pair outside the Theiler window w = " + w);
        }
        long m = (long) (nn - w) * (nn - w + 1) / 2;
        long k = Math.round(options.recurrenceRate * m);
        if (k < 1) {
            throw new IllegalArgumentException("recurrence rate " + options.recurrenceRate + " of " + m
                    + " eligible pairs gives no recurrent pair; expected more points or a higher rate");
        }
        boolean maxNorm = options.norm == Norm.MAXIMUM;
        Selection sel = select(x, nn, d, w, maxNorm, k);
        // the plot: all pairs below the threshold, then ties in row-major order until K are marked
        int words = (nn + 63) >>> 6;
        long[] plot = new long[nn * words];
        long ties = k - sel.below;
        long marked = 0;
        for (int i = 0; i < nn; i++) {
            for (int j = i + w; j < nn; j++) {
                double v = distance(x, i, j, d, maxNorm);
                if (v < sel.value || v == sel.value && ties-- > 0) {
                    plot[i * words + (j >>> 6)] |= 1L << j;
                    plot[j * words + (i >>> 6)] |= 1L << i;
                    marked++;
                }
            }
        }
        if (marked != k) {
            throw new IllegalStateException("marked " + marked + " recurrent pairs instead of " + k);
        }
        // diagonal lines, upper triangle
        long[] diag = new long[nn + 1];
        for (int off = w; off < nn; off++) {
            int run = 0;
            for (int i = 0; i + off < nn; i++) {
                if (bit(plot, words, i, i + off)) {
                    run++;
                } else if (run > 0) {
                    diag[run]++;
                    run = 0;
                }
            }
            if (run > 0) {
                diag[run]++;
            }
        }
        // vertical lines, every column of the symmetric plot
        long[] vert = new long[nn + 1];
        for (int j = 0; j < nn; j++) {
            int run = 0;
            for (int i = 0; i < nn; i++) {
                if (bit(plot, words, i, j)) {
                    run++;
                } else if (run > 0) {
                    vert[run]++;
                    run = 0;
                }
            }
            if (run > 0) {
                vert[run]++;
            }
        }
        double eps = maxNorm ? sel.value : Math.sqrt(sel.value);
        return new RecurrenceQuantification(nn, stride, options, eps, m, k, trim(diag), trim(vert), plot, words);
    }

    private static long[] trim(long[] h) {
        int last = h.length - 1;
        while (last > 0 && h[last] == 0) {
            last--;
        }
        return Arrays.copyOf(h, last + 1);
    }

    private static boolean bit(long[] plot, int words, int i, int j) {
        return (plot[i * words + (j >>> 6)] >>> j & 1L) != 0;
    }

    /** Squared Euclidean or maximum-norm distance of rows i and j. */
    private static double distance(double[] x, int i, int j, int d, boolean maxNorm) {
        int a = i * d;
        int b = j * d;
        double s = 0;
        if (maxNorm) {
            for (int c = 0; c < d; c++) {
                s = Math.max(s, Math.abs(x[a + c] - x[b + c]));
            }
        } else {
            for (int c = 0; c < d; c++) {
                double e = x[a + c] - x[b + c];
                s += e * e;
            }
        }
        return s;
    }

    /** The K-th smallest distance value and the number of eligible values strictly below it. */
    private static final class Selection {
        final double value;
        final long below;

        Selection(double value, long below) {
            this.value = value;
            this.below = below;
        }
    }

    /**
     * Finds the k-th smallest (1-based) eligible distance by repeated histogramming: each pass
     * recomputes the distances in the current value range [lo, hi], bins them, and narrows the range
     * to the exact [min, max] of the bin holding the k-th value, until that bin holds one distinct
     * value or few enough values to be sorted. Bins are monotone in the value, so the values of other
     * bins lie strictly outside the new range.
     */
    private static Selection select(double[] x, int n, int d, int w, boolean maxNorm, long k) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + w; j < n; j++) {
                double v = distance(x, i, j, d, maxNorm);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi == 0) {
            throw new IllegalArgumentException("data are constant (all " + n + " points coincide); "
                    + "expected a varying trajectory");
        }
        long below = 0;
        long rank = k;
        long[] counts = new long[BINS];
        double[] mins = new double[BINS];
        double[] maxs = new double[BINS];
        long inRange = Long.MAX_VALUE;
        while (true) {
            if (lo == hi) {
                return new Selection(lo, below);
            }
            double scale = BINS / (hi - lo);
            if (inRange <= COLLECT || !Double.isFinite(scale)) {
                return collect(x, n, d, w, maxNorm, lo, hi, below, rank);
            }
            Arrays.fill(counts, 0);
            Arrays.fill(mins, Double.POSITIVE_INFINITY);
            Arrays.fill(maxs, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                for (int j = i + w; j < n; j++) {
                    double v = distance(x, i, j, d, maxNorm);
                    if (v < lo || v > hi) {
                        continue;
                    }
                    int b = (int) Math.min(BINS - 1, (v - lo) * scale);
                    counts[b]++;
                    mins[b] = Math.min(mins[b], v);
                    maxs[b] = Math.max(maxs[b], v);
                }
            }
            int b = 0;
            while (rank > counts[b]) {
                rank -= counts[b];
                below += counts[b];
                b++;
            }
            lo = mins[b];
            hi = maxs[b];
            inRange = counts[b];
        }
    }

    private static Selection collect(double[] x, int n, int d, int w, boolean maxNorm, double lo, double hi,
            long below, long rank) {
        double[] vals = new double[COLLECT];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + w; j < n; j++) {
                double v = distance(x, i, j, d, maxNorm);
                if (v >= lo && v <= hi) {
                    if (c == vals.length) {
                        vals = Arrays.copyOf(vals, c * 2);
                    }
                    vals[c++] = v;
                }
            }
        }
        Arrays.sort(vals, 0, c);
        double value = vals[(int) rank - 1];
        int less = 0;
        while (vals[less] < value) {
            less++;
        }
        return new Selection(value, below + less);
    }

    /** @return N, the number of points after thinning */
    public int points() {
        return points;
    }

    /** @return the thinning stride s (every s-th row of the input was used) */
    public int stride() {
        return stride;
    }

    /** @return the Theiler window w */
    public int theilerWindow() {
        return theilerWindow;
    }

    /** @return the threshold ε (distance of the K-th closest eligible pair), in data units */
    public double threshold() {
        return threshold;
    }

    /** @return the requested recurrence rate */
    public double targetRecurrenceRate() {
        return targetRate;
    }

    /** @return M, the number of eligible pairs i &lt; j, |i − j| ≥ w */
    public long eligiblePairs() {
        return eligiblePairs;
    }

    /** @return K, the number of recurrent pairs i &lt; j */
    public long recurrentPairs() {
        return recurrentPairs;
    }

    /** @return RR = K/M, the achieved recurrence rate */
    public double recurrenceRate() {
        return (double) recurrentPairs / eligiblePairs;
    }

    /**
     * @param i row, 0 … N − 1
     * @param j column, 0 … N − 1
     * @return R_ij (symmetric; false inside the Theiler window)
     */
    public boolean isRecurrent(int i, int j) {
        if (i < 0 || j < 0 || i >= points || j >= points) {
            throw new IllegalArgumentException("(" + i + ", " + j + ") outside the " + points + "×" + points
                    + " recurrence plot");
        }
        return bit(plot, words, i, j);
    }

    /** @return P(l), the number of diagonal lines of each length l in the upper triangle (index l; a copy) */
    public long[] diagonalLineHistogram() {
        return diagonal.clone();
    }

    /** @return P(v), the number of vertical lines of each length v over all columns (index v; a copy) */
    public long[] verticalLineHistogram() {
        return vertical.clone();
    }

    /** @return DET, the fraction of recurrent points on diagonal lines of length ≥ l_min */
    public double determinism() {
        return fraction(diagonal, minDiagonal);
    }

    /** @return L, the mean length of diagonal lines of length ≥ l_min (NaN if none) */
    public double averageDiagonalLength() {
        return meanLength(diagonal, minDiagonal);
    }

    /** @return L_max, the longest diagonal line outside the Theiler window (0 if no recurrence) */
    public int longestDiagonalLine() {
        return diagonal.length - 1;
    }

    /** @return DIV = 1/L_max, the divergence */
    public double divergence() {
        return 1.0 / longestDiagonalLine();
    }

    /** @return ENTR, the Shannon entropy (nats) of the length distribution of diagonal lines ≥ l_min */
    public double diagonalLineEntropy() {
        long lines = 0;
        for (int l = minDiagonal; l < diagonal.length; l++) {
            lines += diagonal[l];
        }
        double h = 0;
        for (int l = minDiagonal; l < diagonal.length; l++) {
            if (diagonal[l] > 0) {
                double p = (double) diagonal[l] / lines;
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    /** @return LAM, the fraction of recurrent points on vertical lines of length ≥ v_min */
    public double laminarity() {
        return fraction(vertical, minVertical);
    }

    /** @return TT, the mean length of vertical lines of length ≥ v_min (NaN if none) */
    public double trappingTime() {
        return meanLength(vertical, minVertical);
    }

    /** @return V_max, the longest vertical line */
    public int longestVerticalLine() {
        return vertical.length - 1;
    }

    private static double fraction(long[] h, int min) {
        long all = 0;
        long onLines = 0;
        for (int l = 1; l < h.length; l++) {
            all += l * h[l];
            if (l >= min) {
                onLines += l * h[l];
            }
        }
        return (double) onLines / all;
    }

    private static double meanLength(long[] h, int min) {
        long points = 0;
        long lines = 0;
        for (int l = min; l < h.length; l++) {
            points += l * h[l];
            lines += h[l];
        }
        return lines == 0 ? Double.NaN : (double) points / lines;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "RecurrenceQuantification[N=%d, stride=%d, w=%d, ε=%.4g, RR=%.4f, DET=%.4f, L=%.3f, Lmax=%d, "
                        + "LAM=%.4f, TT=%.3f]",
                points, stride, theilerWindow, threshold, recurrenceRate(), determinism(), averageDiagonalLength(),
                longestDiagonalLine(), laminarity(), trappingTime());
    }
}
