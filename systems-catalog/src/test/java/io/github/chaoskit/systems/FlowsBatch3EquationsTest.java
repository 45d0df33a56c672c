package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.flows.ExcitableCell;
import io.github.chaoskit.systems.flows.Finance;
import io.github.chaoskit.systems.flows.FluidTrampoline;
import io.github.chaoskit.systems.flows.ForcedBrusselator;
import io.github.chaoskit.systems.flows.ForcedFitzHughNagumo;
import io.github.chaoskit.systems.flows.ForcedVanDerPol;
import io.github.chaoskit.systems.flows.GenesioTesi;
import io.github.chaoskit.systems.flows.GlycolyticOscillation;
import io.github.chaoskit.systems.flows.GuckenheimerHolmes;
import io.github.chaoskit.systems.flows.Hadley;
import io.github.chaoskit.systems.flows.HastingsPowell;
import io.github.chaoskit.systems.flows.HenonHeiles;
import io.github.chaoskit.systems.flows.HindmarshRose;
import io.github.chaoskit.systems.flows.Hopfield;
import io.github.chaoskit.systems.flows.HyperBao;
import io.github.chaoskit.systems.flows.HyperCai;
import io.github.chaoskit.systems.flows.HyperJha;
import io.github.chaoskit.systems.flows.HyperLorenz;
import io.github.chaoskit.systems.flows.HyperLu;
import io.github.chaoskit.systems.flows.HyperPang;
import io.github.chaoskit.systems.flows.HyperQi;
import io.github.chaoskit.systems.flows.HyperRossler;
import io.github.chaoskit.systems.flows.HyperWang;
import io.github.chaoskit.systems.flows.HyperXu;
import io.github.chaoskit.systems.flows.HyperYan;
import io.github.chaoskit.systems.flows.HyperYangChen;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Independent checks, derived by hand from the published equations (as dysts codes them), of
 * the flows ExcitableCell … HyperYangChen: equilibria computed in closed form (or by bisection of
 * a scalar equation written out here), symmetries, conserved or balanced quantities,
 * divergences and characteristic polynomials of linearisations. None of them re-uses the
 * implementation's formulas, and each fails if a sign or a parameter in the equations is wrong.
 */
class FlowsBatch3EquationsTest {

    private static final double REL = 1e-12;

    // ------------------------------------------------------------------ helpers

    private static double p(Flow f, String name) {
        return f.parameters().get(name);
    }

    private static double[] rhs(Flow f, double... x) {
        double[] d = new double[f.dimension()];
        f.rhs(0.0, x, d);
        return d;
    }

    private static double[] jac(Flow f, double... x) {
        int n = f.dimension();
        double[] j = new double[n * n];
        f.jacobian(0.0, x, j);
        return j;
    }

    /** Central finite-difference Jacobian of the right-hand side itself. */
    private static double[] jacFd(Flow f, double... x) {
        int n = f.dimension();
        double[] j = new double[n * n];
        Jacobians.centralDifference(f, 0.0, x, j);
        return j;
    }

