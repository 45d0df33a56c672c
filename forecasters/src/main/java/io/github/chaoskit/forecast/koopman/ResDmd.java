package io.github.chaoskit.forecast.koopman;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Residual DMD (Colbrook &amp; Townsend 2024, "Rigorous data-driven computation of spectral
 * properties of Koopman operators for dynamical systems", Comm. Pure Appl. Math. 77, 221–283):
 * for an approximate eigenpair (μ, g) of the Koopman operator on the span of ψ, the relative residual
 *
 * <pre>
 *   res(μ, g) = ‖Ψ_Y g − μ Ψ_X g‖ / ‖Ψ_X g‖
 *             = sqrt( gᴴ (L − μ Aᴴ − μ̄ A + |μ|² G) g / gᴴ G g ),   G = Ψ_XᴴWΨ_X, A = Ψ_XᴴWΨ_Y, L = Ψ_YᴴWΨ_Y
 * </pre>
 *
 * with uniform quadrature weights W = I/M (ergodic trajectory data). It converges to
 * {@code ‖(𝒦 − μ)φ‖/‖φ‖} as M → ∞, which bounds the distance of μ to the spectrum of the Koopman
 * operator 𝒦; an EDMD eigenvalue with a large residual is spurious (an artefact of truncating to the
 * dictionary) and can be discarded. Here the residual is summed directly over the data rather than
 * through G, A, L: no cancellation, so exact eigenpairs show residuals at rounding level.
 *
 * <p>The data can be the training pairs (as in the paper's examples, valid for large M) or a
 * separate split; for a kernel dictionary, a larger separate set gives kernel ResDMD.
 */
public final class ResDmd {

    private static final int BLOCK = 256;

    private ResDmd() {
    }

    /**
     * Residuals of every eigenpair of the operator's spectrum.
     *
     * @param op the fitted operator
     * @param x inputs (rows of the dictionary's input dimension)
     * @param y their images under one sampling step
     * @return res_j for {@code op.spectrum().get(j)}
     * @throws IllegalArgumentException on mismatched data
     */
    public static double[] residuals(KoopmanOperator op, double[][] x, double[][] y) {
        KoopmanSpectrum s = op.spectrum();
        int f = op.size();
        double[] muRe = new double[f];
        double[] muIm = new double[f];
        DMatrixRMaj vr = new DMatrixRMaj(f, f);
        DMatrixRMaj vi = new DMatrixRMaj(f, f);
        for (int j = 0; j < f; j++) {
            Eigenpair p = s.get(j);
            muRe[j] = p.re();
            muIm[j] = p.im();
            double[] gr = p.vr();
            double[] gi = p.vi();
            for (int i = 0; i < f; i++) {
                vr.unsafe_set(i, j, gr[i]);
                vi.unsafe_set(i, j, gi[i]);
            }
        }
        return residuals(op.dictionary(), muRe, muIm, vr, vi, x, y);
    }

    /**
     * The residual of one candidate eigenpair (μ, g), not necessarily an eigenpair of K.
     *
     * @param dictionary ψ
     * @param muRe Re μ
     * @param muIm Im μ
     * @param gRe Re g, length F
     * @param gIm Im g, length F
     * @param x inputs
     * @param y their images
     * @return {@code ‖Ψ_Y g − μ Ψ_X g‖ / ‖Ψ_X g‖}
     */
    public static double residual(Dictionary dictionary, double muRe, double muIm, double[] gRe, double[] gIm,
            double[][] x, double[][] y) {
        int f = dictionary.size();
        if (gRe.length != f || gIm.length != f) {
            throw new IllegalArgumentException("ResDMD: g must have the dictionary's " + f + " entries");
        }
        DMatrixRMaj vr = DMatrixRMaj.wrap(f, 1, gRe.clone());
        DMatrixRMaj vi = DMatrixRMaj.wrap(f, 1, gIm.clone());
        return residuals(dictionary, new double[] {muRe}, new double[] {muIm}, vr, vi, x, y)[0];
    }

    private static double[] residuals(Dictionary dictionary, double[] muRe, double[] muIm, DMatrixRMaj vr,
            DMatrixRMaj vi, double[][] x, double[][] y) {
        int m = x.length;
        if (m == 0 || y.length != m) {
            throw new IllegalArgumentException("ResDMD needs at least one pair with as many images as inputs, got " + m
                    + " and " + y.length);
        }
        int n = dictionary.inputDimension();
        int f = dictionary.size();
        int q = vr.numCols;
        double[] num = new double[q];
        double[] den = new double[q];
        DMatrixRMaj px = new DMatrixRMaj(BLOCK, f);
        DMatrixRMaj py = new DMatrixRMaj(BLOCK, f);
        DMatrixRMaj ar = new DMatrixRMaj(BLOCK, q);
        DMatrixRMaj ai = new DMatrixRMaj(BLOCK, q);
        DMatrixRMaj cr = new DMatrixRMaj(BLOCK, q);
        DMatrixRMaj ci = new DMatrixRMaj(BLOCK, q);
        double[] row = new double[f];
        for (int start = 0; start < m; start += BLOCK) {
            int rows = Math.min(BLOCK, m - start);
            px.reshape(rows, f);
            py.reshape(rows, f);
            for (int i = 0; i < rows; i++) {
                double[] xi = x[start + i];
                double[] yi = y[start + i];
                if (xi.length != n || yi.length != n) {
                    throw new IllegalArgumentException("ResDMD: pair " + (start + i) + " does not have length " + n);
                }
                dictionary.evaluate(xi, row);
                System.arraycopy(row, 0, px.data, i * f, f);
                dictionary.evaluate(yi, row);
                System.arraycopy(row, 0, py.data, i * f, f);
            }
            CommonOps_DDRM.mult(px, vr, ar);
            CommonOps_DDRM.mult(px, vi, ai);
            CommonOps_DDRM.mult(py, vr, cr);
            CommonOps_DDRM.mult(py, vi, ci);
            for (int i = 0; i < rows; i++) {
                int o = i * q;
                for (int j = 0; j < q; j++) {
                    double a = ar.data[o + j];
                    double b = ai.data[o + j];
                    double rr = cr.data[o + j] - muRe[j] * a + muIm[j] * b;
                    double ri = ci.data[o + j] - muRe[j] * b - muIm[j] * a;
                    num[j] += rr * rr + ri * ri;
                    den[j] += a * a + b * b;
                }
            }
        }
        double[] res = new double[q];
        for (int j = 0; j < q; j++) {
            res[j] = den[j] > 0 ? Math.sqrt(num[j] / den[j]) : Double.POSITIVE_INFINITY;
            if (!Double.isFinite(num[j]) || !Double.isFinite(den[j])) {
                throw new IllegalArgumentException("ResDMD: a non-finite value in the data or the dictionary");
            }
        }
        return res;
    }

    /**
     * @param residuals residuals from {@link #residuals}
     * @param threshold largest accepted residual ε
     * @return for each eigenpair, whether it is spurious ({@code res > ε})
     */
    public static boolean[] spurious(double[] residuals, double threshold) {
        boolean[] out = new boolean[residuals.length];
        for (int j = 0; j < residuals.length; j++) {
            out[j] = !(residuals[j] <= threshold);
        }
        return out;
    }

    /**
     * Keeps the eigenpairs whose residual is at most ε (use 1 of Colbrook &amp; Townsend's ResDMD).
     *
     * @param spectrum the spectrum
     * @param residuals its residuals, in the same order
     * @param threshold ε
     * @return the accepted eigenpairs, in spectrum order
     */
    public static List<Eigenpair> filter(KoopmanSpectrum spectrum, double[] residuals, double threshold) {
        if (residuals.length != spectrum.size()) {
            throw new IllegalArgumentException("ResDMD: " + residuals.length + " residuals for " + spectrum.size()
                    + " eigenpairs");
        }
        List<Eigenpair> out = new ArrayList<>();
        for (int j = 0; j < residuals.length; j++) {
            if (residuals[j] <= threshold) {
                out.add(spectrum.get(j));
            }
        }
        return out;
    }
}
