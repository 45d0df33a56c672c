package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;

/**
 * Entropies of the invariant (natural) measure of an attractor, estimated by box counting: the
 * bounding box of the sample is partitioned into boxes (cubes of side ε, or a fixed number of
 * equal bins per dimension), p_i is the fraction of the n samples that fall in box i, and
 * <ul>
 *   <li>Shannon entropy {@code H = −Σ p_i ln p_i} (Shannon 1948, Bell Syst. Tech. J. 27, 379);</li>
 *   <li>Rényi entropy of order q {@code H_q = ln(Σ p_i^q)/(1 − q)}, q ≠ 1, with the limits
 *       {@code H_1 = H}, {@code H_0 = ln(number of occupied boxes)} (Hartley) and
 *       {@code H_∞ = −ln max p_i} (Rényi 1961, Proc. 4th Berkeley Symp. 1, 547–561); H_q is
 *       non-increasing in q and its scaling {@code H_q(ε) ≈ −D_q ln ε} defines the generalised
 *       dimensions D_q (Hentschel and Procaccia 1983, Physica D 8, 435; Grassberger 1983, Phys.
 *       Lett. A 97, 227);</li>
 *   <li>Tsallis entropy {@code S_q = (1 − Σ p_i^q)/(q − 1)}, {@code S_1 = H} (Tsallis 1988,
 *       J. Stat. Phys. 52, 479–487).</li>
 * </ul>
 * All entropies are in nats (natural logarithm); divide by ln 2 for bits.
 *
 * <p>Counting is sparse: only occupied boxes are stored, in an open-addressing hash map keyed by
 * the d integer box indices, so memory grows with the number of occupied boxes (at most n), never
 * with the number of boxes of the bounding box. Box indices along coordinate k are
 * {@code floor((x_k − min_k)/side_k)} with {@code min_k} the smallest sample value of coordinate k;
 * with {@link #ofBins bins per dimension} the largest value is put in the last bin. The estimates
 * carry the usual finite-sample bias (about {@code −(K − 1)/(2n)} for the Shannon entropy with K
 * occupied boxes; Miller 1955).
 *
 * <p>Instances are immutable; the box probabilities are kept (sorted in decreasing order) so that
 * entropies of any order can be evaluated afterwards.
 */
public final class InvariantMeasureEntropy {

    private final int points;
    private final double[] boxSides;
    private final double[] probabilities;

    private InvariantMeasureEntropy(int points, double[] boxSides, double[] probabilities) {
        this.points = points;
        this.boxSides = boxSides;
        this.probabilities = probabilities;
    }

    /**
     * Box counting with cubes of side ε (the same side along every coordinate, in the units of the
     * data) anchored at the lower corner of the bounding box.
     *
     * @param trajectory the sample of the attractor (every row is one point)
     * @param epsilon box side, positive and finite
     * @return the box probabilities and entropies
     * @throws IllegalArgumentException if ε is not positive and finite, the data are not finite,
     *     every coordinate is constant, or the bounding box spans more than 2³¹ − 2 boxes along a
     *     coordinate
     */
    public static InvariantMeasureEntropy ofBoxSide(Trajectory trajectory, double epsilon) {
        return ofBoxSide(trajectory.values(), trajectory.dimension(), epsilon);
    }

