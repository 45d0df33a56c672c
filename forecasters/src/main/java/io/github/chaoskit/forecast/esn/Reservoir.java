package io.github.chaoskit.forecast.esn;

import io.github.chaoskit.forecast.internal.Activations;
import io.github.chaoskit.forecast.internal.SpectralRadius;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.mult.MatrixVectorMult_DSCC;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * The fixed random part of an echo state network (Jaeger 2001, GMD Report 148; Lukoševičius 2012,
 * "A practical guide to applying echo state networks", LNCS 7700): a sparse recurrent matrix
 * {@code W} (n×n), a sparse input matrix {@code W_in} (n×d), a bias {@code b} and a leak rate
 * {@code a}, with the leaky-integrator update
 *
 * <pre>  r ← (1 − a)·r + a·tanh(W r + W_in u + b)</pre>
 *
 * <p>{@code W} is an Erdős–Rényi sparse matrix: {@code round(density·n²)} distinct positions drawn
 * uniformly, entries uniform in [−1, 1], then rescaled to the requested spectral radius ρ (computed
 * by Arnoldi iteration on the sparse matrix, {@link SpectralRadius}). {@code W_in} is either the
 * Pathak et al. (2018, Phys. Rev. Lett. 120, 024102) layout — each node reads exactly one input,
 * weight uniform in [−σ_in, σ_in] — or a Bernoulli layout (each entry non-zero with probability
 * {@code inputDensity}, value ±σ_in, as reservoirpy). Both matrices are EJML
 * {@link DMatrixSparseCSC}; the update is a sparse matrix–vector product into a caller-supplied
 * array and allocates nothing.
 *
 * <p>Immutable and thread-safe: the state lives in caller-owned arrays.
 */
public final class Reservoir {

    /** How input weights are laid out. */
    public enum InputLayout {
        /** One input per node, weight uniform in [−σ_in, σ_in] (Pathak et al. 2018). */
        ONE_PER_NODE,
        /** Each entry non-zero with probability {@code inputDensity}, value ±σ_in (reservoirpy's default). */
        BERNOULLI
    }

    private final DMatrixSparseCSC w;
    private final DMatrixSparseCSC win;
    private final double[] bias;
    private final double leak;
    private final int n;
    private final int d;
    private final double unscaledRadius;

    private Reservoir(DMatrixSparseCSC w, DMatrixSparseCSC win, double[] bias, double leak, double unscaledRadius) {
        this.w = w;
        this.win = win;
        this.bias = bias;
        this.leak = leak;
        this.n = w.numRows;
        this.d = win.numCols;
        this.unscaledRadius = unscaledRadius;
    }

    /**
     * Draws a random reservoir. The random draws happen in a fixed order (positions of W, values
     * of W, W_in, bias) from one {@link Well19937c} stream, so a seed fixes the reservoir bit for bit.
     *
     * @param nodes number of nodes n, at least 1
     * @param inputs input dimension d, at least 1
     * @param density fraction of non-zero entries of W, in (0, 1]
     * @param spectralRadius target spectral radius ρ of W, positive
     * @param layout input-weight layout
     * @param inputScaling σ_in, positive
     * @param inputDensity probability of a non-zero input weight ({@link InputLayout#BERNOULLI} only), in (0, 1]
     * @param biasScaling bias drawn uniform in [−σ_b, σ_b]; 0 for none
     * @param leak leak rate a in (0, 1]
     * @param seed seed of the random draws
     * @return the reservoir
     * @throws IllegalArgumentException for a value out of range, or if W has spectral radius 0
     *     (too sparse: every cycle is missing), naming the value
     */
    public static Reservoir random(int nodes, int inputs, double density, double spectralRadius, InputLayout layout,
            double inputScaling, double inputDensity, double biasScaling, double leak, long seed) {
        if (nodes < 1 || inputs < 1) {
            throw new IllegalArgumentException("reservoir needs at least one node and one input, got nodes=" + nodes
                    + ", inputs=" + inputs);
        }
        requireIn("density", density, 0, 1);
        requireIn("input density", inputDensity, 0, 1);
        requireIn("leak", leak, 0, 1);
        if (!(spectralRadius > 0) || !Double.isFinite(spectralRadius)) {
            throw new IllegalArgumentException("spectral radius must be finite and positive, got " + spectralRadius);
        }
        if (!(inputScaling > 0) || !Double.isFinite(inputScaling)) {
            throw new IllegalArgumentException("input scaling must be finite and positive, got " + inputScaling);
        }
        if (!(biasScaling >= 0) || !Double.isFinite(biasScaling)) {
            throw new IllegalArgumentException("bias scaling must be finite and >= 0, got " + biasScaling);
        }
        RandomGenerator rng = new Well19937c(seed);
        DMatrixSparseCSC w = erdosRenyi(nodes, density, rng);
        double rho = SpectralRadius.of(w, 1e-7);
        if (!(rho > 1e-12)) {
            throw new IllegalArgumentException("reservoir matrix with " + nodes + " nodes at density " + density
                    + " has spectral radius " + rho + " (no cycles); increase the density or degree");
        }
        double scale = spectralRadius / rho;
        for (int k = 0; k < w.nz_length; k++) {
            w.nz_values[k] *= scale;
        }
        DMatrixSparseCSC win = inputMatrix(nodes, inputs, layout, inputScaling, inputDensity, rng);
        double[] bias = new double[nodes];
        if (biasScaling > 0) {
            for (int i = 0; i < nodes; i++) {
                bias[i] = biasScaling * (2 * rng.nextDouble() - 1);
            }
        }
        return new Reservoir(w, win, bias, leak, rho);
    }

