package io.github.chaoskit.forecast.koopman;

import java.util.Locale;

/**
 * The r-function dictionary that kernel EDMD builds implicitly:
 * {@code ψ(x) = Σ⁻¹ Qᵀ k(X, x)}, where {@code k(X, x)_m = exp(−‖x_m − x‖²/σ²)} over the M training
 * inputs and {@code Ĝ = Q Σ² Qᵀ} is the truncated eigen decomposition of their Gram matrix
 * (Williams, Rowley &amp; Kevrekidis 2015, J. Comput. Dyn. 2, 247–265). On the training inputs
 * {@code Ψ_X = QΣ}. Made by {@link KernelEdmd}; immutable, and {@link #evaluate} allocates nothing
 * (cost M·(n + r)).
 */
public final class KernelDictionary implements Dictionary {

    private final int dimension;
    private final int points;
    private final int rank;
    private final double[] centres; // M×n
    private final double[] projection; // M×r: (Σ⁻¹Qᵀ)ᵀ
    private final double bandwidth;
    private final double scale;

    KernelDictionary(double[] centres, int points, int dimension, double[] projection, int rank, double bandwidth) {
        this.centres = centres;
        this.points = points;
        this.dimension = dimension;
        this.projection = projection;
        this.rank = rank;
        this.bandwidth = bandwidth;
        this.scale = 1.0 / (bandwidth * bandwidth);
    }

    /** @return the kernel bandwidth σ in {@code exp(−‖x − y‖²/σ²)}. */
    public double bandwidth() {
        return bandwidth;
    }

    /** @return the number M of kernel centres (training inputs). */
    public int points() {
        return points;
    }

    double kernel(double[] a, int centre) {
        int o = centre * dimension;
        double s = 0;
        for (int j = 0; j < dimension; j++) {
            double e = a[j] - centres[o + j];
            s += e * e;
        }
        return Math.exp(-scale * s);
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public int size() {
        return rank;
    }

    @Override
    public void evaluate(double[] x, double[] psi) {
        java.util.Arrays.fill(psi, 0, rank, 0.0);
        for (int m = 0; m < points; m++) {
            double kv = kernel(x, m);
            int o = m * rank;
            for (int i = 0; i < rank; i++) {
                psi[i] += kv * projection[o + i];
            }
        }
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "gaussian-kernel(n=%d, %d points, sigma=%g, rank %d)", dimension, points,
                bandwidth, rank);
    }

    @Override
    public String toString() {
        return describe();
    }
}
