package io.github.chaoskit.forecast.koopman;

import java.util.Arrays;
import java.util.Locale;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Gaussian radial basis functions with data-driven centres:
 * {@code ψ = (1, x_1, …, x_n, exp(−‖x − c_1‖²/(2w²)), …, exp(−‖x − c_K‖²/(2w²)))}. The constant
 * and the state come first so that the state is read back linearly (pykoopman's
 * {@code RadialBasisFunction(include_state=True)}; Williams, Kevrekidis &amp; Rowley 2015,
 * J. Nonlinear Sci. 25, 1307–1346, §4 use Gaussian RBFs centred by k-means).
 *
 * <p>Centres are chosen from the training inputs, seeded, either by k-means++ seeding
 * (Arthur &amp; Vassilvitskii 2007, Proc. SODA, 1027–1035) followed by Lloyd iterations, or as a
 * uniformly random subset of the inputs.
 */
public final class GaussianRbf implements Dictionary {

    /** How the centres are chosen. */
    public enum Centres {
        /** k-means++ seeding followed by {@value GaussianRbf#LLOYD_ITERATIONS} Lloyd iterations. */
        KMEANS,
        /** A uniformly random subset of the inputs (without replacement). */
        RANDOM
    }

    /** Lloyd iterations after k-means++ seeding. */
    public static final int LLOYD_ITERATIONS = 10;

    private final int dimension;
    private final double[] centres; // K×n row-major
    private final int count;
    private final double width;
    private final double scale; // 1/(2 w²)

    /**
     * @param centres the centres, each of the same length n
     * @param width kernel width w &gt; 0 (in the units of the input)
     * @throws IllegalArgumentException on an empty or ragged centre set or a bad width
     */
    public GaussianRbf(double[][] centres, double width) {
        if (centres.length == 0) {
            throw new IllegalArgumentException("an RBF dictionary needs at least one centre");
        }
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("RBF width must be finite and positive, got " + width);
        }
        this.dimension = centres[0].length;
        this.count = centres.length;
        this.centres = new double[count * dimension];
        for (int k = 0; k < count; k++) {
            if (centres[k].length != dimension) {
                throw new IllegalArgumentException("RBF centre " + k + " has length " + centres[k].length
                        + ", expected " + dimension);
            }
            System.arraycopy(centres[k], 0, this.centres, k * dimension, dimension);
        }
        this.width = width;
        this.scale = 1.0 / (2 * width * width);
    }

    /**
     * Chooses centres from data.
     *
     * @param data inputs (rows), at least {@code count} of them
     * @param count number of centres K ≥ 1
     * @param width kernel width w &gt; 0
     * @param method how to choose the centres
     * @param seed seed of the random choices
     * @return the dictionary
     * @throws IllegalArgumentException if there are fewer rows than centres
     */
    public static GaussianRbf fit(double[][] data, int count, double width, Centres method, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("RBF dictionary needs at least one centre, got " + count);
        }
        if (data.length < count) {
            throw new IllegalArgumentException("RBF dictionary with " + count + " centres needs at least as many data"
                    + " rows, got " + data.length);
        }
        RandomGenerator rng = new Well19937c(seed);
        double[][] c = method == Centres.RANDOM ? randomSubset(data, count, rng) : kmeans(data, count, rng);
        return new GaussianRbf(c, width);
    }

    private static double[][] randomSubset(double[][] data, int count, RandomGenerator rng) {
        int[] idx = new int[data.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        double[][] c = new double[count][];
        for (int k = 0; k < count; k++) { // partial Fisher-Yates
            int j = k + rng.nextInt(idx.length - k);
            int t = idx[k];
            idx[k] = idx[j];
            idx[j] = t;
            c[k] = data[idx[k]].clone();
        }
        return c;
    }

    private static double[][] kmeans(double[][] data, int count, RandomGenerator rng) {
        int n = data.length;
        int d = data[0].length;
        double[][] c = new double[count][];
        double[] dist = new double[n];
        c[0] = data[rng.nextInt(n)].clone();
        for (int i = 0; i < n; i++) {
            dist[i] = sq(data[i], c[0]);
        }
        for (int k = 1; k < count; k++) {
            double total = 0;
            for (double v : dist) {
                total += v;
            }
            int pick;
            if (total > 0) {
                double r = rng.nextDouble() * total;
                pick = n - 1;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += dist[i];
                    if (acc >= r) {
                        pick = i;
                        break;
                    }
                }
            } else {
                pick = rng.nextInt(n); // all points coincide with centres already chosen
            }
            c[k] = data[pick].clone();
            for (int i = 0; i < n; i++) {
                dist[i] = Math.min(dist[i], sq(data[i], c[k]));
            }
        }
        int[] label = new int[n];
        double[][] sum = new double[count][d];
        int[] size = new int[count];
        for (int it = 0; it < LLOYD_ITERATIONS; it++) {
            for (double[] s : sum) {
                Arrays.fill(s, 0);
            }
            Arrays.fill(size, 0);
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bd = Double.POSITIVE_INFINITY;
                for (int k = 0; k < count; k++) {
                    double dd = sq(data[i], c[k]);
                    if (dd < bd) {
                        bd = dd;
                        best = k;
                    }
                }
                label[i] = best;
                size[best]++;
                for (int j = 0; j < d; j++) {
                    sum[best][j] += data[i][j];
                }
            }
            for (int k = 0; k < count; k++) {
                if (size[k] > 0) { // an empty cluster keeps its centre
                    for (int j = 0; j < d; j++) {
                        c[k][j] = sum[k][j] / size[k];
                    }
                }
            }
        }
        return c;
    }

    private static double sq(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double e = a[j] - b[j];
            s += e * e;
        }
        return s;
    }

    /** @return the kernel width w. */
    public double width() {
        return width;
    }

    /** @return the centres (copies), K×n. */
    public double[][] centres() {
        double[][] c = new double[count][dimension];
        for (int k = 0; k < count; k++) {
            System.arraycopy(centres, k * dimension, c[k], 0, dimension);
        }
        return c;
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public int size() {
        return 1 + dimension + count;
    }

    @Override
    public void evaluate(double[] x, double[] psi) {
        psi[0] = 1.0;
        System.arraycopy(x, 0, psi, 1, dimension);
        int base = 1 + dimension;
        for (int k = 0; k < count; k++) {
            int o = k * dimension;
            double s = 0;
            for (int j = 0; j < dimension; j++) {
                double e = x[j] - centres[o + j];
                s += e * e;
            }
            psi[base + k] = Math.exp(-scale * s);
        }
    }

    @Override
    public int indexOf(int inputCoordinate) {
        return inputCoordinate >= 0 && inputCoordinate < dimension ? 1 + inputCoordinate : -1;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "gaussian-rbf(n=%d, %d centres, width=%g, %d functions)", dimension, count,
                width, size());
    }

    @Override
    public String toString() {
        return describe();
    }
}
