package io.github.chaoskit.forecast.internal;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.sparse.csc.mult.MatrixVectorMult_DSCC;

/**
 * Spectral radius {@code max|eig(A)|} of a square sparse (non-symmetric) matrix by the
 * explicitly restarted Arnoldi method (Saad 2011, Numerical Methods for Large Eigenvalue
 * Problems, 2nd ed., SIAM, §6.2–6.3): a Krylov basis of dimension m = min(n, {@value #KRYLOV}) built
 * from sparse matrix–vector products with twice-applied modified Gram–Schmidt, the eigenvalues of
 * the small Hessenberg matrix (EJML) as Ritz values, and a restart from the sum of the Ritz vectors
 * of the few largest-modulus Ritz values (real and imaginary parts summed for a complex pair). A
 * matrix whose sparsity graph has no cycle is nilpotent and returns exactly 0.
 *
 * <p>The eigenvalues of a random reservoir fill a disk, so the largest-modulus ones are crowded at
 * its edge: with m = 40–60 and a restart from the leading Ritz vector alone, the iteration
 * converged to an eigenvalue 0.2 % short of the spectral radius on a 1000-node reservoir and
 * needed hundreds of restarts on 500-node reservoirs at 10 % density. With m = 150 and six Ritz
 * vectors in the restart, random reservoirs of 300–2000 nodes converged in a few restarts to a
 * relative error below 1e-9 against dense eigenvalues (30 ms at 300 nodes, 150–240 ms at 2000,
 * against seconds to minutes for a dense eigen-decomposition).
 *
 * <p>Converges when the Ritz residual {@code |h_{m+1,m}|·|y_m|} of the leading Ritz pair falls below
 * {@code tol·|θ|}, when the leading modulus has not moved by more than {@code tol²·|θ|} over
 * {@value #STAGNATION} restarts, or after {@value #MAX_RESTARTS} restarts (the adversarial case of
 * hundreds of eigenvalues of exactly equal modulus, e.g. the permutation matrix of a 500-cycle, ends
 * there about 1e-3 short). The start
 * vector is fixed, so the result is deterministic.
 */
public final class SpectralRadius {

    /** Krylov dimension (capped at n). */
    static final int KRYLOV = 150;
    /** Ritz vectors summed into the restart vector. */
    static final int RESTART_VECTORS = 6;
    /** Restarts over which an unchanged leading modulus counts as converged. */
    static final int STAGNATION = 5;
    /** Largest number of restarts. */
    static final int MAX_RESTARTS = 30;

    private SpectralRadius() {
    }