    private static void requireIn(String what, double v, double lo, double hi) {
        if (!(v > lo && v <= hi)) {
            throw new IllegalArgumentException(what + " must be in (" + lo + ", " + hi + "], got " + v);
        }
    }

    /** round(density·n²) distinct positions (Floyd's sampling), sorted column-major, values U[−1, 1]. */
    private static DMatrixSparseCSC erdosRenyi(int n, double density, RandomGenerator rng) {
        long total = (long) n * n;
        long nzl = Math.max(1, Math.round(density * total));
        if (nzl > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("reservoir of " + n + " nodes at density " + density
                    + " has too many non-zeros (" + nzl + ")");
        }
        int nz = (int) nzl;
        long[] keys = new long[nz];
        if (nz == total) {
            for (int k = 0; k < nz; k++) {
                keys[k] = k;
            }
        } else {
            Set<Long> chosen = new HashSet<>(nz * 2);
            int c = 0;
            for (long j = total - nz; j < total; j++) {
                long t = rng.nextLong(j + 1);
                long pick = chosen.add(t) ? t : j;
                if (pick == j) {
                    chosen.add(j);
                }
                keys[c++] = pick;
            }
            Arrays.sort(keys);
        }
        DMatrixSparseCSC w = new DMatrixSparseCSC(n, n, nz);
        // key = col·n + row, so sorted keys are column-major with rows ascending
        int k = 0;
        for (int col = 0; col < n; col++) {
            w.col_idx[col] = k;
            long hi = (long) (col + 1) * n;
            while (k < nz && keys[k] < hi) {
                w.nz_rows[k] = (int) (keys[k] - (long) col * n);
                w.nz_values[k] = 2 * rng.nextDouble() - 1;
                k++;
            }
        }
        w.col_idx[n] = nz;
        w.nz_length = nz;
        w.indicesSorted = true;
        return w;
    }

    private static DMatrixSparseCSC inputMatrix(int n, int d, InputLayout layout, double sigma, double density,
            RandomGenerator rng) {
        double[] dense = new double[n * d];
        if (layout == InputLayout.ONE_PER_NODE) {
            for (int i = 0; i < n; i++) {
                int j = rng.nextInt(d);
                dense[i * d + j] = sigma * (2 * rng.nextDouble() - 1);
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    if (rng.nextDouble() < density) {
                        dense[i * d + j] = rng.nextBoolean() ? sigma : -sigma;
                    }
                }
            }
        }
        int nz = 0;
        for (double v : dense) {
            if (v != 0) {
                nz++;
            }
        }
        DMatrixSparseCSC win = new DMatrixSparseCSC(n, d, Math.max(nz, 1));
        int k = 0;
        for (int j = 0; j < d; j++) {
            win.col_idx[j] = k;
            for (int i = 0; i < n; i++) {
                double v = dense[i * d + j];
                if (v != 0) {
                    win.nz_rows[k] = i;
                    win.nz_values[k] = v;
                    k++;
                }
            }
        }
        win.col_idx[d] = k;
        win.nz_length = k;
        win.indicesSorted = true;
        return win;
    }

    /**
     * One leaky-integrator update {@code r ← (1 − a)·r + a·tanh(W r + W_in u + b)} in place;
     * allocates nothing.
     *
     * @param state the state r, length n, overwritten with the new state
     * @param input the input u, length d
     * @param scratch work array of length n (its content is overwritten)
     */
    public void step(double[] state, double[] input, double[] scratch) {
        MatrixVectorMult_DSCC.mult(w, state, 0, scratch, 0);
        MatrixVectorMult_DSCC.multAdd(win, input, 0, scratch, 0);
        double[] b = bias;
        if (leak == 1.0) {
            for (int i = 0; i < n; i++) {
                state[i] = Activations.tanh(scratch[i] + b[i]);
            }
        } else {
            double keep = 1.0 - leak;
            double a = leak;
            for (int i = 0; i < n; i++) {
                state[i] = keep * state[i] + a * Activations.tanh(scratch[i] + b[i]);
            }
        }
    }

    /** @return number of nodes n. */
    public int size() {
        return n;
    }

    /** @return input dimension d. */
    public int inputs() {
        return d;
    }

    /** @return the leak rate a. */
    public double leak() {
        return leak;
    }

    /** @return number of non-zero entries of W. */
    public int nonZeros() {
        return w.nz_length;
    }

    /** @return the spectral radius of W as drawn, before rescaling. */
    public double unscaledSpectralRadius() {
        return unscaledRadius;
    }

    /** @return a copy of W (n×n). */
    public DMatrixSparseCSC weights() {
        return w.copy();
    }

    /** @return a copy of W_in (n×d). */
    public DMatrixSparseCSC inputWeights() {
        return win.copy();
    }

    /** @return a copy of the bias b. */
    public double[] bias() {
        return bias.clone();
    }
}
