package io.github.chaoskit.forecast.koopman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/** EDMD, its spectrum and ResDMD on systems whose Koopman eigenpairs are known in closed form. */
class KoopmanAnalyticTest {

    /** Continuous-time eigenvalues of A: −0.1 ± 2i, −0.5, −1.3. */
    static final double[][] LINEAR_EIGS = {{-0.1, 2}, {-0.1, -2}, {-0.5, 0}, {-1.3, 0}};

    /** The flow map exp(AΔt) of x' = Ax with A = P D P⁻¹, D real block-diagonal with the eigenvalues above. */
    static double[][] linearFlowMap(double dt) {
        Well19937c rng = new Well19937c(7);
        DMatrixRMaj p = new DMatrixRMaj(4, 4);
        for (int i = 0; i < 16; i++) {
            p.data[i] = rng.nextGaussian();
        }
        double a = LINEAR_EIGS[0][0];
        double b = LINEAR_EIGS[0][1];
        DMatrixRMaj e = new DMatrixRMaj(4, 4);
        double ea = Math.exp(a * dt);
        e.set(0, 0, ea * Math.cos(b * dt));
        e.set(0, 1, ea * Math.sin(b * dt));
        e.set(1, 0, -ea * Math.sin(b * dt));
        e.set(1, 1, ea * Math.cos(b * dt));
        e.set(2, 2, Math.exp(LINEAR_EIGS[2][0] * dt));
        e.set(3, 3, Math.exp(LINEAR_EIGS[3][0] * dt));
        DMatrixRMaj pinv = new DMatrixRMaj(4, 4);
        assertTrue(CommonOps_DDRM.invert(p, pinv));
        DMatrixRMaj tmp = new DMatrixRMaj(4, 4);
        DMatrixRMaj phi = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.mult(p, e, tmp);
        CommonOps_DDRM.mult(tmp, pinv, phi);
        double[][] out = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[i][j] = phi.get(i, j);
            }
        }
        return out;
    }

    static double[] apply(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += m[i][j] * x[j];
            }
        }
        return y;
    }

    /** Finds the eigenpair nearest to (re, im) and checks the distance. */
    static Eigenpair nearest(KoopmanSpectrum s, double re, double im, double tol) {
        Eigenpair best = null;
        double bd = Double.POSITIVE_INFINITY;
        for (Eigenpair p : s.eigenpairs()) {
            double dd = Math.hypot(p.re() - re, p.im() - im);
            if (dd < bd) {
                bd = dd;
                best = p;
            }
        }
        System.out.printf("eigenvalue %.12f%+.12fi recovered to %.2e%n", re, im, bd);
        assertTrue(bd <= tol, "eigenvalue " + re + (im >= 0 ? "+" : "") + im + "i recovered to " + bd + " > " + tol
                + "\n" + s);
        return best;
    }

    @Test
    void linearSystemDegreeOneRecoversExpADt() {
        double dt = 0.1;
        double[][] phi = linearFlowMap(dt);
        Well19937c rng = new Well19937c(11);
        int m = 200;
        double[][] x = new double[m][4];
        double[][] y = new double[m][];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = apply(phi, x[i]);
        }
        KoopmanOperator op = Edmd.fit(new Monomials(4, 1), x, y, dt);
        KoopmanSpectrum s = op.spectrum();
        assertEquals(5, s.size());
        // the constant function: eigenvalue exactly 1
        Eigenpair one = nearest(s, 1, 0, 1e-12);
        assertEquals(0, one.continuousRe(), 1e-10);
        for (double[] lam : LINEAR_EIGS) {
            double mod = Math.exp(lam[0] * dt);
            Eigenpair p = nearest(s, mod * Math.cos(lam[1] * dt), mod * Math.sin(lam[1] * dt), 1e-10);
            assertEquals(lam[0], p.continuousRe(), 1e-8, p.toString());
            assertEquals(lam[1], p.continuousIm(), 1e-8, p.toString());
        }
        // ResDMD on fresh data: every pair is exact
        double[][][] fresh = pairs(phi, 300, 12);
        for (double r : ResDmd.residuals(op, fresh[0], fresh[1])) {
            assertTrue(r < 1e-10, "residual " + r);
        }
        // spectral reconstruction x_n = Re Σ_j μ_jⁿ φ_j(x0) ξ_j equals Φⁿ x0, and so do both rollouts
        double[] x0 = {0.3, -1.2, 0.7, 2.0};
        double[] psi = new double[5];
        op.dictionary().evaluate(x0, psi);
        double[] truth = x0.clone();
        double[] lin = op.rollout(x0, 10, ForecastMode.LINEAR);
        double[] rel = op.rollout(x0, 10, ForecastMode.RELIFT);
        for (int n = 1; n <= 10; n++) {
            truth = apply(phi, truth);
            for (int j = 0; j < 4; j++) {
                assertEquals(truth[j], lin[(n - 1) * 4 + j], 1e-10);
                assertEquals(truth[j], rel[(n - 1) * 4 + j], 1e-10);
            }
        }
        double[] recon = new double[4];
        for (Eigenpair p : s.eigenpairs()) {
            double[] f = p.eigenfunction(psi);
            // μ^10 φ
            double mr = 1;
            double mi = 0;
            for (int k = 0; k < 10; k++) {
                double t = mr * p.re() - mi * p.im();
                mi = mr * p.im() + mi * p.re();
                mr = t;
            }
            double cr = mr * f[0] - mi * f[1];
            double ci = mr * f[1] + mi * f[0];
            double[] xr = p.modeRe();
            double[] xi = p.modeIm();
            for (int j = 0; j < 4; j++) {
                recon[j] += cr * xr[j] - ci * xi[j];
            }
        }
        for (int j = 0; j < 4; j++) {
            assertEquals(truth[j], recon[j], 1e-10, "spectral reconstruction, coordinate " + j);
        }
    }

    private static double[][][] pairs(double[][] phi, int m, long seed) {
        Well19937c rng = new Well19937c(seed);
        double[][] x = new double[m][4];
        double[][] y = new double[m][];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = apply(phi, x[i]);
        }
        return new double[][][] {x, y};
    }

    // x1' = μ x1, x2' = λ (x2 − x1²) (Brunton, Brunton, Proctor & Kutz 2016, PLoS ONE 11, e0150171):
    // span{x1, x2, x1²} is Koopman-invariant with eigenvalues μ, λ, 2μ (and 1 for the constant).
    static final double MU = -0.05;
    static final double LAMBDA = -1.0;
    static final double DT = 0.5;

    static double[] bruntonFlow(double[] x, double t) {
        double c = LAMBDA / (LAMBDA - 2 * MU);
        double x1 = x[0] * Math.exp(MU * t);
        double x2 = Math.exp(LAMBDA * t) * (x[1] - c * x[0] * x[0]) + c * x[0] * x[0] * Math.exp(2 * MU * t);
        return new double[] {x1, x2};
    }

    static double[][][] bruntonPairs(int m, long seed) {
        Well19937c rng = new Well19937c(seed);
        double[][] x = new double[m][];
        double[][] y = new double[m][];
        for (int i = 0; i < m; i++) {
            x[i] = new double[] {4 * rng.nextDouble() - 2, 4 * rng.nextDouble() - 2};
            y[i] = bruntonFlow(x[i], DT);
        }
        return new double[][][] {x, y};
    }

    @Test
    void finiteInvariantSubspaceAndResidualsOfBruntonSystem() {
        double[][][] train = bruntonPairs(400, 3);
        KoopmanOperator op = Edmd.fit(new Monomials(2, 2), train[0], train[1], DT);
        KoopmanSpectrum s = op.spectrum();
        assertEquals(6, s.size());
        List<Eigenpair> exact = new ArrayList<>();
        for (double rate : new double[] {0, MU, 2 * MU, LAMBDA}) {
            Eigenpair p = nearest(s, Math.exp(rate * DT), 0, 1e-10);
            assertEquals(rate, p.continuousRe(), 1e-9);
            exact.add(p);
        }
        // the eigenfunction of μ is x1 alone: coefficients (0, 1, 0, 0, 0, 0) up to scale
        Eigenpair pm = nearest(s, Math.exp(MU * DT), 0, 1e-10);
        double[] g = pm.vectorRe();
        for (int k = 0; k < 6; k++) {
            assertEquals(k == 1 ? 1.0 : 0.0, Math.abs(g[k]), 1e-10, "eigenfunction of mu, coefficient " + k);
        }
        // ResDMD on a separate split: exact pairs ~0, the two pairs outside the invariant subspace not
        double[][][] test = bruntonPairs(2000, 4);
        double[] res = ResDmd.residuals(op, test[0], test[1]);
        double worstExact = 0;
        double bestOther = Double.POSITIVE_INFINITY;
        for (Eigenpair p : s.eigenpairs()) {
            if (exact.contains(p)) {
                worstExact = Math.max(worstExact, res[p.index()]);
            } else {
                bestOther = Math.min(bestOther, res[p.index()]);
            }
        }
        System.out.println("Brunton residuals (separate split): " + java.util.Arrays.toString(res));
        assertTrue(worstExact < 1e-12, "exact eigenpairs have residual " + worstExact);
        assertTrue(bestOther > 1e-3, "pairs outside the invariant subspace have residual " + bestOther);
        List<Eigenpair> kept = ResDmd.filter(s, res, 1e-8);
        assertEquals(4, kept.size());
        assertTrue(kept.containsAll(exact));
        boolean[] flagged = ResDmd.spurious(res, 1e-8);
        int n = 0;
        for (boolean b : flagged) {
            n += b ? 1 : 0;
        }
        assertEquals(2, n);
        // a spurious eigenvalue constructed by hand: the exact eigenfunction x1 with μ rotated by 0.3 rad.
        // Since Ψ_Y g = μ Ψ_X g exactly, its residual is |μ − μ'|.
        double mu = Math.exp(MU * DT);
        double fr = mu * Math.cos(0.3);
        double fi = mu * Math.sin(0.3);
        double r = ResDmd.residual(op.dictionary(), fr, fi, pm.vectorRe(), pm.vectorIm(), test[0], test[1]);
        assertEquals(Math.hypot(mu - fr, fi), r, 1e-12);
        assertTrue(r > 0.25, "constructed spurious pair has residual " + r);
    }

    @Test
    void modeExpansionOverTheAcceptedPairsIsTheExactSolution() {
        double[][][] train = bruntonPairs(400, 3);
        KoopmanOperator op = Edmd.fit(new Monomials(2, 2), train[0], train[1], DT);
        double[][][] test = bruntonPairs(2000, 4);
        List<Eigenpair> kept = ResDmd.filter(op.spectrum(), ResDmd.residuals(op, test[0], test[1]), 1e-8);
        assertEquals(4, kept.size());
        // x1 = φ_μ and x2 = φ_λ + c·φ_2μ lie in the span of the accepted eigenfunctions, so the expansion
        // over them is the closed-form flow
        double[] x0 = {1.3, -0.7};
        int steps = 40;
        double[] xs = op.rollout(x0, steps, kept);
        for (int t = 1; t <= steps; t++) {
            double[] exact = bruntonFlow(x0, t * DT);
            assertEquals(exact[0], xs[(t - 1) * 2], 1e-9, "x1 at step " + t);
            assertEquals(exact[1], xs[(t - 1) * 2 + 1], 1e-9, "x2 at step " + t);
        }
        // over every eigenpair the expansion is the linear rollout
        double[] all = op.rollout(x0, steps, op.spectrum().eigenpairs());
        double[] linear = op.rollout(x0, steps, ForecastMode.LINEAR);
        for (int i = 0; i < all.length; i++) {
            assertEquals(linear[i], all[i], 1e-9 * Math.max(1, Math.abs(linear[i])), "entry " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> op.rollout(x0, steps, ForecastMode.MODES));
    }

    @Test
    void truncatedSvdSolveAgreesWithTikhonovAndDropsDirections() {
        double[][][] train = bruntonPairs(400, 5);
        KoopmanOperator full = Edmd.fit(new Monomials(2, 2), train[0], train[1], DT, 0, 0);
        KoopmanOperator svd = Edmd.fit(new Monomials(2, 2), train[0], train[1], DT, 0, 6);
        double[][] a = full.matrix();
        double[][] b = svd.matrix();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(a[i][j], b[i][j], 1e-10);
            }
        }
        // rank 3 of 6: K has rank at most 3, so three eigenvalues vanish
        KoopmanOperator low = Edmd.fit(new Monomials(2, 2), train[0], train[1], DT, 0, 3);
        int zeros = 0;
        for (Eigenpair p : low.spectrum().eigenpairs()) {
            zeros += p.modulus() < 1e-10 ? 1 : 0;
        }
        assertEquals(3, zeros, low.spectrum().toString());
    }
}