    /**
     * Box counting with cubes of side ε on a row-major n×d array.
     *
     * @param values n·d values, row-major (row i is point i)
     * @param dimension d
     * @param epsilon box side, positive and finite
     * @return the box probabilities and entropies
     * @throws IllegalArgumentException as {@link #ofBoxSide(Trajectory, double)}, or if the array
     *     is not a whole number of rows
     * @see #ofBoxSide(Trajectory, double)
     */
    public static InvariantMeasureEntropy ofBoxSide(double[] values, int dimension, double epsilon) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("box side ε = " + epsilon + "; expected a positive finite number");
        }
        int n = EntropyInputs.rows(values, dimension, "data");
        EntropyInputs.requireFinite(values, "data");
        double[] min = new double[dimension];
        double[] max = new double[dimension];
        bounds(values, n, dimension, min, max);
        double[] sides = new double[dimension];
        int[] bins = new int[dimension];
        for (int k = 0; k < dimension; k++) {
            double count = Math.floor((max[k] - min[k]) / epsilon) + 1;
            if (count > Integer.MAX_VALUE - 1) {
                throw new IllegalArgumentException("box side ε = " + epsilon + " gives " + count
                        + " boxes along coordinate " + k + " (range " + (max[k] - min[k])
                        + "); expected at most " + (Integer.MAX_VALUE - 1));
            }
            sides[k] = epsilon;
            bins[k] = (int) count;
        }
        return count(values, n, dimension, min, sides, bins);
    }

    /**
     * Box counting with {@code bins} equal bins per coordinate spanning the sample's range along
     * that coordinate (boxes are boxes, not cubes, when the ranges differ). A constant coordinate
     * gets a single bin.
     *
     * @param trajectory the sample of the attractor
     * @param binsPerDimension bins along each coordinate, at least 1
     * @return the box probabilities and entropies
     * @throws IllegalArgumentException if the number of bins is not positive, the data are not
     *     finite or every coordinate is constant
     */
    public static InvariantMeasureEntropy ofBins(Trajectory trajectory, int binsPerDimension) {
        return ofBins(trajectory.values(), trajectory.dimension(), binsPerDimension);
    }

    /**
     * Box counting with equal bins per coordinate on a row-major n×d array.
     *
     * @param values n·d values, row-major
     * @param dimension d
     * @param binsPerDimension bins along each coordinate, at least 1
     * @return the box probabilities and entropies
     * @throws IllegalArgumentException as {@link #ofBins(Trajectory, int)}, or if the array is not
     *     a whole number of rows
     * @see #ofBins(Trajectory, int)
     */
    public static InvariantMeasureEntropy ofBins(double[] values, int dimension, int binsPerDimension) {
        if (binsPerDimension < 1) {
            throw new IllegalArgumentException("bins per dimension = " + binsPerDimension + "; expected at least 1");
        }
        int n = EntropyInputs.rows(values, dimension, "data");
        EntropyInputs.requireFinite(values, "data");
        double[] min = new double[dimension];
        double[] max = new double[dimension];
        bounds(values, n, dimension, min, max);
        double[] sides = new double[dimension];
        int[] bins = new int[dimension];
        for (int k = 0; k < dimension; k++) {
            double range = max[k] - min[k];
            sides[k] = range / binsPerDimension;
            bins[k] = range > 0 ? binsPerDimension : 1;
        }
        return count(values, n, dimension, min, sides, bins);
    }

    /**
     * The entropies of a given discrete distribution (for example box probabilities computed
     * elsewhere). Zero entries are dropped.
     *
     * @param probabilities non-negative finite values summing to 1 (within 1e-9; they are
     *     renormalised)
     * @return the entropies of that distribution ({@link #points()} is 0)
     * @throws IllegalArgumentException if a value is negative or not finite, or the sum is not 1
     */
    public static InvariantMeasureEntropy ofProbabilities(double[] probabilities) {
        EntropyInputs.requireFinite(probabilities, "probabilities");
        double sum = 0;
        int positive = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] < 0) {
                throw new IllegalArgumentException("probabilities[" + i + "] = " + probabilities[i]
                        + "; expected non-negative values");
            }
            sum += probabilities[i];
            if (probabilities[i] > 0) {
                positive++;
            }
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities sum to " + sum + "; expected 1");
        }
        double[] p = new double[positive];
        int j = 0;
        for (double v : probabilities) {
            if (v > 0) {
                p[j++] = v / sum;
            }
        }
        sortDescending(p);
        return new InvariantMeasureEntropy(0, new double[0], p);
    }

    private static void bounds(double[] values, int n, int d, double[] min, double[] max) {
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                double v = values[i * d + k];
                if (v < min[k]) {
                    min[k] = v;
                }
                if (v > max[k]) {
                    max[k] = v;
                }
            }
        }
        for (int k = 0; k < d; k++) {
            if (max[k] > min[k]) {
                return;
            }
        }
        throw new IllegalArgumentException("data are constant (all " + n + " rows equal); expected a varying sample");
    }

    private static InvariantMeasureEntropy count(double[] values, int n, int d, double[] min, double[] sides,
            int[] bins) {
        BoxCounter counter = new BoxCounter(d, Math.min(n, 1 << 16));
        int[] box = new int[d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                if (bins[k] == 1) {
                    box[k] = 0;
                } else {
                    double b = Math.floor((values[i * d + k] - min[k]) / sides[k]);
                    box[k] = (int) Math.min(bins[k] - 1, b);
                }
            }
            counter.add(box);
        }
        double[] p = new double[counter.boxes];
        for (int b = 0; b < p.length; b++) {
            p[b] = (double) counter.counts[b] / n;
        }
        sortDescending(p);
        return new InvariantMeasureEntropy(n, sides, p);
    }

    private static void sortDescending(double[] p) {
        Arrays.sort(p);
        for (int i = 0, j = p.length - 1; i < j; i++, j--) {
            double t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    /** @return the number of samples counted (0 if built from probabilities) */
    public int points() {
        return points;
    }

    /** @return the number of occupied boxes K (boxes with p &gt; 0) */
    public int occupiedBoxes() {
        return probabilities.length;
    }

    /** @return the box side along each coordinate, in data units (a copy; empty if built from probabilities) */
    public double[] boxSides() {
        return boxSides.clone();
    }

    /** @return the occupation probabilities of the occupied boxes, largest first (a copy) */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * Shannon entropy {@code H = −Σ p_i ln p_i}.
     *
     * @return H in nats
     */
    public double shannon() {
        double h = 0;
        for (double p : probabilities) {
            h -= p * Math.log(p);
        }
        return h;
    }

    /**
     * Rényi entropy {@code H_q = ln(Σ p_i^q)/(1 − q)} (Rényi 1961), continuous in q: q = 1 gives the
     * Shannon entropy, q = 0 the logarithm of the number of occupied boxes, q = ±∞ {@code −ln max p}
     * and {@code −ln min p}. Near q = 1 it is evaluated as
     * {@code log1p(Σ p_i expm1((q − 1) ln p_i))/(1 − q)}, which has no cancellation; far from 1 by
     * a shifted log-sum-exp, which does not overflow.
     *
     * @param q order, any real number or ±∞
     * @return H_q in nats (non-increasing in q)
     * @throws IllegalArgumentException if q is NaN
     */
    public double renyi(double q) {
        if (Double.isNaN(q)) {
            throw new IllegalArgumentException("Rényi order q = NaN; expected a number");
        }
        if (q == 1) {
            return shannon();
        }
        if (q == Double.POSITIVE_INFINITY) {
            return -Math.log(probabilities[0]);
        }
        if (q == Double.NEGATIVE_INFINITY) {
            return -Math.log(probabilities[probabilities.length - 1]);
        }
        if (Math.abs(q - 1) < 0.5) {
            return Math.log1p(sumPowerMinusOne(q)) / (1 - q);
        }
        // log Σ exp(q ln p) with the largest term factored out
        double shift = q > 0 ? q * Math.log(probabilities[0]) : q * Math.log(probabilities[probabilities.length - 1]);
        double s = 0;
        for (double p : probabilities) {
            s += Math.exp(q * Math.log(p) - shift);
        }
        return (shift + Math.log(s)) / (1 - q);
    }

    /**
     * Tsallis entropy {@code S_q = (1 − Σ p_i^q)/(q − 1)} (Tsallis 1988); q = 1 gives the Shannon
     * entropy. Evaluated as {@code −Σ p_i expm1((q − 1) ln p_i)/(q − 1)}, exact near q = 1.
     *
     * @param q order, a finite real number
     * @return S_q in nats
     * @throws IllegalArgumentException if q is not finite
     */
    public double tsallis(double q) {
        if (!Double.isFinite(q)) {
            throw new IllegalArgumentException("Tsallis order q = " + q + "; expected a finite number");
        }
        if (q == 1) {
            return shannon();
        }
        return -sumPowerMinusOne(q) / (q - 1);
    }

    /** Σ p^q − 1 computed as Σ p·expm1((q − 1) ln p), using Σ p = 1. */
    private double sumPowerMinusOne(double q) {
        double s = 0;
        for (double p : probabilities) {
            s += p * Math.expm1((q - 1) * Math.log(p));
        }
        return s;
    }

    @Override
    public String toString() {
        return "InvariantMeasureEntropy[n=" + points + ", boxes=" + probabilities.length + ", H=" + shannon() + "]";
    }

    /**
     * Open-addressing hash map from d-tuples of box indices to counts; tuples and counts live in
     * flat growable arrays, so adding a point allocates nothing (except on amortised growth).
     */
    private static final class BoxCounter {
        private final int d;
        private int[] table;
        private int mask;
        private int[] keys;
        private int[] counts;
        private int boxes;

        BoxCounter(int d, int expected) {
            this.d = d;
            int cap = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
            this.table = new int[cap];
            Arrays.fill(table, -1);
            this.mask = cap - 1;
            this.keys = new int[Math.max(8, expected) * d];
            this.counts = new int[Math.max(8, expected)];
        }

        private static int hash(int[] key, int off, int d) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < d; k++) {
                h = (h ^ key[off + k]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            h *= 0x94D049BB133111EBL;
            return (int) (h ^ (h >>> 32));
        }

        void add(int[] box) {
            int slot = hash(box, 0, d) & mask;
            while (true) {
                int b = table[slot];
                if (b < 0) {
                    insert(box, slot);
                    return;
                }
                if (equal(b, box)) {
                    counts[b]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }

        private boolean equal(int b, int[] box) {
            int off = b * d;
            for (int k = 0; k < d; k++) {
                if (keys[off + k] != box[k]) {
                    return false;
                }
            }
            return true;
        }

        private void insert(int[] box, int slot) {
            if (boxes == counts.length) {
                counts = Arrays.copyOf(counts, boxes * 2);
                keys = Arrays.copyOf(keys, boxes * 2 * d);
            }
            System.arraycopy(box, 0, keys, boxes * d, d);
            counts[boxes] = 1;
            table[slot] = boxes;
            boxes++;
            if (2 * boxes > table.length) {
                rehash();
            }
        }

        private void rehash() {
            int cap = table.length * 2;
            table = new int[cap];
            Arrays.fill(table, -1);
            mask = cap - 1;
            for (int b = 0; b < boxes; b++) {
                int slot = hash(keys, b * d, d) & mask;
                while (table[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = b;
            }
        }
    }
}
