package io.github.chaoskit.forecast.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Ridge regression {@code W = argmin ‖X W − Y‖² + λ‖W‖²} solved from accumulated normal
 * equations {@code (XᵀX + λI) W = XᵀY} by a Cholesky factorisation (EJML), with a conditioning
 * check (Hoerl and Kennard 1970, Technometrics 12, 55–67).
 *
 * <p>Rows are added one at a time into a block buffer of {@value #BLOCK} rows; each full block is
 * folded into the upper triangle of XᵀX by a symmetric rank-k kernel ({@link Gram}, parallel for
 * many features, bitwise reproducible) and into XᵀY, so the full T×F feature matrix is never held
 * in memory: memory is O(F² + BLOCK·F). Not thread-safe; one instance per fit.
 */
public final class Ridge {

    /** Rows buffered before they are folded into the Gram matrices. */
    public static final int BLOCK = 256;

    /**
     * Largest accepted condition-number estimate of the regularised Gram matrix; beyond it the
     * solution is dominated by rounding error.
     */
    public static final double MAX_CONDITION = 1e13;

    private final int features;
    private final int outputs;
    private final DMatrixRMaj gram;
    private final DMatrixRMaj cross;
    /** The block, transposed: feature j of buffered row r at {@code blockT[j·BLOCK + r]}. */
    private final double[] blockT;
    private final double[] blockY;
    private int buffered;
    private long rows;

    /**
     * @param features number of features F
     * @param outputs number of targets
     */
    public Ridge(int features, int outputs) {
        if (features < 1 || outputs < 1) {
            throw new IllegalArgumentException("ridge needs at least one feature and one output, got " + features
                    + " and " + outputs);
        }
        this.features = features;
        this.outputs = outputs;
        this.gram = new DMatrixRMaj(features, features);
        this.cross = new DMatrixRMaj(features, outputs);
        this.blockT = new double[Math.multiplyExact(BLOCK, features)];
        this.blockY = new double[BLOCK * outputs];
    }

    /**
     * Adds one training row.
     *
     * @param x features, length F
     * @param y targets, length of the outputs
     * @throws IllegalArgumentException if a value is not finite
     */
    public void add(double[] x, double[] y) {
        for (int j = 0; j < features; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("feature " + j + " of training row " + rows + " is not finite: " + x[j]);
            }
            blockT[j * BLOCK + buffered] = x[j];
        }
        int yb = buffered * outputs;
        for (int j = 0; j < outputs; j++) {
            if (!Double.isFinite(y[j])) {
                throw new IllegalArgumentException("target " + j + " of training row " + rows + " is not finite: " + y[j]);
            }
            blockY[yb + j] = y[j];
        }
        buffered++;
        rows++;
        if (buffered == BLOCK) {
            flush();
        }
    }

    private void flush() {
        if (buffered == 0) {
            return;
        }
        Gram.addUpper(blockT, buffered, BLOCK, features, gram.data);
        for (int i = 0; i < features; i++) {
            int xb = i * BLOCK;
            for (int j = 0; j < outputs; j++) {
                double s = 0;
                for (int r = 0; r < buffered; r++) {
                    s += blockT[xb + r] * blockY[r * outputs + j];
                }
                cross.data[i * outputs + j] += s;
            }
        }
        buffered = 0;
    }

    /** @return rows added so far. */
    public long rows() {
        return rows;
    }

    /**
     * Solves for the weights.
     *
     * @param lambda ridge parameter λ ≥ 0 (added to the Gram diagonal)
     * @return W as an F×outputs row-major matrix
     * @throws IllegalArgumentException if there are no rows, the system is not positive definite,
     *     or its condition estimate exceeds {@link #MAX_CONDITION} — the message suggests a larger
     *     ridge parameter or standardised inputs
     */
    public double[][] solve(double lambda) {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("ridge parameter must be a finite number >= 0, got " + lambda);
        }
        flush();
        if (rows == 0) {
            throw new IllegalArgumentException("ridge regression has no training rows");
        }
        DMatrixRMaj a = gram.copy();
        for (int i = 0; i < features; i++) {
            for (int j = 0; j < i; j++) {
                a.data[i * features + j] = a.data[j * features + i]; // the kernel fills the upper triangle
            }
            a.add(i, i, lambda);
        }
        double maxDiag = 0;
        for (int i = 0; i < features; i++) {
            maxDiag = Math.max(maxDiag, a.get(i, i));
        }
        DMatrixRMaj original = a.copy();
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(features);
        if (!chol.setA(a)) {
            throw new IllegalArgumentException(illConditioned(Double.POSITIVE_INFINITY, lambda));
        }
        double cond = conditionEstimate(original, chol, features);
        if (cond > MAX_CONDITION) {
            throw new IllegalArgumentException(illConditioned(cond, lambda));
        }
        DMatrixRMaj w = new DMatrixRMaj(features, outputs);
        chol.solve(cross.copy(), w);
        double[][] out = new double[features][outputs];
        for (int i = 0; i < features; i++) {
            for (int j = 0; j < outputs; j++) {
                double v = w.get(i, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(illConditioned(cond, lambda));
                }
                out[i][j] = v;
            }
        }
        return out;
    }

    /**
     * 2-norm condition estimate λ_max/λ_min of the symmetric positive definite matrix: power
     * iteration for λ_max and inverse iteration through the Cholesky factor for λ_min, a few
     * O(F²) sweeps each (an SVD would cost O(F³)).
     */
    private static double conditionEstimate(DMatrixRMaj a, LinearSolverDense<DMatrixRMaj> chol, int n) {
        DMatrixRMaj v = new DMatrixRMaj(n, 1);
        DMatrixRMaj w = new DMatrixRMaj(n, 1);
        java.util.Arrays.fill(v.data, 1.0 / Math.sqrt(n));
        double lambdaMax = 0;
        for (int it = 0; it < 30; it++) {
            CommonOps_DDRM.mult(a, v, w);
            lambdaMax = CommonOps_DDRM.dot(v, w);
            double norm = NormOps_DDRM.normF(w);
            if (!(norm > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            CommonOps_DDRM.scale(1.0 / norm, w, v);
        }
        for (int i = 0; i < n; i++) {
            v.data[i] = 1.0 + 0.1 * ((i * 7919) % 13); // a start vector not orthogonal to the smallest mode
        }
        CommonOps_DDRM.scale(1.0 / NormOps_DDRM.normF(v), v);
        double inverseMax = 0;
        for (int it = 0; it < 30; it++) {
            chol.solve(chol.modifiesB() ? v.copy() : v, w);
            inverseMax = CommonOps_DDRM.dot(v, w);
            double norm = NormOps_DDRM.normF(w);
            if (!Double.isFinite(norm) || !(norm > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            CommonOps_DDRM.scale(1.0 / norm, w, v);
        }
        return inverseMax > 0 ? lambdaMax * inverseMax : Double.POSITIVE_INFINITY;
    }

    private static String illConditioned(double cond, double lambda) {
        return String.format(java.util.Locale.ROOT, "ridge system is ill-conditioned (condition estimate %.3g with "
                + "ridge %.3g); use a larger ridge parameter or standardise the inputs", cond, lambda);
    }
}
