package io.github.chaoskit.forecast.koopman;

import io.github.chaoskit.forecast.internal.Ridge;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Extended dynamic mode decomposition (Williams, Kevrekidis &amp; Rowley 2015, J. Nonlinear Sci. 25,
 * 1307–1346): from snapshot pairs {@code (x_m, y_m = F_Δt(x_m))}, m = 1…M, and a dictionary ψ, the
 * Koopman matrix
 *
 * <pre>
 *   G = (1/M) Ψ_Xᵀ Ψ_X,   A = (1/M) Ψ_Xᵀ Ψ_Y,   K = (G + λI)⁻¹ A        (Tikhonov; λ = 0: K = Ψ_X⁺ Ψ_Y)
 * </pre>
 *
 * with {@code Ψ_X = [ψ(x_1) … ψ(x_M)]ᵀ}. The Tikhonov solve streams the data through
 * {@link Ridge} (blocked Gram accumulation, Cholesky, condition check): memory O(F²), time O(M·F²).
 * The rank-truncated variant instead takes the thin SVD {@code Ψ_X = U Σ Vᵀ} (EJML, through a thin
 * QR factorisation first), keeps the r largest singular values and sets
 * {@code K = V_r diag(σ/(σ² + Mλ)) U_rᵀ Ψ_Y} (holding Ψ_X and Ψ_Y, O(M·F) memory) — pykoopman's {@code EDMD(svd_rank=r)} for λ = 0.
 *
 * <p>The readout B ({@code x ≈ ψ(x)ᵀ B}) is the 0/1 selection when every input coordinate is a
 * dictionary function ({@link Dictionary#indexOf}), otherwise the same regularised least-squares fit
 * of the inputs on ψ (pykoopman's measurement matrix C).
 */
public final class Edmd {

    private Edmd() {
    }

    /**
     * Plain least-squares EDMD, {@code K = Ψ_X⁺ Ψ_Y} (λ = 0, full rank).
     *
     * @param dictionary ψ
     * @param x inputs x_m (M rows of the dictionary's input dimension)
     * @param y their images y_m
     * @param dt sampling step between x_m and y_m (&gt; 0)
     * @return the fitted operator
     */
    public static KoopmanOperator fit(Dictionary dictionary, double[][] x, double[][] y, double dt) {
        return fit(dictionary, x, y, dt, 0, 0);
    }

    /**
     * @param dictionary ψ
     * @param x inputs x_m (M rows of the dictionary's input dimension)
     * @param y their images y_m
     * @param dt sampling step between x_m and y_m (&gt; 0)
     * @param ridge Tikhonov parameter λ ≥ 0 relative to the normalised Gram matrix (1/M)Ψ_XᵀΨ_X
     * @param rank 0 for the Tikhonov (Cholesky) solve; r ≥ 1 for the SVD solve truncated to rank
     *     min(r, F)
     * @return the fitted operator
     * @throws IllegalArgumentException on mismatched or non-finite data, too few pairs, or an
     *     ill-conditioned system (the message suggests a larger ridge)
     */
    public static KoopmanOperator fit(Dictionary dictionary, double[][] x, double[][] y, double dt, double ridge,
            int rank) {
        int m = x.length;
        int n = dictionary.inputDimension();
        int f = dictionary.size();
        if (m != y.length) {
            throw new IllegalArgumentException("EDMD: " + m + " inputs but " + y.length + " images");
        }
        if (m < 2) {
            throw new IllegalArgumentException("EDMD needs at least 2 snapshot pairs, got " + m);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("EDMD: sampling step must be finite and positive, got " + dt);
        }
        if (!(ridge >= 0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("EDMD: ridge must be a finite number >= 0, got " + ridge);
        }
        if (rank < 0) {
            throw new IllegalArgumentException("EDMD: rank must be >= 0 (0 = Tikhonov solve), got " + rank);
        }
        for (int i = 0; i < m; i++) {
            checkRow(x[i], n, "input", i);
            checkRow(y[i], n, "image", i);
        }
        boolean select = true;
        for (int j = 0; j < n; j++) {
            select &= dictionary.indexOf(j) >= 0;
        }
        int outputs = f + (select ? 0 : n);
        double[] k = new double[f * f];
        double[] b = new double[f * n];
        String method;
        if (rank == 0) {
            Ridge r = new Ridge(f, outputs);
            double[] px = new double[f];
            double[] target = new double[outputs];
            for (int i = 0; i < m; i++) {
                dictionary.evaluate(x[i], px);
                dictionary.evaluate(y[i], target);
                if (!select) {
                    System.arraycopy(x[i], 0, target, f, n);
                }
                r.add(px, target);
            }
            double[][] w = r.solve(ridge * m);
            for (int i = 0; i < f; i++) {
                System.arraycopy(w[i], 0, k, i * f, f);
                if (!select) {
                    System.arraycopy(w[i], f, b, i * n, n);
                }
            }
            method = String.format(Locale.ROOT, "edmd(ridge=%g)", ridge);
        } else {
            DMatrixRMaj psiX = new DMatrixRMaj(m, f);
            DMatrixRMaj targets = new DMatrixRMaj(m, outputs);
            double[] px = new double[f];
            double[] target = new double[outputs];
            for (int i = 0; i < m; i++) {
                dictionary.evaluate(x[i], px);
                dictionary.evaluate(y[i], target);
                if (!select) {
                    System.arraycopy(x[i], 0, target, f, n);
                }
                for (int j = 0; j < f; j++) {
                    if (!Double.isFinite(px[j])) {
                        throw new IllegalArgumentException("EDMD: dictionary function " + j + " is not finite at input "
                                + i);
                    }
                }
                System.arraycopy(px, 0, psiX.data, i * f, f);
                System.arraycopy(target, 0, targets.data, i * outputs, outputs);
            }
            double[][] w = truncatedSolve(psiX, targets, Math.min(rank, f), ridge * m);
            for (int i = 0; i < f; i++) {
                System.arraycopy(w[i], 0, k, i * f, f);
                if (!select) {
                    System.arraycopy(w[i], f, b, i * n, n);
                }
            }
            method = String.format(Locale.ROOT, "edmd(rank=%d, ridge=%g)", rank, ridge);
        }
        if (select) {
            for (int j = 0; j < n; j++) {
                b[dictionary.indexOf(j) * n + j] = 1.0;
            }
        }
        return new KoopmanOperator(dictionary, k, b, dt, method);
    }

    /**
     * W = V_r diag(σ/(σ²+λ)) U_rᵀ T for the thin SVD X = U Σ Vᵀ; rows of W are features. The SVD is
     * taken of the F×F factor R of a thin Householder QR, X = Q R, R = U_R Σ Vᵀ, so U = Q U_R and
     * {@code U_rᵀ T = U_Rᵀ (Qᵀ T)} (Golub &amp; Van Loan §5.4.5, "R-SVD"): O(M·F²) with a small
     * constant, instead of a bidiagonalisation of the tall matrix.
     */
    private static double[][] truncatedSolve(DMatrixRMaj x, DMatrixRMaj t, int rank, double lambda) {
        int m = x.numRows;
        int f = x.numCols;
        DMatrixRMaj qt; // Qᵀ T, F×outputs (or M×outputs when M < F)
        DMatrixRMaj core; // the matrix whose SVD is taken
        if (m > f) {
            QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, f);
            if (!qr.decompose(x)) {
                throw new IllegalArgumentException("EDMD: the QR decomposition of the " + m + "x" + f
                        + " dictionary matrix failed");
            }
            DMatrixRMaj q = qr.getQ(null, true);
            core = qr.getR(null, true);
            qt = new DMatrixRMaj(f, t.numCols);
            CommonOps_DDRM.multTransA(q, t, qt);
        } else {
            core = x;
            qt = t;
        }
        int rows = core.numRows;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, f, true, true, true);
        if (!svd.decompose(core)) {
            throw new IllegalArgumentException("EDMD: the SVD of the " + m + "x" + f + " dictionary matrix failed");
        }
        double[] s = svd.getSingularValues();
        int q = svd.numberOfSingularValues();
        DMatrixRMaj u = svd.getU(null, false); // rows×q
        DMatrixRMaj v = svd.getV(null, false); // f×q
        Integer[] order = new Integer[q];
        for (int i = 0; i < q; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, c) -> Double.compare(s[c], s[a]));
        double smax = q > 0 ? s[order[0]] : 0;
        if (!(smax > 0)) {
            throw new IllegalArgumentException("EDMD: the dictionary matrix is zero");
        }
        int r = 0;
        for (int i = 0; i < Math.min(rank, q); i++) {
            if (s[order[i]] > smax * 1e-15 * Math.max(m, f)) {
                r++;
            }
        }
        DMatrixRMaj ur = new DMatrixRMaj(rows, r);
        DMatrixRMaj vr = new DMatrixRMaj(f, r);
        for (int c = 0; c < r; c++) {
            int src = order[c];
            double sv = s[src];
            double filter = sv / (sv * sv + lambda);
            for (int i = 0; i < rows; i++) {
                ur.unsafe_set(i, c, u.unsafe_get(i, src));
            }
            for (int i = 0; i < f; i++) {
                vr.unsafe_set(i, c, v.unsafe_get(i, src) * filter);
            }
        }
        DMatrixRMaj ut = new DMatrixRMaj(r, t.numCols);
        CommonOps_DDRM.multTransA(ur, qt, ut);
        DMatrixRMaj w = new DMatrixRMaj(f, t.numCols);
        CommonOps_DDRM.mult(vr, ut, w);
        double[][] out = new double[f][t.numCols];
        for (int i = 0; i < f; i++) {
            System.arraycopy(w.data, i * t.numCols, out[i], 0, t.numCols);
        }
        return out;
    }

    private static void checkRow(double[] row, int n, String what, int i) {
        if (row.length != n) {
            throw new IllegalArgumentException("EDMD: " + what + " " + i + " has length " + row.length
                    + ", the dictionary expects " + n);
        }
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException("EDMD: " + what + " " + i + " has a non-finite value at column "
                        + j);
            }
        }
    }
}