    /**
     * @param a a square sparse matrix
     * @param tol relative tolerance on the Ritz residual, e.g. 1e-10
     * @return the spectral radius (0 for a nilpotent matrix)
     * @throws IllegalArgumentException if the matrix is not square or has a non-finite entry
     */
    public static double of(DMatrixSparseCSC a, double tol) {
        int n = a.numRows;
        if (a.numCols != n) {
            throw new IllegalArgumentException("spectral radius needs a square matrix, got " + a.numRows + "x" + a.numCols);
        }
        for (int k = 0; k < a.nz_length; k++) {
            if (!Double.isFinite(a.nz_values[k])) {
                throw new IllegalArgumentException("matrix has a non-finite entry: " + a.nz_values[k]);
            }
        }
        if (a.nz_length == 0 || acyclic(a)) {
            return 0; // no directed cycle: nilpotent, every eigenvalue is exactly 0
        }
        int m = Math.min(n, KRYLOV);
        double[][] v = new double[m + 1][n];
        double[][] h = new double[m + 1][m];
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            // a fixed start vector without symmetry that could make it orthogonal to the wanted mode
            start[i] = 1.0 + 0.5 * Math.sin(1.0 + 7.3 * i);
        }
        double best = 0;
        double[] history = new double[STAGNATION];
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            double norm = norm(start);
            if (!(norm > 0)) {
                return best;
            }
            for (int i = 0; i < n; i++) {
                v[0][i] = start[i] / norm;
            }
            for (double[] row : h) {
                java.util.Arrays.fill(row, 0);
            }
            int k = m; // size of the Krylov basis actually built
            for (int j = 0; j < m; j++) {
                double[] w = v[j + 1];
                MatrixVectorMult_DSCC.mult(a, v[j], 0, w, 0);
                double wNorm0 = norm(w);
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i <= j; i++) {
                        double c = dot(v[i], w);
                        h[i][j] += c;
                        axpy(-c, v[i], w);
                    }
                }
                double wNorm = norm(w);
                h[j + 1][j] = wNorm;
                if (wNorm <= 1e-14 * Math.max(wNorm0, 1e-300)) {
                    k = j + 1; // invariant subspace: the Ritz values are exact eigenvalues
                    h[j + 1][j] = 0;
                    break;
                }
                for (int i = 0; i < n; i++) {
                    w[i] /= wNorm;
                }
            }
            DMatrixRMaj hk = new DMatrixRMaj(k, k);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    hk.set(i, j, h[i][j]);
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, false);
            if (!eig.decompose(hk)) {
                throw new IllegalStateException("eigen-decomposition of the " + k + "x" + k + " Hessenberg matrix failed");
            }
            int ne = eig.getNumberOfEigenvalues();
            double[] res = new double[ne];
            double[] ims = new double[ne];
            double[] mods = new double[ne];
            for (int i = 0; i < ne; i++) {
                Complex_F64 e = eig.getEigenvalue(i);
                res[i] = e.real;
                ims[i] = e.imaginary;
                mods[i] = Math.hypot(e.real, e.imaginary);
            }
            // indices by decreasing modulus (ties by real part, then imaginary part, for determinism)
            Integer[] order = new Integer[ne];
            for (int i = 0; i < ne; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (p, q) -> {
                int c = Double.compare(mods[q], mods[p]);
                if (c != 0) {
                    return c;
                }
                c = Double.compare(res[q], res[p]);
                return c != 0 ? c : Double.compare(ims[q], ims[p]);
            });
            double mod = mods[order[0]];
            history[restart % history.length] = mod;
            best = mod;
            if (restart >= history.length && stagnant(history, mod, tol)) {
                return mod;
            }
            if (k < m || mod == 0) {
                return mod;
            }
            // restart from the sum of the unit Ritz vectors of the leading Ritz values (one per
            // conjugate pair), so that a competitor of nearly equal modulus is not lost; converge
            // on the residual of the leading one
            java.util.Arrays.fill(start, 0);
            int used = 0;
            boolean converged = false;
            for (int oi = 0; oi < ne && used < RESTART_VECTORS; oi++) {
                int i = order[oi];
                if (ims[i] < 0) {
                    continue; // its conjugate stands for the pair
                }
                double[][] y = ritzVector(h, k, res[i], ims[i]);
                if (used == 0) {
                    double resid = Math.abs(h[k][k - 1]) * Math.hypot(y[0][k - 1], y[1][k - 1]);
                    converged = resid <= tol * mod;
                }
                for (int j = 0; j < k; j++) {
                    axpy(y[0][j] + y[1][j], v[j], start);
                }
                used++;
            }
            if (converged) {
                return mod;
            }
        }
        return best;
    }

    /**
     * Unit eigenvector of the k×k upper-Hessenberg matrix h for the eigenvalue θ = re + i·im, by
     * two steps of inverse iteration with a slightly shifted θ (complex Gaussian elimination with
     * partial pivoting).
     *
     * @return {real parts, imaginary parts}
     */
    private static double[][] ritzVector(double[][] h, int k, double re, double im) {
        double shift = 1e-10 * Math.max(Math.hypot(re, im), 1e-300);
        double sr = re + shift;
        double[] ar = new double[k * k];
        double[] ai = new double[k * k];
        double[] xr = new double[k];
        double[] xi = new double[k];
        java.util.Arrays.fill(xr, 1.0);
        for (int iter = 0; iter < 3; iter++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    ar[i * k + j] = h[i][j];
                    ai[i * k + j] = 0;
                }
                ar[i * k + i] -= sr;
                ai[i * k + i] -= im;
            }
            solveComplex(ar, ai, xr, xi, k);
            double nrm = 0;
            for (int i = 0; i < k; i++) {
                nrm += xr[i] * xr[i] + xi[i] * xi[i];
            }
            nrm = Math.sqrt(nrm);
            if (!(nrm > 0) || !Double.isFinite(nrm)) {
                java.util.Arrays.fill(xr, 1.0 / Math.sqrt(k));
                java.util.Arrays.fill(xi, 0);
                break;
            }
            for (int i = 0; i < k; i++) {
                xr[i] /= nrm;
                xi[i] /= nrm;
            }
        }
        return new double[][] {xr, xi};
    }

    /** Solves (ar + i·ai) x = b in place (b given and returned in br, bi). */
    private static void solveComplex(double[] ar, double[] ai, double[] br, double[] bi, int k) {
        for (int c = 0; c < k; c++) {
            int p = c;
            double pm = Math.hypot(ar[c * k + c], ai[c * k + c]);
            for (int r = c + 1; r < k; r++) {
                double mm = Math.hypot(ar[r * k + c], ai[r * k + c]);
                if (mm > pm) {
                    pm = mm;
                    p = r;
                }
            }
            if (p != c) {
                for (int j = 0; j < k; j++) {
                    swap(ar, c * k + j, p * k + j);
                    swap(ai, c * k + j, p * k + j);
                }
                swap(br, c, p);
                swap(bi, c, p);
            }
            double dr = ar[c * k + c];
            double di = ai[c * k + c];
            if (dr == 0 && di == 0) {
                dr = 1e-300; // exactly singular: any large solution along this direction will do
            }
            double den = dr * dr + di * di;
            for (int r = c + 1; r < k; r++) {
                double nr = ar[r * k + c];
                double ni = ai[r * k + c];
                if (nr == 0 && ni == 0) {
                    continue;
                }
                // f = n / d
                double fr = (nr * dr + ni * di) / den;
                double fi = (ni * dr - nr * di) / den;
                for (int j = c; j < k; j++) {
                    double ur = ar[c * k + j];
                    double ui = ai[c * k + j];
                    ar[r * k + j] -= fr * ur - fi * ui;
                    ai[r * k + j] -= fr * ui + fi * ur;
                }
                br[r] -= fr * br[c] - fi * bi[c];
                bi[r] -= fr * bi[c] + fi * br[c];
            }
        }
        for (int r = k - 1; r >= 0; r--) {
            double sr = br[r];
            double si = bi[r];
            for (int j = r + 1; j < k; j++) {
                double ur = ar[r * k + j];
                double ui = ai[r * k + j];
                sr -= ur * br[j] - ui * bi[j];
                si -= ur * bi[j] + ui * br[j];
            }
            double dr = ar[r * k + r];
            double di = ai[r * k + r];
            if (dr == 0 && di == 0) {
                dr = 1e-300;
            }
            double den = dr * dr + di * di;
            br[r] = (sr * dr + si * di) / den;
            bi[r] = (si * dr - sr * di) / den;
        }
    }

    /**
     * @return true if the directed graph of the non-zero pattern (edge j → i for a_ij ≠ 0) has no
     *     cycle (Kahn's topological sort), so the matrix is nilpotent; numerically its eigenvalues
     *     would come out as rounding noise of order ε^(1/n) instead of 0
     */
    static boolean acyclic(DMatrixSparseCSC a) {
        int n = a.numRows;
        int[] indegree = new int[n];
        for (int k = 0; k < a.nz_length; k++) {
            if (a.nz_values[k] != 0) {
                indegree[a.nz_rows[k]]++;
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int j = queue[head++];
            for (int k = a.col_idx[j]; k < a.col_idx[j + 1]; k++) {
                if (a.nz_values[k] != 0 && --indegree[a.nz_rows[k]] == 0) {
                    queue[tail++] = a.nz_rows[k];
                }
            }
        }
        return tail == n;
    }

    /** @return true if every recent leading modulus is within tol²·|θ| of θ (no further progress). */
    private static boolean stagnant(double[] history, double mod, double tol) {
        for (double h : history) {
            if (Math.abs(h - mod) > tol * tol * mod) {
                return false;
            }
        }
        return true;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += c * x[i];
        }
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
