package io.github.chaoskit.forecast.koopman;

import java.util.Arrays;
import java.util.Comparator;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.hessenberg.HessenbergSimilarDecomposition_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Eigenvalues and complex right eigenvectors of a real square matrix. EJML's QR algorithm gives
 * the eigenvalues but no vectors for complex ones, so the vectors come from inverse iteration on
 * the Hessenberg form {@code A = Q H Qᵀ} in complex arithmetic: each solve of
 * {@code (H − μI) w = b} is Gaussian elimination with adjacent-row pivoting, O(n²) per eigenvalue
 * (the method of LAPACK's {@code xHSEIN}; Golub &amp; Van Loan, Matrix Computations, §7.6.1).
 */
final class Eigen {

    /** Inverse-iteration sweeps per eigenvalue (the shift is accurate to rounding, one usually suffices). */
    private static final int SWEEPS = 3;

    final int n;
    final double[] re;
    final double[] im;
    /** Eigenvectors: vr[j], vi[j] are the real and imaginary parts of vector j, unit 2-norm. */
    final double[][] vr;
    final double[][] vi;

    private Eigen(int n) {
        this.n = n;
        this.re = new double[n];
        this.im = new double[n];
        this.vr = new double[n][];
        this.vi = new double[n][];
    }

    /**
     * @param a n×n row-major matrix (not modified)
     * @param n its order
     * @return eigenvalues sorted by decreasing modulus (a conjugate pair: positive imaginary part
     *     first) and their right eigenvectors, normalised to unit 2-norm with the largest component
     *     real and positive
     * @throws IllegalStateException if the QR algorithm does not converge
     */
    static Eigen of(double[] a, int n) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("eigen decomposition of a matrix with a non-finite entry");
            }
        }
        Eigen e = new Eigen(n);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(DMatrixRMaj.wrap(n, n, a.clone()))) {
            throw new IllegalStateException("the QR algorithm did not converge on the " + n + "x" + n
                    + " Koopman matrix");
        }
        Integer[] order = new Integer[n];
        double[] r0 = new double[n];
        double[] i0 = new double[n];
        for (int j = 0; j < n; j++) {
            Complex_F64 c = eig.getEigenvalue(j);
            r0[j] = c.real;
            i0[j] = c.imaginary;
            order[j] = j;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -Math.hypot(r0[j], i0[j]))
                .thenComparingDouble(j -> -i0[j]).thenComparingDouble(j -> -r0[j]));
        for (int j = 0; j < n; j++) {
            e.re[j] = r0[order[j]];
            e.im[j] = i0[order[j]];
        }
        // enforce exact conjugate pairs
        for (int j = 1; j < n; j++) {
            if (e.im[j] < 0 && e.im[j - 1] > 0 && e.re[j] == e.re[j - 1] && e.im[j] == -e.im[j - 1]) {
                continue;
            }
            double tol = 1e-14 * Math.hypot(e.re[j], e.im[j]);
            if (e.im[j] < 0 && e.im[j - 1] > 0 && Math.abs(e.re[j] - e.re[j - 1]) <= tol
                    && Math.abs(e.im[j] + e.im[j - 1]) <= tol) {
                e.re[j] = e.re[j - 1];
                e.im[j] = -e.im[j - 1];
            }
        }
        HessenbergSimilarDecomposition_DDRM hess = new HessenbergSimilarDecomposition_DDRM(n);
        if (!hess.decompose(DMatrixRMaj.wrap(n, n, a.clone()))) {
            throw new IllegalStateException("Hessenberg reduction failed");
        }
        double[] h = hess.getH(null).data;
        double[] q = hess.getQ(null).data;
        double norm = 0;
        for (double v : h) {
            norm = Math.max(norm, Math.abs(v));
        }
        norm = Math.max(norm, Double.MIN_NORMAL);
        double[] ur = new double[n * n];
        double[] ui = new double[n * n];
        double[] mr = new double[n];
        double[] mi = new double[n];
        boolean[] swap = new boolean[n];
        double[] wr = new double[n];
        double[] wi = new double[n];
        for (int j = 0; j < n; j++) {
            if (j > 0 && e.im[j] < 0 && e.re[j] == e.re[j - 1] && e.im[j] == -e.im[j - 1]) {
                e.vr[j] = e.vr[j - 1].clone();
                e.vi[j] = e.vi[j - 1].clone();
                for (int k = 0; k < n; k++) {
                    e.vi[j][k] = -e.vi[j][k];
                }
                continue;
            }
            factor(h, n, e.re[j], e.im[j], norm, ur, ui, mr, mi, swap);
            for (int k = 0; k < n; k++) { // a start vector with no special structure
                wr[k] = 1.0 + 0.37 * ((k * 7919) % 11) / 11.0;
                wi[k] = 0;
            }
            for (int s = 0; s < SWEEPS; s++) {
                solve(n, ur, ui, mr, mi, swap, wr, wi);
                normalise(wr, wi);
            }
            double[] xr = new double[n];
            double[] xi = new double[n];
            for (int r = 0; r < n; r++) {
                double sr = 0;
                double si = 0;
                int o = r * n;
                for (int c = 0; c < n; c++) {
                    sr += q[o + c] * wr[c];
                    si += q[o + c] * wi[c];
                }
                xr[r] = sr;
                xi[r] = e.im[j] == 0 ? 0 : si;
            }
            normalise(xr, xi);
            e.vr[j] = xr;
            e.vi[j] = xi;
        }
        return e;
    }

    /** LU of the Hessenberg matrix H − (sr + i·si)I with adjacent-row pivoting, in place. */
    private static void factor(double[] h, int n, double sr, double si, double norm, double[] ur, double[] ui,
            double[] mr, double[] mi, boolean[] swap) {
        System.arraycopy(h, 0, ur, 0, n * n);
        Arrays.fill(ui, 0);
        for (int k = 0; k < n; k++) {
            ur[k * n + k] -= sr;
            ui[k * n + k] = -si;
        }
        double tiny = norm * 1e-16;
        for (int k = 0; k < n - 1; k++) {
            int p = k * n;
            int b = (k + 1) * n;
            double ar = ur[p + k];
            double ai = ui[p + k];
            double br = ur[b + k];
            double bi = ui[b + k];
            swap[k] = Math.hypot(br, bi) > Math.hypot(ar, ai);
            if (swap[k]) {
                for (int c = k; c < n; c++) {
                    double t = ur[p + c];
                    ur[p + c] = ur[b + c];
                    ur[b + c] = t;
                    t = ui[p + c];
                    ui[p + c] = ui[b + c];
                    ui[b + c] = t;
                }
                ar = ur[p + k];
                ai = ui[p + k];
                br = ur[b + k];
                bi = ui[b + k];
            }
            if (Math.hypot(ar, ai) < tiny) {
                ur[p + k] = ar = tiny;
                ui[p + k] = ai = 0;
            }
            // m = b / a
            double den = ar * ar + ai * ai;
            double m1 = (br * ar + bi * ai) / den;
            double m2 = (bi * ar - br * ai) / den;
            mr[k] = m1;
            mi[k] = m2;
            ur[b + k] = 0;
            ui[b + k] = 0;
            for (int c = k + 1; c < n; c++) {
                double xr = ur[p + c];
                double xi = ui[p + c];
                ur[b + c] -= m1 * xr - m2 * xi;
                ui[b + c] -= m1 * xi + m2 * xr;
            }
        }
        int last = (n - 1) * n + n - 1;
        if (Math.hypot(ur[last], ui[last]) < tiny) {
            ur[last] = tiny;
            ui[last] = 0;
        }
    }

    /** Solves with the factors of {@link #factor}; the right-hand side is overwritten by the solution. */
    private static void solve(int n, double[] ur, double[] ui, double[] mr, double[] mi, boolean[] swap, double[] wr,
            double[] wi) {
        for (int k = 0; k < n - 1; k++) {
            if (swap[k]) {
                double t = wr[k];
                wr[k] = wr[k + 1];
                wr[k + 1] = t;
                t = wi[k];
                wi[k] = wi[k + 1];
                wi[k + 1] = t;
            }
            wr[k + 1] -= mr[k] * wr[k] - mi[k] * wi[k];
            wi[k + 1] -= mr[k] * wi[k] + mi[k] * wr[k];
        }
        for (int r = n - 1; r >= 0; r--) {
            double sr = wr[r];
            double si = wi[r];
            int o = r * n;
            for (int c = r + 1; c < n; c++) {
                sr -= ur[o + c] * wr[c] - ui[o + c] * wi[c];
                si -= ur[o + c] * wi[c] + ui[o + c] * wr[c];
            }
            double ar = ur[o + r];
            double ai = ui[o + r];
            double den = ar * ar + ai * ai;
            wr[r] = (sr * ar + si * ai) / den;
            wi[r] = (si * ar - sr * ai) / den;
        }
    }

    /** Scales to unit 2-norm and rotates the phase so that the largest component is real and positive. */
    static void normalise(double[] xr, double[] xi) {
        int big = 0;
        double bm = -1;
        double s = 0;
        double scale = 0;
        for (int k = 0; k < xr.length; k++) {
            scale = Math.max(scale, Math.max(Math.abs(xr[k]), Math.abs(xi[k])));
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            return;
        }
        for (int k = 0; k < xr.length; k++) {
            double a = xr[k] / scale;
            double b = xi[k] / scale;
            double m = a * a + b * b;
            s += m;
            if (m > bm * (1 + 1e-12)) {
                bm = m;
                big = k;
            }
        }
        double nr = Math.sqrt(s) * scale;
        double pr = xr[big];
        double pi = xi[big];
        double pm = Math.hypot(pr, pi);
        // multiply by conj(p)/|p| / nr
        double cr = pr / pm / nr;
        double ci = -pi / pm / nr;
        for (int k = 0; k < xr.length; k++) {
            double a = xr[k];
            double b = xi[k];
            xr[k] = a * cr - b * ci;
            xi[k] = a * ci + b * cr;
        }
        xi[big] = 0;
    }

    /**
     * Solves {@code V X = B} for complex V (columns are the eigenvectors) and real B (n×m): the
     * Koopman modes {@code Ξ = V⁻¹ B}.
     *
     * @return {real part, imaginary part}, each n×m row-major; NaN if V is singular (a repeated
     *     eigenvalue without a full set of eigenvectors)
     */
    double[][] solveWithVectors(double[] b, int m) {
        int n2 = 2 * n;
        DMatrixRMaj big = new DMatrixRMaj(n2, n2);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double a = vr[c][r];
                double bb = vi[c][r];
                big.set(r, c, a);
                big.set(r, c + n, -bb);
                big.set(r + n, c, bb);
                big.set(r + n, c + n, a);
            }
        }
        DMatrixRMaj rhs = new DMatrixRMaj(n2, m);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                rhs.set(r, c, b[r * m + c]);
            }
        }
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n2);
        double[][] out = new double[2][n * m];
        DMatrixRMaj x = new DMatrixRMaj(n2, m);
        boolean ok = lu.setA(big);
        if (ok) {
            lu.solve(rhs, x);
            for (double v : x.data) {
                ok &= Double.isFinite(v);
            }
        }
        if (!ok) {
            Arrays.fill(out[0], Double.NaN);
            Arrays.fill(out[1], Double.NaN);
            return out;
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                out[0][r * m + c] = x.get(r, c);
                out[1][r * m + c] = x.get(r + n, c);
            }
        }
        return out;
    }
}
