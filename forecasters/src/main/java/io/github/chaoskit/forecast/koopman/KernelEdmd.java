package io.github.chaoskit.forecast.koopman;

import java.util.Arrays;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Kernel EDMD (Williams, Rowley &amp; Kevrekidis 2015, "A kernel-based method for data-driven Koopman
 * spectral analysis", J. Comput. Dyn. 2, 247–265) with the Gaussian kernel
 * {@code k(x, y) = exp(−‖x − y‖²/σ²)}, {@code σ = width · mean_m ‖x_m − x̄‖} (the bandwidth rule of
 * Colbrook's {@code kernel_ResDMD}):
 *
 * <pre>
 *   Ĝ_ij = k(x_i, x_j),   Â_ij = k(y_i, x_j),   Ĝ = Q Σ² Qᵀ (r leading eigenpairs),
 *   K̂ = Σ⁻¹ Qᵀ Â Q Σ⁻¹ (r×r),   readout B = Σ⁻¹ Qᵀ X.
 * </pre>
 *
 * This is EDMD with the implicit dictionary {@code ψ(x) = Σ⁻¹ Qᵀ k(X, x)} ({@link KernelDictionary}),
 * so the result is an ordinary {@link KoopmanOperator}: both forecast modes, the spectrum and
 * {@link ResDmd} residuals apply unchanged (evaluating the residuals on a larger or separate data set
 * is the kernel ResDMD of Colbrook &amp; Townsend 2024). The Gram matrix costs O(M²) memory and its
 * eigen decomposition O(M³) time, so M is a few thousand at most.
 */
public final class KernelEdmd {

    private KernelEdmd() {
    }

    /**
     * @param x inputs (M rows of length n)
     * @param y their images
     * @param dt sampling step (&gt; 0)
     * @param width bandwidth factor (&gt; 0); σ = width · mean distance of the inputs to their mean
     * @param rank largest number of Gram eigenpairs kept (≥ 1)
     * @param cutoff eigenvalues of Ĝ below {@code cutoff · λ_max(Ĝ)} are dropped (≥ 0)
     * @return the fitted operator
     * @throws IllegalArgumentException on bad arguments or data
     */
    public static KoopmanOperator fit(double[][] x, double[][] y, double dt, double width, int rank, double cutoff) {
        int m = x.length;
        if (m < 2 || y.length != m) {
            throw new IllegalArgumentException("kernel EDMD needs at least 2 snapshot pairs with as many images as"
                    + " inputs, got " + m + " and " + y.length);
        }
        int n = x[0].length;
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("kernel EDMD: width must be finite and positive, got " + width);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("kernel EDMD: rank must be at least 1, got " + rank);
        }
        if (!(cutoff >= 0) || !(cutoff < 1)) {
            throw new IllegalArgumentException("kernel EDMD: cutoff must be in [0, 1), got " + cutoff);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("kernel EDMD: sampling step must be finite and positive, got " + dt);
        }
        double[] centres = new double[m * n];
        double[] mean = new double[n];
        for (int i = 0; i < m; i++) {
            if (x[i].length != n || y[i].length != n) {
                throw new IllegalArgumentException("kernel EDMD: pair " + i + " does not have length " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(x[i][j]) || !Double.isFinite(y[i][j])) {
                    throw new IllegalArgumentException("kernel EDMD: pair " + i + " has a non-finite value at column "
                            + j);
                }
                centres[i * n + j] = x[i][j];
                mean[j] += x[i][j] / m;
            }
        }
        double spread = 0;
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                double e = x[i][j] - mean[j];
                s += e * e;
            }
            spread += Math.sqrt(s) / m;
        }
        if (!(spread > 0)) {
            throw new IllegalArgumentException("kernel EDMD: all inputs coincide");
        }
        double sigma = width * spread;
        KernelDictionary probe = new KernelDictionary(centres, m, n, new double[0], 0, sigma);
        DMatrixRMaj g = new DMatrixRMaj(m, m);
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            g.unsafe_set(i, i, 1.0);
            for (int j = 0; j < i; j++) {
                double v = probe.kernel(x[i], j);
                g.unsafe_set(i, j, v);
                g.unsafe_set(j, i, v);
            }
            for (int j = 0; j < m; j++) {
                a.unsafe_set(i, j, probe.kernel(y[i], j));
            }
        }
        double[][] vecs = new double[m][];
        double[] val = new double[m];
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (eig.decompose(g.copy())) {
            for (int i = 0; i < m; i++) {
                val[i] = eig.getEigenvalue(i).real;
                vecs[i] = eig.getEigenVector(i).data;
            }
        } else {
            // the symmetric QR iteration can stall on the cluster of rounding-level eigenvalues of a
            // Gaussian Gram matrix; the SVD of a symmetric positive semi-definite matrix is its
            // eigen decomposition (up to the sign of rounding-level eigenvalues, which the cutoff drops)
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, m, true, false, true);
            if (!svd.decompose(g)) {
                throw new IllegalStateException("kernel EDMD: neither the eigen decomposition nor the SVD of the "
                        + m + "x" + m + " Gram matrix converged");
            }
            double[] sv = svd.getSingularValues();
            DMatrixRMaj u = svd.getU(null, true); // rows are the singular vectors
            for (int i = 0; i < m; i++) {
                val[i] = sv[i];
                vecs[i] = java.util.Arrays.copyOfRange(u.data, i * m, (i + 1) * m);
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(val[q], val[p]));
        double top = val[order[0]];
        int r = 0;
        while (r < Math.min(rank, m) && val[order[r]] > cutoff * top && val[order[r]] > 0) {
            r++;
        }
        if (r == 0) {
            throw new IllegalArgumentException("kernel EDMD: the Gram matrix has no positive eigenvalue");
        }
        // P = Σ⁻¹ Qᵀ (r×M)
        DMatrixRMaj p = new DMatrixRMaj(r, m);
        for (int c = 0; c < r; c++) {
            double[] vec = vecs[order[c]];
            double inv = 1.0 / Math.sqrt(val[order[c]]);
            double sign = 0;
            for (int i = 0; i < m && sign == 0; i++) { // deterministic sign: first non-zero entry positive
                sign = Math.signum(vec[i]);
            }
            inv *= sign < 0 ? -1 : 1;
            for (int i = 0; i < m; i++) {
                p.unsafe_set(c, i, vec[i] * inv);
            }
        }
        DMatrixRMaj pa = new DMatrixRMaj(r, m);
        CommonOps_DDRM.mult(p, a, pa);
        DMatrixRMaj k = new DMatrixRMaj(r, r);
        CommonOps_DDRM.multTransB(pa, p, k);
        DMatrixRMaj xs = DMatrixRMaj.wrap(m, n, centres);
        DMatrixRMaj b = new DMatrixRMaj(r, n);
        CommonOps_DDRM.mult(p, xs, b);
        DMatrixRMaj pt = new DMatrixRMaj(m, r);
        CommonOps_DDRM.transpose(p, pt);
        KernelDictionary dict = new KernelDictionary(centres, m, n, pt.data, r, sigma);
        return new KoopmanOperator(dict, k.data, b.data, dt,
                String.format(Locale.ROOT, "kernel-edmd(width=%g, rank=%d of %d)", width, r, m));
    }
}