    private static double trace(double[] j, int n) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += j[i * n + i];
        }
        return t;
    }

    /**
     * Compares a divergence known in closed form with the trace of the analytic Jacobian (to
     * REL) and with the trace of a finite-difference Jacobian of the right-hand side (to 1e-7).
     */
    private static void assertDivergence(Flow f, double expected, double scale, double... x) {
        int n = f.dimension();
        assertClose(f.name() + " divergence (analytic Jacobian)", expected, trace(jac(f, x), n), scale);
        double fd = trace(jacFd(f, x), n);
        assertTrue(Math.abs(fd - expected) <= 1e-7 * Math.max(1.0, scale), () -> f.name()
                + " divergence (finite differences of f): expected " + expected + ", got " + fd);
    }

    /** Asserts |f_i(x)| ≤ REL·scale for every component i in {@code comps}. */
    private static void assertVanishes(Flow f, double[] x, double scale, int... comps) {
        double[] d = rhs(f, x);
        for (int i : comps) {
            int c = i;
            assertTrue(Math.abs(d[i]) <= REL * scale, () -> f.name() + ": f_" + c + " = " + d[c]
                    + " at the equilibrium " + Arrays.toString(x) + " (scale " + scale + ")");
        }
    }

    private static void assertEquilibrium(Flow f, double[] x, double scale) {
        int[] all = new int[f.dimension()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        assertVanishes(f, x, scale, all);
    }

    private static void assertClose(String what, double expected, double actual, double scale) {
        assertTrue(Math.abs(expected - actual) <= REL * Math.max(1.0, scale),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    /** Equivariance f(S x) = S f(x) for the diagonal sign change S, at random points. */
    private static void assertSignSymmetry(Flow f, double[] signs, double spread, long seed) {
        Random r = new Random(seed);
        int n = f.dimension();
        for (int k = 0; k < 20; k++) {
            double[] x = new double[n];
            double[] sx = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = spread * (2 * r.nextDouble() - 1);
                sx[i] = signs[i] * x[i];
            }
            double[] fx = rhs(f, x);
            double[] fsx = rhs(f, sx);
            for (int i = 0; i < n; i++) {
                assertClose(f.name() + " symmetry, component " + i, signs[i] * fx[i], fsx[i], Math.abs(fx[i]));
            }
        }
    }

    private static double bisect(DoubleUnaryOperator g, double lo, double hi) {
        double glo = g.applyAsDouble(lo);
        assertTrue(glo * g.applyAsDouble(hi) < 0, "no sign change in [" + lo + ", " + hi + "]");
        for (int i = 0; i < 400; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            double gm = g.applyAsDouble(mid);
            if (gm == 0) {
                return mid;
            }
            if ((gm < 0) == (glo < 0)) {
                lo = mid;
                glo = gm;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** det(λI − A) by Gaussian elimination with partial pivoting. */
    private static double charPoly(double[] a, int n, double lam) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = (i == j ? lam : 0) - a[i * n + j];
            }
        }
        double det = 1;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[piv][c])) {
                    piv = i;
                }
            }
            if (m[piv][c] == 0) {
                return 0;
            }
            if (piv != c) {
                double[] t = m[piv];
                m[piv] = m[c];
                m[c] = t;
                det = -det;
            }
            det *= m[c][c];
            for (int i = c + 1; i < n; i++) {
                double q = m[i][c] / m[c][c];
                for (int j = c; j < n; j++) {
                    m[i][j] -= q * m[c][j];
                }
            }
        }
        return det;
    }

    /**
     * Compares det(λI − J(x)) with a characteristic polynomial derived by hand, at several λ, for
     * the analytic Jacobian (to 1e-11) and a finite-difference Jacobian of f (to 1e-7).
     */
    private static void assertCharPoly(Flow f, double[] x, DoubleUnaryOperator expected) {
        assertCharPoly(f, jac(f, x), 1e-11, expected);
        assertCharPoly(f, jacFd(f, x), 1e-7, expected);
    }

    private static void assertCharPoly(Flow f, double[] j, double tol, DoubleUnaryOperator expected) {
        int n = f.dimension();
        for (double lam : new double[] {-7.3, -2.1, -0.6, 0.45, 1.7, 5.9, 23.0}) {
            double bound = 1;
            for (int i = 0; i < n; i++) {
                double row = Math.abs(lam);
                for (int k = 0; k < n; k++) {
                    row += Math.abs(j[i * n + k]);
                }
                bound *= row;
            }
            double e = expected.applyAsDouble(lam);
            double got = charPoly(j, n, lam);
            assertTrue(Math.abs(e - got) <= tol * bound, f.name() + ": det(λI − J) at λ = " + lam
                    + " is " + got + ", hand-derived characteristic polynomial gives " + e);
        }
    }

    private static double maxAbs(double... v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    // ------------------------------------------------------------------ systems

    // ExcitableCell — equilibrium (n = n∞(v), c from dc/dt = 0, v by bisection of the reduced
    // voltage equation, all written here in Chay's gating form); the Hodgkin–Huxley form of the
    // gate equation dn/dt = λ(αn(1 − n) − βn·n), λ = tscl; and the calcium dependence in closed
    // form: f_v(v, n, c) − f_v(v, n, 0) = gkc·c/(1 + c)·(vk − v), f_c(v, n, c) − f_c(v, n, 0) = −ρ·kc·c.
    @Test
    void excitableCell() {
        Flow f = new ExcitableCell();
        double gi = p(f, "gi");
        double gkv = p(f, "gkv");
        double gkc = p(f, "gkc");
        double gl = p(f, "gl");
        double vi = p(f, "vi");
        double vk = p(f, "vk");
        double vl = p(f, "vl");
        double vc = p(f, "vc");
        double kc = p(f, "kc");
        double lambda = p(f, "tscl");
        DoubleUnaryOperator am = v -> p(f, "ams") * (v + p(f, "amvb")) / (1 - Math.exp(-(p(f, "ar") * v + p(f, "amvo"))));
        DoubleUnaryOperator bm = v -> p(f, "bms") * Math.exp(-(p(f, "bmr") * v + p(f, "bmo")));
        DoubleUnaryOperator ah = v -> p(f, "ahs") * Math.exp(-(p(f, "ahr") * v + p(f, "aho")));
        DoubleUnaryOperator bh = v -> 1 / (1 + Math.exp(-(p(f, "bhr") * v + p(f, "bho"))));
        DoubleUnaryOperator an = v -> p(f, "ans") * (v + p(f, "anvb")) / (1 - Math.exp(-(p(f, "ar") * v + p(f, "anvo"))));
        DoubleUnaryOperator bn = v -> p(f, "bns") * Math.exp(-(p(f, "bnr") * v + p(f, "bno")));
        DoubleUnaryOperator gate = v -> {
            double m = am.applyAsDouble(v) / (am.applyAsDouble(v) + bm.applyAsDouble(v));
            double h = ah.applyAsDouble(v) / (ah.applyAsDouble(v) + bh.applyAsDouble(v));
            return m * m * m * h;
        };
        DoubleUnaryOperator nInf = v -> an.applyAsDouble(v) / (an.applyAsDouble(v) + bn.applyAsDouble(v));
        DoubleUnaryOperator cStar = v -> gate.applyAsDouble(v) * (vc - v) / kc;
        DoubleUnaryOperator current = v -> {
            double n = nInf.applyAsDouble(v);
            double c = cStar.applyAsDouble(v);
            return gi * gate.applyAsDouble(v) * (vi - v) + gkv * n * n * n * n * (vk - v)
                    + gkc * c / (1 + c) * (vk - v) + gl * (vl - v);
        };
        double v = bisect(current, -34.3, -32.3);
        double n = nInf.applyAsDouble(v);
        double c = cStar.applyAsDouble(v);
        double[] x = {v, n, c};
        assertVanishes(f, x, gi * gate.applyAsDouble(v) * Math.abs(vi - v) + gkv * Math.abs(vk - v) * n * n * n * n
                + gkc * Math.abs(vk - v) + gl * Math.abs(vl - v), 0);
        assertVanishes(f, x, lambda * (an.applyAsDouble(v) + bn.applyAsDouble(v)), 1);
        assertVanishes(f, x, p(f, "rho") * kc * c, 2);

        Random r = new Random(11);
        for (int k = 0; k < 20; k++) {
            double vv = -70.3 + 50 * r.nextDouble();
            double nn = r.nextDouble();
            double[] d = rhs(f, vv, nn, 2 * r.nextDouble());
            double a = an.applyAsDouble(vv);
            double b = bn.applyAsDouble(vv);
            assertClose("ExcitableCell dn/dt", lambda * (a * (1 - nn) - b * nn), d[1], lambda * (a + b));
            double cc = 3 * r.nextDouble();
            double[] dc = rhs(f, vv, nn, cc);
            double[] d0 = rhs(f, vv, nn, 0);
            assertClose("ExcitableCell calcium-gated K current", gkc * cc / (1 + cc) * (vk - vv), dc[0] - d0[0],
                    Math.abs(dc[0]) + Math.abs(d0[0]));
            assertClose("ExcitableCell calcium decay", -p(f, "rho") * kc * cc, dc[2] - d0[2],
                    Math.abs(dc[2]) + Math.abs(d0[2]));
        }
    }

    // Finance — the nontrivial equilibria x = ±√(1 − ab − b/c), y = −x²/b, z = −x/c, and the
    // divergence 1/b − a + y − b − c compared with the trace of the Jacobian.
    @Test
    void finance() {
        Flow f = new Finance();
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        for (double sign : new double[] {-1, 1}) {
            double x = sign * Math.sqrt(1 - a * b - b / c);
            assertEquilibrium(f, new double[] {x, -x * x / b, -x / c}, 10);
        }
        Random r = new Random(1);
        for (int k = 0; k < 10; k++) {
            double[] x = {2 * r.nextGaussian(), -4 + r.nextGaussian(), r.nextGaussian()};
            assertDivergence(f, 1 / b - a + x[1] - b - c, 10, x);
        }
    }

    // FluidTrampoline — power balance: with E = y²/2 + x + H(−x)·x²/2 (gravity plus film spring),
    // dE/dt = ∇E·f must equal −H(−x)·ψ|y|³ + γ·y·cos θ on both sides of the film; dθ/dt = w;
    // the output row is (x, y, cos θ).
    @Test
    void fluidTrampoline() {
        Flow f = new FluidTrampoline();
        double gamma = p(f, "gamma");
        double psi = p(f, "psi");
        Random r = new Random(2);
        for (int k = 0; k < 40; k++) {
            double x = 3 * (2 * r.nextDouble() - 1);
            double y = 4 * (2 * r.nextDouble() - 1);
            double th = 10 * r.nextDouble();
            double[] d = rhs(f, x, y, th);
            double film = x < 0 ? 1 : 0;
            double dEdt = (1 + film * x) * d[0] + y * d[1];
            double expected = -film * psi * Math.abs(y) * y * y + gamma * y * Math.cos(th);
            assertClose("FluidTrampoline power balance", expected, dEdt, Math.abs(y) * (1 + Math.abs(d[1]) + Math.abs(x)));
            assertEquals(p(f, "w"), d[2], 0.0);
            double[] out = new double[3];
            f.postprocess(new double[] {x, y, th}, out);
            assertEquals(Math.cos(th), out[2], 1e-15);
            assertEquals(x, out[0], 0.0);
        }
        assertTrue(f.hasPostprocessing());
    }

    // ForcedBrusselator — equilibrium of the Brusselator (x, y) = (a, b/a) persists where the
    // forcing cos z vanishes (z = π/2); at z = 0 the forcing adds exactly f to dx/dt; divergence
    // 2xy − (b + 1) − x²; output row (x, y, sin z).
    @Test
    void forcedBrusselator() {
        Flow f = new ForcedBrusselator();
        double a = p(f, "a");
        double b = p(f, "b");
        assertVanishes(f, new double[] {a, b / a, Math.PI / 2}, 10, 0, 1);
        double[] d = rhs(f, a, b / a, 0);
        assertClose("ForcedBrusselator forcing at z = 0", p(f, "f"), d[0], 10);
        assertEquals(p(f, "w"), d[2], 0.0);
        Random r = new Random(3);
        for (int k = 0; k < 10; k++) {
            double[] x = {r.nextDouble(), 3 * r.nextDouble(), 100 * r.nextDouble()};
            assertDivergence(f, 2 * x[0] * x[1] - (b + 1) - x[0] * x[0], 10, x);
            double[] out = new double[3];
            f.postprocess(x, out);
            assertEquals(Math.sin(x[2]), out[2], 1e-15);
        }
    }

    // ForcedFitzHughNagumo — equilibria of the FitzHugh–Nagumo model with the current held at
    // curr (z = 0) and at curr + f (z = π/2): w = (v + a)/b with v the root of
    // v − v³/3 − (v + a)/b + I = 0 (bisection); divergence 1 − v² − γb.
    @Test
    void forcedFitzHughNagumo() {
        Flow f = new ForcedFitzHughNagumo();
        double a = p(f, "a");
        double b = p(f, "b");
        for (double[] zi : new double[][] {{0, p(f, "curr")}, {Math.PI / 2, p(f, "curr") + p(f, "f")}}) {
            double current = zi[1];
            double v = bisect(u -> u - u * u * u / 3 - (u + a) / b + current, -4, 4);
            double[] x = {v, (v + a) / b, zi[0]};
            assertVanishes(f, x, 10, 0, 1);
            assertEquals(p(f, "omega"), rhs(f, x)[2], 0.0);
        }
        Random r = new Random(4);
        for (int k = 0; k < 10; k++) {
            double[] x = {2 * r.nextGaussian(), r.nextGaussian(), 10 * r.nextDouble()};
            assertDivergence(f, 1 - x[0] * x[0] - p(f, "gamma") * b, 10, x);
        }
    }

    // ForcedVanDerPol — symmetry (x, y, z) → (−x, −y, z + π) maps the vector field to its image
    // (−f_x, −f_y, f_z); divergence μ(1 − x²); the forcing a·sin z balances the restoring force
    // −x at (x, y, z) = (a, 0, π/2), and dz/dt = w.
    @Test
    void forcedVanDerPol() {
        Flow f = new ForcedVanDerPol();
        assertVanishes(f, new double[] {p(f, "a"), 0, Math.PI / 2}, 10, 0, 1);
        assertEquals(p(f, "w"), rhs(f, 0.3, 0.2, 1.0)[2], 0.0);
        assertClose("ForcedVanDerPol restoring force", -1.7, rhs(f, 1.7, 0, 0)[1], 10);
        Random r = new Random(5);
        for (int k = 0; k < 20; k++) {
            double[] x = {3 * r.nextGaussian(), 5 * r.nextGaussian(), 6 * r.nextDouble()};
            double[] d = rhs(f, x);
            double[] ds = rhs(f, -x[0], -x[1], x[2] + Math.PI);
            double scale = maxAbs(d) + p(f, "a");
            assertClose("ForcedVanDerPol symmetry x", -d[0], ds[0], scale);
            assertClose("ForcedVanDerPol symmetry y", -d[1], ds[1], scale);
            assertEquals(d[2], ds[2], 0.0);
            assertDivergence(f, p(f, "mu") * (1 - x[0] * x[0]), 100, x);
        }
    }

    // GenesioTesi — equilibria (0, 0, 0) and (c, 0, 0) of x''' + a x'' + b x' + c x = x², and the
    // characteristic polynomials of the linearisations there: λ³ + aλ² + bλ + c and
    // λ³ + aλ² + bλ − c.
    @Test
    void genesioTesi() {
        Flow f = new GenesioTesi();
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        assertEquilibrium(f, new double[] {0, 0, 0}, 1);
        assertEquilibrium(f, new double[] {c, 0, 0}, 10);
        assertCharPoly(f, new double[] {0, 0, 0}, l -> l * l * l + a * l * l + b * l + c);
        assertCharPoly(f, new double[] {c, 0, 0}, l -> l * l * l + a * l * l + b * l - c);
    }

    // GlycolyticOscillation — the substrate balance q1·da/dt + db/dt + (1/q2)·dc/dt = q1·ν − k·c/q2
    // (the enzyme rates cancel) at random points, and the steady state: c* = q1·q2·ν/k, b* from
    // η(b*, c*) = q1ν/s2 (linear in b for d = 0, bisection for d = 0.1), a* from φ(a*, b*) = ν/s1
    // (a quadratic).
    @Test
    void glycolyticOscillation() {
        Flow f0 = new GlycolyticOscillation();
        for (Flow f : new Flow[] {f0, f0.withParameter("d", 0.3)}) {
            double q1 = p(f, "q1");
            double q2 = p(f, "q2");
            Random r = new Random(6);
            for (int k = 0; k < 20; k++) {
                double[] x = {40 * r.nextDouble(), 200 * r.nextDouble(), r.nextDouble()};
                double[] d = rhs(f, x);
                double balance = q1 * d[0] + d[1] + d[2] / q2;
                assertClose("GlycolyticOscillation balance", q1 * p(f, "nu") - p(f, "k") * x[2] / q2, balance,
                        q1 * (p(f, "nu") + Math.abs(d[0])) + Math.abs(d[1]) + p(f, "s2"));
            }
        }
        Flow f = f0;
        assertEquals(0.0, p(f, "d"), 0.0);
        double nu = p(f, "nu");
        double q1 = p(f, "q1");
        double s1 = p(f, "s1");
        double s2 = p(f, "s2");
        double c = q1 * p(f, "q2") * nu / p(f, "k");
        double pc2 = (1 + c) * (1 + c);
        double b = q1 * nu / s2 * (p(f, "l2") + pc2) / pc2;
        double bb = (1 + b) * (1 + b);
        double rr = nu / s1;
        double qa = (1 - rr) * bb;
        double qb = (1 - 2 * rr) * bb;
        double qc = -rr * (p(f, "l1") + bb);
        double a = (-qb + Math.sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
        assertTrue(a > 0 && b > 0 && c > 0);
        double[] x = {a, b, c};
        assertVanishes(f, x, nu, 0);
        assertVanishes(f, x, q1 * nu, 1);
        assertVanishes(f, x, q1 * nu, 2);

        // with d = 0.1, b* solves η(b, c*) = q1ν/s2 by bisection (η → 1/d as b → ∞)
        Flow fd = f0.withParameter("d", 0.1);
        double dd = p(fd, "d");
        double l2 = p(fd, "l2");
        double bd = bisect(u -> u * (1 + dd * u) * pc2 / (l2 + (1 + dd * u) * (1 + dd * u) * pc2) - q1 * nu / s2, 0, 1e4);
        double bbd = (1 + bd) * (1 + bd);
        double qad = (1 - rr) * bbd;
        double qbd = (1 - 2 * rr) * bbd;
        double qcd = -rr * (p(f, "l1") + bbd);
        double ad = (-qbd + Math.sqrt(qbd * qbd - 4 * qad * qcd)) / (2 * qad);
        double[] xd = {ad, bd, c};
        assertVanishes(fd, xd, nu, 0);
        assertVanishes(fd, xd, q1 * nu, 1);
        assertVanishes(fd, xd, q1 * nu, 2);
    }

    // GuckenheimerHolmes — equilibrium on the z axis (e − z² − az³ = 0 by bisection); in
    // cylindrical form: x·ẏ − y·ẋ = b·r² − d·z·y·r², x·ẋ + y·ẏ = (a + cz)·r² + d·z·x·r²,
    // ż(x, y, z) − ż(0, 0, z) = −f·r²; divergence 2a + 2cz + 2dzx − 2z − 3az².
    @Test
    void guckenheimerHolmes() {
        Flow f = new GuckenheimerHolmes();
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double e = p(f, "e");
        double z0 = bisect(z -> e - z * z - a * z * z * z, 0, 3);
        assertEquilibrium(f, new double[] {0, 0, z0}, 10);
        Random r = new Random(7);
        for (int k = 0; k < 20; k++) {
            double x = r.nextGaussian();
            double y = r.nextGaussian();
            double z = r.nextGaussian();
            double r2 = x * x + y * y;
            double[] v = rhs(f, x, y, z);
            double scale = 100 * (1 + r2) * (1 + Math.abs(z));
            assertClose("GuckenheimerHolmes angular", b * r2 - d * z * y * r2, x * v[1] - y * v[0], scale);
            assertClose("GuckenheimerHolmes radial", (a + c * z) * r2 + d * z * x * r2, x * v[0] + y * v[1], scale);
            assertClose("GuckenheimerHolmes axial", -p(f, "f") * r2, v[2] - rhs(f, 0, 0, z)[2], scale);
            assertDivergence(f, 2 * a + 2 * c * z + 2 * d * z * x - 2 * z - 3 * a * z * z, scale, x, y, z);
        }
    }

    // Hadley — steady circulation: for given x, (y, z) solve the linear pair
    // (x − 1)y − bxz = −g, bxy + (x − 1)z = 0, so y² + z² = g²/((x − 1)² + b²x²) and x is the
    // root of a(f − x) = g²/((x − 1)² + b²x²) (bisection); divergence −a + 2(x − 1).
    @Test
    void hadley() {
        Flow fl = new Hadley();
        double a = p(fl, "a");
        double b = p(fl, "b");
        double f = p(fl, "f");
        double g = p(fl, "g");
        double x = bisect(u -> a * (f - u) - g * g / ((u - 1) * (u - 1) + b * b * u * u), 0, f);
        double den = (x - 1) * (x - 1) + b * b * x * x;
        double[] s = {x, -g * (x - 1) / den, b * x * g / den};
        assertEquilibrium(fl, s, 100);
        Random r = new Random(8);
        for (int k = 0; k < 10; k++) {
            double[] q = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            assertDivergence(fl, -a + 2 * (q[0] - 1), 10, q);
        }
    }

    // HastingsPowell — coexistence equilibrium in closed form: F2(y*) = d2 gives
    // y* = d2/(a2 − b2·d2); (1 − x)(1 + b1x) = a1·y* gives x*; z* = y*(F1(x*) − d1)/d2.
    @Test
    void hastingsPowell() {
        Flow f = new HastingsPowell();
        double a1 = p(f, "a1");
        double a2 = p(f, "a2");
        double b1 = p(f, "b1");
        double b2 = p(f, "b2");
        double d1 = p(f, "d1");
        double d2 = p(f, "d2");
        double y = d2 / (a2 - b2 * d2);
        double x = ((b1 - 1) + Math.sqrt((b1 - 1) * (b1 - 1) + 4 * b1 * (1 - a1 * y))) / (2 * b1);
        double z = y * (a1 * x / (1 + b1 * x) - d1) / d2;
        assertTrue(x > 0 && y > 0 && z > 0);
        assertEquilibrium(f, new double[] {x, y, z}, 10);
    }

    // HenonHeiles — Hamiltonian: H = (px² + py²)/2 + (x² + y²)/2 + λ(x²y − y³/3) is conserved,
    // ∇H·f = 0 at random points (default λ and λ = 0.7).
    @Test
    void henonHeiles() {
        Flow f0 = new HenonHeiles();
        for (Flow f : new Flow[] {f0, f0.withParameter("lam", 0.7)}) {
            double lam = p(f, "lam");
            Random r = new Random(9);
            for (int k = 0; k < 20; k++) {
                double x = r.nextGaussian();
                double y = r.nextGaussian();
                double px = r.nextGaussian();
                double py = r.nextGaussian();
                double[] d = rhs(f, x, y, px, py);
                double[] grad = {x + 2 * lam * x * y, y + lam * x * x - lam * y * y, px, py};
                double dH = 0;
                double scale = 0;
                for (int i = 0; i < 4; i++) {
                    dH += grad[i] * d[i];
                    scale += Math.abs(grad[i] * d[i]);
                }
                assertClose("HenonHeiles dH/dt", 0, dH, scale);
            }
        }
    }

    // HindmarshRose — equilibrium: z = c − s·x, y = tx·x + a·x³ − b·x² − z, with x the root of
    // a·x³ + (d − b)·x² + s·x − c = 0 (bisection; d set to 1.5 so that d − b ≠ 0);
    // divergence −1 + (2bx − 3ax²)/tx − 1/tz.
    @Test
    void hindmarshRose() {
        Flow f = new HindmarshRose().withParameter("d", 1.5);
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double s = p(f, "s");
        double tx = p(f, "tx");
        double x = bisect(u -> a * u * u * u + (d - b) * u * u + s * u - c, -10, 10);
        double z = c - s * x;
        double y = tx * x + a * x * x * x - b * x * x - z;
        assertEquilibrium(f, new double[] {x, y, z}, 1 / tx);
        Random r = new Random(10);
        for (int k = 0; k < 10; k++) {
            double[] q = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            assertDivergence(f, -1 + (2 * b * q[0] - 3 * a * q[0] * q[0]) / tx - 1 / p(f, "tz"), 1000, q);
        }
    }

    // Hopfield — every unit has exactly three inhibitory inputs (row sums of k are −3), so the
    // diagonal x = u·(1, …, 1) is invariant; with β = 0.3 it holds an equilibrium where
    // u/τ = (1 + tanh(−3εu))/2 − β (bisection). With β = 1/2 the origin is an equilibrium.
    // No self-coupling: the divergence is −6/τ everywhere.
    @Test
    void hopfield() {
        Flow f0 = new Hopfield();
        Flow f = f0.withParameter("beta", 0.3);
        double tau = p(f, "tau");
        double eps = p(f, "eps");
        double u = bisect(v -> 0.5 * (1 + Math.tanh(-3 * eps * v)) - 0.3 - v / tau, 0, 1);
        double[] x = new double[6];
        Arrays.fill(x, u);
        assertEquilibrium(f, x, 1);
        assertEquals(0.5, p(f0, "beta"), 0.0);
        assertEquilibrium(f0, new double[6], 1);
        Random r = new Random(12);
        for (int k = 0; k < 10; k++) {
            double[] q = new double[6];
            for (int i = 0; i < 6; i++) {
                q[i] = r.nextGaussian() * 0.3;
            }
            assertDivergence(f0, -6 / tau, 10, q);
        }
    }

    // HyperBao — equilibria exist for d < 0 (here d = −0.1): x = ±√(bc), y = ±√(−eb/d),
    // z = xy/b, w = a(x − y); symmetry (x, y, z, w) → (−x, −y, z, −w); divergence c − a − b.
    @Test
    void hyperBao() {
        Flow f = new HyperBao().withParameter("d", -0.1);
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double e = p(f, "e");
        for (double sx : new double[] {-1, 1}) {
            for (double sy : new double[] {-1, 1}) {
                double x = sx * Math.sqrt(b * c);
                double y = sy * Math.sqrt(-e * b / d);
                assertEquilibrium(f, new double[] {x, y, x * y / b, a * (x - y)}, 1e4);
            }
        }
        Flow f0 = new HyperBao();
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 13);
        assertDivergence(f0, c - a - b, 100, 1, 2, 3, 4);
    }

    // HyperCai — for e = 0 a line of equilibria x = y = s, z = s²/d, w = s³/d − (b + c)s; the
    // linearisation at the origin has det(λI − J) = (λ + d)(λ³ − (c − a)λ² − a(b + c)λ + ae);
    // symmetry (x, y, z, w) → (−x, −y, z, −w).
    @Test
    void hyperCai() {
        Flow f0 = new HyperCai();
        Flow f = f0.withParameter("e", 0.0);
        double a = p(f0, "a");
        double b = p(f0, "b");
        double c = p(f0, "c");
        double d = p(f0, "d");
        double e = p(f0, "e");
        for (double s : new double[] {-7.5, 2.25, 11}) {
            assertEquilibrium(f, new double[] {s, s, s * s / d, s * s * s / d - (b + c) * s}, 1e4);
        }
        assertCharPoly(f0, new double[4], l -> (l + d) * (l * l * l - (c - a) * l * l - a * (b + c) * l + a * e));
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 14);
    }

    // HyperJha — equilibria (for d = 5, where they are real): x² = ac(1 − b)/(b/d − a),
    // y = bcx/(c + x²), z = bx²/(c + x²), w = a(x − y); linearisation at the origin:
    // det(λI − J) = (λ + c)(λ − d)(λ² + (a + 1)λ + a(1 − b)).
    @Test
    void hyperJha() {
        Flow f0 = new HyperJha();
        Flow f = f0.withParameter("d", 5.0);
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(a * c * (1 - b) / (b / d - a));
            double y = b * c * x / (c + x * x);
            assertEquilibrium(f, new double[] {x, y, b * x * x / (c + x * x), a * (x - y)}, 1e4);
        }
        double d0 = p(f0, "d");
        assertCharPoly(f0, new double[4], l -> (l + c) * (l - d0) * (l * l + (a + 1) * l + a * (1 - b)));
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 15);
    }

    // HyperLorenz — equilibria (for d = 5, where they are real): x² = ab(1 − c)/(c/d − a),
    // y = bcx/(b + x²), z = cx²/(b + x²), w = a(x − y); linearisation at the origin:
    // det(λI − J) = (λ + b)(λ − d)(λ² + (a + 1)λ + a(1 − c)).
    @Test
    void hyperLorenz() {
        Flow f0 = new HyperLorenz();
        Flow f = f0.withParameter("d", 5.0);
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(a * b * (1 - c) / (c / d - a));
            double y = b * c * x / (b + x * x);
            assertEquilibrium(f, new double[] {x, y, c * x * x / (b + x * x), a * (x - y)}, 1e4);
        }
        double d0 = p(f0, "d");
        assertCharPoly(f0, new double[4], l -> (l + b) * (l - d0) * (l * l + (a + 1) * l + a * (1 - c)));
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 16);
    }

    // HyperLu — nontrivial equilibria at the default parameters: x = ±√(bc),
    // y = ax/(a − c/d), z = xy/b, w = −cy/d; divergence c + d − a − b; symmetry
    // (x, y, z, w) → (−x, −y, z, −w).
    @Test
    void hyperLu() {
        Flow f = new HyperLu();
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(b * c);
            double y = a * x / (a - c / d);
            assertEquilibrium(f, new double[] {x, y, x * y / b, -c * y / d}, 1e4);
        }
        assertDivergence(f, c + d - a - b, 100, 1, 2, 3, 4);
        assertSignSymmetry(f, new double[] {-1, -1, 1, -1}, 20, 17);
    }

    // HyperPang — for d = 0 a line of equilibria x = y = s, z = s²/b, w = s³/b − cs; linearisation
    // at the origin: det(λI − J) = (λ + b)(λ³ − (c − a)λ² + (d − ac)λ + 2ad).
    @Test
    void hyperPang() {
        Flow f0 = new HyperPang();
        Flow f = f0.withParameter("d", 0.0);
        double a = p(f0, "a");
        double b = p(f0, "b");
        double c = p(f0, "c");
        double d = p(f0, "d");
        for (double s : new double[] {-7.5, 2.25, 11}) {
            assertEquilibrium(f, new double[] {s, s, s * s / b, s * s * s / b - c * s}, 1e4);
        }
        assertCharPoly(f0, new double[4], l -> (l + b) * (l * l * l - (c - a) * l * l + (d - a * c) * l + 2 * a * d));
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 18);
    }

    // HyperQi — equilibria (real for e = 4): z solves z² + (a − b)z − 2ab = 0,
    // K = c + e(c + f)/(d − e), x² = Kzb/(z − b), y = x(z − b)/b, w = (c + f)z/(d − e);
    // symmetry (x, y, z, w) → (−x, −y, z, w); divergence b − a − c − d.
    @Test
    void hyperQi() {
        Flow f0 = new HyperQi();
        Flow fl = f0.withParameter("e", 4.0);
        double a = p(fl, "a");
        double b = p(fl, "b");
        double c = p(fl, "c");
        double d = p(fl, "d");
        double e = p(fl, "e");
        double f = p(fl, "f");
        double z = (-(a - b) + Math.sqrt((a - b) * (a - b) + 8 * a * b)) / 2;
        double kk = c + e * (c + f) / (d - e);
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(kk * z * b / (z - b));
            assertEquilibrium(fl, new double[] {x, x * (z - b) / b, z, (c + f) * z / (d - e)}, 1e5);
        }
        assertSignSymmetry(f0, new double[] {-1, -1, 1, 1}, 50, 19);
        assertDivergence(f0, b - a - c - d, 100, 1, 2, 3, 4);
    }

    // HyperRossler — equilibria x = ±√(b(c/d − a)), z = −b/x, y = −z, w = cz/d; divergence
    // a + x + d.
    @Test
    void hyperRossler() {
        Flow f = new HyperRossler();
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(b * (c / d - a));
            double z = -b / x;
            assertEquilibrium(f, new double[] {x, -z, z, c * z / d}, 100);
        }
        Random r = new Random(20);
        for (int k = 0; k < 10; k++) {
            double[] q = {50 * r.nextGaussian(), 10 * r.nextGaussian(), 10 * r.nextGaussian(), 40 * r.nextGaussian()};
            assertDivergence(f, a + q[0] + d, 100, q);
        }
    }

    // HyperWang — for d = 0 a line of equilibria x = y = s, z = es²/c, w = es³/c − bs;
    // linearisation at the origin: det(λI − J) = (λ + c)(λ³ + aλ² − abλ + ad); symmetry
    // (x, y, z, w) → (−x, −y, z, −w).
    @Test
    void hyperWang() {
        Flow f0 = new HyperWang();
        Flow f = f0.withParameter("d", 0.0);
        double a = p(f0, "a");
        double b = p(f0, "b");
        double c = p(f0, "c");
        double d = p(f0, "d");
        double e = p(f0, "e");
        for (double s : new double[] {-7.5, 2.25, 11}) {
            assertEquilibrium(f, new double[] {s, s, e * s * s / c, e * s * s * s / c - b * s}, 1e5);
        }
        assertCharPoly(f0, new double[4], l -> (l + c) * (l * l * l + a * l * l - a * b * l + a * d));
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 21);
    }

    // HyperXu — equilibria (real for d < 0, here d = −2): z = −b/e, x² = −cd, y = −bx/(de),
    // w = a(x − y); symmetry (x, y, z, w) → (−x, −y, z, −w); divergence −a − c.
    @Test
    void hyperXu() {
        Flow f0 = new HyperXu();
        Flow f = f0.withParameter("d", -2.0);
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double e = p(f, "e");
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(-c * d);
            double y = -b * x / (d * e);
            assertEquilibrium(f, new double[] {x, y, -b / e, a * (x - y)}, 1e3);
        }
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 22);
        assertDivergence(f0, -a - c, 100, 1, 2, 3, 4);
    }

    // HyperYan — equilibria x = y = ±√(b(2c − a)), z = 2c − a, w = 0; linearisation at the origin:
    // det(λI − J) = (λ² − (c − a)λ + a² − 2ac)(λ + b)(λ + d); divergence c − a − b − d + x − y;
    // the (x − y)z terms cancel in d(z + w)/dt = −bz + xy − (1 + d)w.
    @Test
    void hyperYan() {
        Flow f = new HyperYan();
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        for (double sg : new double[] {-1, 1}) {
            double x = sg * Math.sqrt(b * (2 * c - a));
            assertEquilibrium(f, new double[] {x, x, 2 * c - a, 0}, 1e4);
        }
        assertCharPoly(f, new double[4], l -> (l * l - (c - a) * l + a * a - 2 * a * c) * (l + b) * (l + d));
        Random r = new Random(23);
        for (int k = 0; k < 10; k++) {
            double[] q = {10 * r.nextGaussian(), 10 * r.nextGaussian(), 10 * r.nextGaussian(), r.nextGaussian()};
            assertDivergence(f, c - a - b - d + q[0] - q[1], 100, q);
            double[] v = rhs(f, q);
            assertClose("HyperYan d(z + w)/dt", -b * q[2] + q[0] * q[1] - (1 + d) * q[3], v[2] + v[3],
                    1000 * (1 + maxAbs(q)));
        }
    }

    // HyperYangChen — for d = 0 a line of equilibria x = y = s, z = s²/b, w = s³/b − cs;
    // linearisation at the origin: det(λI − J) = (λ + b)(λ³ + aλ² − acλ + ad); symmetry
    // (x, y, z, w) → (−x, −y, z, −w).
    @Test
    void hyperYangChen() {
        Flow f0 = new HyperYangChen();
        Flow f = f0.withParameter("d", 0.0);
        double a = p(f0, "a");
        double b = p(f0, "b");
        double c = p(f0, "c");
        double d = p(f0, "d");
        for (double s : new double[] {-7.5, 2.25, 11}) {
            assertEquilibrium(f, new double[] {s, s, s * s / b, s * s * s / b - c * s}, 1e4);
        }
        assertCharPoly(f0, new double[4], l -> (l + b) * (l * l * l + a * l * l - a * c * l + a * d));
        assertSignSymmetry(f0, new double[] {-1, -1, 1, -1}, 20, 24);
    }
}
