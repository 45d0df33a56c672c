package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Independent checks that batch 5 of the flows implements the published equations (as dysts codes
 * them): equilibria derived by hand from the equations, symmetries, conserved quantities or
 * Hamiltonian structure, and divergences known in closed form. Nothing here uses the analytic
 * Jacobians under test; linearisations are taken by central finite differences of {@code rhs}.
 *
 * <p>Where a check is an equilibrium, it is also shown to be able to fail: perturbing any parameter
 * that enters a non-vanishing term moves the vector field away from zero at the same point.
 */
class FlowsBatch5EquationsTest {

    /** Relative tolerance for exact identities (equilibria, symmetries). */
    private static final double EXACT = 1e-12;
    /** Relative tolerance for identities that go through a finite-difference derivative. */
    private static final double FD = 1e-7;

    private static Flow flow(String name) {
        return Catalog.flow(name);
    }

    private static double p(Flow f, String name) {
        return f.parameters().get(name);
    }

    private static double[] rhsAt(Flow f, double t, double[] x) {
        double[] d = new double[f.dimension()];
        f.rhs(t, x, d);
        return d;
    }

    private static double[] rhs(Flow f, double... x) {
        return rhsAt(f, 0.0, x);
    }

    private static double[] fdJacobian(Flow f, double[] x) {
        int d = f.dimension();
        double[] j = new double[d * d];
        Jacobians.centralDifference(f, 0.0, x, j);
        return j;
    }

    private static double fdTrace(Flow f, double[] x) {
        double[] j = fdJacobian(f, x);
        int d = f.dimension();
        double tr = 0;
        for (int i = 0; i < d; i++) {
            tr += j[i * d + i];
        }
        return tr;
    }

    private static double det3(double[] j) {
        return j[0] * (j[4] * j[8] - j[5] * j[7]) - j[1] * (j[3] * j[8] - j[5] * j[6])
                + j[2] * (j[3] * j[7] - j[4] * j[6]);
    }

    /** Size of the individual terms of f near x: 1 + max |∂f_i/∂x_j · x_j| (finite differences). */
    private static double termScale(Flow f, double[] x) {
        double[] j = fdJacobian(f, x);
        int d = f.dimension();
        double s = 1;
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                s = Math.max(s, Math.abs(j[i * d + k] * x[k]));
            }
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }

    /** f(x) = 0 to EXACT relative to the size of the terms at x. */
    private static void assertEquilibrium(Flow f, double... x) {
        assertVectorField(f, x, new double[f.dimension()]);
    }

    /** f(x) = expected to EXACT relative to the size of the terms at x. */
    private static void assertVectorField(Flow f, double[] x, double[] expected) {
        double[] d = rhs(f, x);
        double tol = EXACT * termScale(f, x);
        for (int i = 0; i < d.length; i++) {
            assertEquals(expected[i], d[i], tol, f.name() + " component " + i + " at " + java.util.Arrays.toString(x));
        }
    }

    /**
     * The check at x is sensitive to each named parameter: changing it (×1.1, or to 0.5 if 0) makes
     * f(x) differ from {@code expected} by far more than the tolerance.
     */
    private static void assertSensitive(Flow f, double[] x, double[] expected, String... params) {
        double scale = termScale(f, x);
        for (String name : params) {
            double v = p(f, name);
            Flow g = f.withParameter(name, v == 0 ? 0.5 : 1.1 * v);
            double[] d = rhs(g, x);
            double err = 0;
            for (int i = 0; i < d.length; i++) {
                err = Math.max(err, Math.abs(d[i] - expected[i]));
            }
            assertTrue(err > 1e-6 * scale, f.name() + ": check is insensitive to parameter " + name);
        }
    }

    private static double[] randomPoint(Random rng, double[] centre, double halfWidth) {
        double[] x = new double[centre.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = centre[i] + halfWidth * (2 * rng.nextDouble() - 1);
        }
        return x;
    }

    /** A root of g in [lo, hi] (g(lo), g(hi) of opposite signs) by bisection to machine precision. */
    private static double bisect(java.util.function.DoubleUnaryOperator g, double lo, double hi) {
        double glo = g.applyAsDouble(lo);
        assertTrue(glo * g.applyAsDouble(hi) < 0, "bracket");
        for (int k = 0; k < 2000; k++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            double gm = g.applyAsDouble(mid);
            if ((gm < 0) == (glo < 0)) {
                lo = mid;
                glo = gm;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    // Sakarya — equilibria derived by hand. With z = u: y = x(qu − p)/b, x² = bcu/(r(qu − p)), and
    // u solves s·q·u² + (h·q − s·p)·u + (a·b − h·p) = 0. Four real equilibria for the JSON values.
    @Test
    void sakaryaEquilibria() {
        Flow f = flow("Sakarya");
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double h = p(f, "h");
        double pp = p(f, "p");
        double q = p(f, "q");
        double r = p(f, "r");
        double s = p(f, "s");
        double qa = s * q;
        double qb = h * q - s * pp;
        double qc = a * b - h * pp;
        double disc = Math.sqrt(qb * qb - 4 * qa * qc);
        int found = 0;
        for (double u : new double[] {(-qb + disc) / (2 * qa), (-qb - disc) / (2 * qa)}) {
            double x2 = b * c * u / (r * (q * u - pp));
            assertTrue(x2 > 0);
            for (double sign : new double[] {1, -1}) {
                double x = sign * Math.sqrt(x2);
                double[] e = {x, x * (q * u - pp) / b, u};
                assertEquilibrium(f, e);
                assertSensitive(f, e, new double[3], "a", "b", "c", "h", "p", "q", "r", "s");
                found++;
            }
        }
        assertEquals(4, found);
    }

    // SaltonSea — interior (coexistence) equilibrium derived by hand: θ·y/(y + a) = d gives
    // y* = d·a/(θ − d); the logistic x-equation gives x* = k(1 − λy*/r) − y*; the y-equation
    // gives z* = (λx* − μ)(y* + a)/m.
    @Test
    void saltonSeaInteriorEquilibrium() {
        Flow f = flow("SaltonSea");
        double a = p(f, "a");
        double d = p(f, "d");
        double k = p(f, "k");
        double lam = p(f, "lam");
        double m = p(f, "m");
        double mu = p(f, "mu");
        double r = p(f, "r");
        double th = p(f, "th");
        double y = d * a / (th - d);
        double x = k * (1 - lam * y / r) - y;
        double z = (lam * x - mu) * (y + a) / m;
        assertTrue(x > 0 && y > 0 && z > 0);
        double[] e = {x, y, z};
        assertEquilibrium(f, e);
        assertSensitive(f, e, new double[3], "a", "d", "k", "lam", "m", "mu", "r", "th");
    }

    // SanUmSrisuchinwong — equilibria derived by hand: y = x, z = 0, x² + |x| = a, i.e.
    // (s, s, 0) with s = ±(√(1 + 4a) − 1)/2 (the two signs test |y| against y); and the
    // determinant of the linearisation there (finite differences) equals −tanh(s)(2s + sgn s),
    // which tests the −z·tanh(x) term that vanishes at the equilibrium.
    @Test
    void sanUmSrisuchinwongEquilibria() {
        Flow f = flow("SanUmSrisuchinwong");
        double a = p(f, "a");
        double s0 = (Math.sqrt(1 + 4 * a) - 1) / 2;
        for (double s : new double[] {s0, -s0}) {
            double[] e = {s, s, 0};
            assertEquilibrium(f, e);
            assertSensitive(f, e, new double[3], "a");
            double det = det3(fdJacobian(f, e));
            assertEquals(-Math.tanh(s) * (2 * s + Math.signum(s)), det, FD * 10);
        }
    }

    // ShimizuMorioka — equilibria derived by hand, (±√b, 0, 1), where the linearisation (finite
    // differences) has determinant −2b; plus the divergence −a − b (closed form) against the
    // finite-difference trace at random points.
    @Test
    void shimizuMoriokaEquilibriaAndDivergence() {
        Flow f = flow("ShimizuMorioka");
        double a = p(f, "a");
        double b = p(f, "b");
        for (double sign : new double[] {1, -1}) {
            double[] e = {sign * Math.sqrt(b), 0, 1};
            assertEquilibrium(f, e);
            assertSensitive(f, e, new double[3], "b");
            assertEquals(-2 * b, det3(fdJacobian(f, e)), FD * 10);
        }
        Random rng = new Random(5);
        for (int k = 0; k < 20; k++) {
            double[] x = randomPoint(rng, new double[] {0, 0, 1}, 2);
            assertEquals(-a - b, fdTrace(f, x), FD * 10);
        }
    }

    // SprottJerk — the published scalar jerk equation x''' = −μ·x'' + x'² − x: with the state read as
    // (x, x', x''), the field is (x', x'', jerk) at random points; plus the origin's linearisation
    // by finite differences (trace −μ and determinant −1, from λ³ + μλ² + 1 = 0).
    @Test
    void sprottJerkIsTheJerkEquation() {
        Flow f = flow("SprottJerk");
        double mu = p(f, "mu");
        Random rng = new Random(6);
        for (int k = 0; k < 20; k++) {
            double[] s = randomPoint(rng, new double[3], 2);
            double[] v = rhs(f, s);
            // (x, y, z) = (x, x', x''): dx/dt = x', dx'/dt = x'', dx''/dt = jerk
            assertEquals(s[1], v[0], 0.0);
            assertEquals(s[2], v[1], 0.0);
            double jerk = -mu * s[2] + s[1] * s[1] - s[0];
            assertEquals(jerk, v[2], EXACT * 10);
        }
        double[] o = {0, 0, 0};
        assertEquilibrium(f, o);
        double[] j0 = fdJacobian(f, o);
        assertEquals(-mu, j0[0] + j0[4] + j0[8], FD);
        assertEquals(-1, det3(j0), FD);
    }

    // SprottMore — energy balance: E = (x² + y²)/2 obeys dE/dt = −sgn(z)·y² exactly (the (x, y)
    // part is a unit oscillator whose damping has the sign of z); the symmetry
    // (x, y, z) → (−x, −y, z); on the z-axis the field is (0, 0, −1) (the −exp(−x²) term); and the
    // divergence −sgn(z) against the finite-difference trace; the z-nullcline is the curve
    // |y| = exp(−x²/2).
    @Test
    void sprottMoreEnergyBalanceSymmetryAndDivergence() {
        Flow f = flow("SprottMore");
        Random rng = new Random(7);
        for (int k = 0; k < 40; k++) {
            double[] x = randomPoint(rng, new double[3], 2);
            double[] d = rhs(f, x);
            double dE = x[0] * d[0] + x[1] * d[1];
            assertEquals(-Math.signum(x[2]) * x[1] * x[1], dE, EXACT * 10);
            double[] m = rhs(f, -x[0], -x[1], x[2]);
            assertEquals(-d[0], m[0], EXACT);
            assertEquals(-d[1], m[1], EXACT);
            assertEquals(d[2], m[2], EXACT);
            if (Math.abs(x[2]) > 1e-3) {
                assertEquals(-Math.signum(x[2]), fdTrace(f, x), FD * 10);
            }
        }
        for (double x : new double[] {-1.7, -0.4, 0, 0.9, 2.2}) {
            for (double sign : new double[] {1, -1}) {
                double y = sign * Math.exp(-x * x / 2);
                assertEquals(0, rhs(f, x, y, 0.3)[2], EXACT);
            }
        }
        double[] axis = rhs(f, 0, 0, 0.7);
        assertEquals(0, axis[0], 0.0);
        assertEquals(0, axis[1], 0.0);
        assertEquals(-1, axis[2], EXACT);
    }

    // SprottTorus — identity derived by hand from the proof that the flow has no equilibria: on the
    // surface y² = x − x², z = −y(1 + 2x)/x the first and third components vanish and the second
    // reduces to −x. Plus the divergence 2(y + z) against the finite-difference trace.
    @Test
    void sprottTorusNoEquilibriumIdentityAndDivergence() {
        Flow f = flow("SprottTorus");
        for (double x : new double[] {0.1, 0.3, 0.5, 0.77, 0.95}) {
            for (double sign : new double[] {1, -1}) {
                double y = sign * Math.sqrt(x - x * x);
                double z = -y * (1 + 2 * x) / x;
                assertVectorField(f, new double[] {x, y, z}, new double[] {0, -x, 0});
            }
        }
        Random rng = new Random(8);
        for (int k = 0; k < 20; k++) {
            double[] x = randomPoint(rng, new double[3], 1.5);
            assertEquals(2 * (x[1] + x[2]), fdTrace(f, x), FD * 10);
        }
    }

    // StickSlipOscillator — frozen-phase equilibrium derived by hand: at v = 0 the friction torque is
    // T(0) = −t0 − β·vs³ (vs > 0), so at x ∈ {0, ±√(a/b)} and cos θ = T(0)/γ the field is (0, 0, w);
    // there the (x, v) block of the linearisation (finite differences) has determinant
    // −(a − 3b·x²) (= −a at x = 0, 2a at x = ±√(a/b));
    // the friction jump across v = vs is −2ε·t0; the divergence is ε(α − 3β(v − vs)²);
    // output rows are (x, v, cos θ).
    @Test
    void stickSlipFrozenEquilibriumFrictionAndDivergence() {
        Flow f = flow("StickSlipOscillator");
        double a = p(f, "a");
        double alpha = p(f, "alpha");
        double b = p(f, "b");
        double beta = p(f, "beta");
        double eps = p(f, "eps");
        double gamma = p(f, "gamma");
        double t0 = p(f, "t0");
        double vs = p(f, "vs");
        double w = p(f, "w");
        double torque0 = -t0 - beta * vs * vs * vs;
        double th = Math.acos(torque0 / gamma);
        for (double x : new double[] {0, Math.sqrt(a / b), -Math.sqrt(a / b)}) {
            double[] e = {x, 0, th};
            double[] expected = {0, 0, w};
            assertVectorField(f, e, expected);
            assertSensitive(f, e, expected, "beta", "gamma", "t0", "vs", "w");
            if (x != 0) {
                assertSensitive(f, e, expected, "a", "b");
            }
            double[] j = fdJacobian(f, e);
            assertEquals(-(a - 3 * b * x * x), j[0] * j[4] - j[1] * j[3], FD * 10);
        }
        double delta = 1e-9;
        double jump = rhs(f, 0.4, vs + delta, 1.1)[1] - rhs(f, 0.4, vs - delta, 1.1)[1];
        assertEquals(-2 * eps * t0, jump, 1e-7);
        Random rng = new Random(9);
        for (int k = 0; k < 20; k++) {
            double[] s = randomPoint(rng, new double[] {0, 0, 3}, 2);
            if (Math.abs(s[1] - vs) < 1e-3) {
                continue;
            }
            double u = s[1] - vs;
            assertEquals(eps * (alpha - 3 * beta * u * u), fdTrace(f, s), FD * 10);
        }
        assertTrue(f.hasPostprocessing());
        double[] out = new double[3];
        f.postprocess(new double[] {0.3, -0.2, 2.5}, out);
        assertEquals(0.3, out[0], 0.0);
        assertEquals(-0.2, out[1], 0.0);
        assertEquals(Math.cos(2.5), out[2], 0.0);
    }

    // SwingingAtwood — Hamiltonian structure: with the machine's energy
    // H = pr²/(2(m1 + m2)) + pθ²/(2·m1·r²) + g·r·(m2 − m1·cos θ) (g = 9.82 as in dysts), the field
    // is (∂H/∂pr, ∂H/∂pθ, −∂H/∂r, −∂H/∂θ) (gradient by central differences) and ∇H·f = 0;
    // output rows are (r, sin θ, pr, pθ).
    @Test
    void swingingAtwoodIsHamiltonian() {
        Flow f = flow("SwingingAtwood");
        double m1 = p(f, "m1");
        double m2 = p(f, "m2");
        double g = 9.82;
        java.util.function.ToDoubleFunction<double[]> energy = s -> s[2] * s[2] / (2 * (m1 + m2))
                + s[3] * s[3] / (2 * m1 * s[0] * s[0]) + g * s[0] * (m2 - m1 * Math.cos(s[1]));
        Random rng = new Random(10);
        for (int k = 0; k < 30; k++) {
            double[] s = {0.2 + rng.nextDouble(), 6 * rng.nextDouble() - 3, 2 * rng.nextDouble() - 1,
                2 * rng.nextDouble() - 1};
            double[] grad = new double[4];
            for (int i = 0; i < 4; i++) {
                double hstep = 1e-6 * Math.max(1, Math.abs(s[i]));
                double[] sp = s.clone();
                double[] sm = s.clone();
                sp[i] += hstep;
                sm[i] -= hstep;
                grad[i] = (energy.applyAsDouble(sp) - energy.applyAsDouble(sm)) / (sp[i] - sm[i]);
            }
            double[] d = rhs(f, s);
            double scale = 1 + maxAbs(grad);
            assertEquals(grad[2], d[0], FD * scale * 100);
            assertEquals(grad[3], d[1], FD * scale * 100);
            assertEquals(-grad[0], d[2], FD * scale * 100);
            assertEquals(-grad[1], d[3], FD * scale * 100);
            double dH = grad[0] * d[0] + grad[1] * d[1] + grad[2] * d[2] + grad[3] * d[3];
            assertEquals(0, dH, FD * scale * scale * 100);
        }
        double[] out = new double[4];
        f.postprocess(new double[] {0.3, 2.0, -0.5, 0.7}, out);
        assertEquals(0.3, out[0], 0.0);
        assertEquals(Math.sin(2.0), out[1], 0.0);
        assertEquals(-0.5, out[2], 0.0);
        assertEquals(0.7, out[3], 0.0);
    }

    // ThomasLabyrinth — equilibrium on the diagonal derived by hand: (s, s, s) with a·s = b·sin s
    // (s found by bisection in [2.5, π]); the cyclic symmetry (x, y, z) → (y, z, x); and the
    // divergence −3a against the finite-difference trace.
    @Test
    void thomasLabyrinthEquilibriumSymmetryAndDivergence() {
        Flow f = flow("ThomasLabyrinth");
        double a = p(f, "a");
        double b = p(f, "b");
        double s = bisect(u -> a * u - b * Math.sin(u), 2.5, Math.PI);
        double[] e = {s, s, s};
        assertEquilibrium(f, e);
        assertSensitive(f, e, new double[3], "a", "b");
        Random rng = new Random(11);
        for (int k = 0; k < 20; k++) {
            double[] x = randomPoint(rng, new double[3], 8);
            double[] d = rhs(f, x);
            double[] c = rhs(f, x[1], x[2], x[0]);
            assertEquals(d[1], c[0], EXACT * 100);
            assertEquals(d[2], c[1], EXACT * 100);
            assertEquals(d[0], c[2], EXACT * 100);
            assertEquals(-3 * a, fdTrace(f, x), FD * 10);
        }
    }

    // Torus — the field is the time derivative of the torus winding
    // C(t) = ((r + a cos nt) cos t, (r + a cos nt) sin t, a sin nt) (derivative by central
    // differences in t), whatever the state; this also fixes the phase conventions.
    @Test
    void torusIsTheVelocityOfATorusWinding() {
        Flow f = flow("Torus");
        double a = p(f, "a");
        double n = p(f, "n");
        double r = p(f, "r");
        Random rng = new Random(12);
        for (int k = 0; k < 30; k++) {
            double t = 20 * rng.nextDouble();
            double[] state = randomPoint(rng, new double[3], 10);
            double hs = 1e-5;
            double[] cp = curve(a, n, r, t + hs);
            double[] cm = curve(a, n, r, t - hs);
            double[] d = rhsAt(f, t, state);
            for (int i = 0; i < 3; i++) {
                assertEquals((cp[i] - cm[i]) / (2 * hs), d[i], 1e-7 * (1 + a * n * n));
            }
        }
    }

    private static double[] curve(double a, double n, double r, double t) {
        double rad = r + a * Math.cos(n * t);
        return new double[] {rad * Math.cos(t), rad * Math.sin(t), a * Math.sin(n * t)};
    }

    // Tsucs2 — identity derived by hand (for k = 0 the non-trivial equilibria are complex, so a
    // real identity is used instead): with z* = a(f + k)/(a + d·f), on the line
    // {y = x(z* − k)/f, z = z*} the field is (0, 0, c·z* + x²((z* − k)/f − ε)). Plus the symmetry
    // (x, y, z) → (−x, −y, z).
    @Test
    void tsucs2InvariantLineIdentityAndSymmetry() {
        Flow fl = flow("Tsucs2");
        double a = p(fl, "a");
        double c = p(fl, "c");
        double d = p(fl, "d");
        double eps = p(fl, "eps");
        double f = p(fl, "f");
        double k = p(fl, "k");
        assertInvariantLine(fl, a, c, d, eps, f, k);
        // the JSON has k = 0; the identity holds for any k, so also test the k·x term
        assertInvariantLine(fl.withParameter("k", 7.0), a, c, d, eps, f, 7.0);
        Random rng = new Random(13);
        for (int i = 0; i < 20; i++) {
            double[] x = randomPoint(rng, new double[] {0, 0, 40}, 30);
            double[] v = rhs(fl, x);
            double[] m = rhs(fl, -x[0], -x[1], x[2]);
            double tol = EXACT * termScale(fl, x);
            assertEquals(-v[0], m[0], tol);
            assertEquals(-v[1], m[1], tol);
            assertEquals(v[2], m[2], tol);
        }
    }

    private static void assertInvariantLine(Flow fl, double a, double c, double d, double eps, double f,
            double k) {
        double zs = a * (f + k) / (a + d * f);
        for (double x : new double[] {-7.5, -1.2, 0.4, 3.3, 11}) {
            double[] pt = {x, x * (zs - k) / f, zs};
            double[] expected = {0, 0, c * zs + x * x * ((zs - k) / f - eps)};
            assertVectorField(fl, pt, expected);
            assertSensitive(fl, pt, expected, "a", "c", "d", "eps", "f", "k");
        }
    }

    // TurchinHanski — frozen-season equilibria derived by hand: with σ = 1 − e·sin z, the weasel
    // equation vanishes on p = σ·n, and n then solves r·σ − r·n − g·n/(n² + h²) − a·σ·n/(n + d) = 0
    // (bisection in (0, σ)); there the field is (0, 0, 2πλ), and the linearisation has
    // ∂ṗ/∂p = −s·σ. Output rows are (n, p, sin z).
    @Test
    void turchinHanskiFrozenSeasonEquilibria() {
        Flow fl = flow("TurchinHanski");
        double a = p(fl, "a");
        double d = p(fl, "d");
        double e = p(fl, "e");
        double g = p(fl, "g");
        double h = p(fl, "h");
        double lamb = p(fl, "lamb");
        double r = p(fl, "r");
        double s = p(fl, "s");
        for (double z : new double[] {0, Math.PI / 2, -Math.PI / 2, 1.0}) {
            double sigma = 1 - e * Math.sin(z);
            double n = bisect(u -> r * sigma - r * u - g * u / (u * u + h * h) - a * sigma * u / (u + d),
                    1e-9, sigma);
            double[] pt = {n, sigma * n, z};
            double[] expected = {0, 0, 2 * Math.PI * lamb};
            assertVectorField(fl, pt, expected);
            assertSensitive(fl, pt, expected, "a", "d", "g", "h", "lamb", "r");
            if (z != 0) {
                assertSensitive(fl, pt, expected, "e");
            }
            double[] j = fdJacobian(fl, pt);
            assertEquals(-s * sigma, j[4], FD * 10);
        }
        double[] out = new double[3];
        fl.postprocess(new double[] {0.4, 0.1, 30363.85}, out);
        assertEquals(0.4, out[0], 0.0);
        assertEquals(0.1, out[1], 0.0);
        assertEquals(Math.sin(30363.85), out[2], 0.0);
    }

    // VallisElNino — equilibria derived by hand: y = x/(1 + x²), z = 1/(1 + x²) and
    // c(x + p) = b·y, i.e. for p = 0 (JSON) x = ±√((b − c)/c) and also (0, 0, 1); for p ≠ 0 an
    // equilibrium at a chosen x0 exists with p = b·x0/(c(1 + x0²)) − x0 (tests the −c·p term).
    @Test
    void vallisElNinoEquilibria() {
        Flow f = flow("VallisElNino");
        double b = p(f, "b");
        double c = p(f, "c");
        assertEquals(0.0, p(f, "p"), 0.0);
        for (double sign : new double[] {1, -1}) {
            double x = sign * Math.sqrt((b - c) / c);
            double[] e = {x, x / (1 + x * x), 1 / (1 + x * x)};
            assertEquilibrium(f, e);
            assertSensitive(f, e, new double[3], "b", "c", "p");
        }
        assertEquilibrium(f, 0, 0, 1);
        for (double x0 : new double[] {-3, 0.5, 2}) {
            double pp = b * x0 / (c * (1 + x0 * x0)) - x0;
            Flow g = f.withParameter("p", pp);
            double[] e = {x0, x0 / (1 + x0 * x0), 1 / (1 + x0 * x0)};
            assertEquilibrium(g, e);
            assertSensitive(g, e, new double[3], "b", "c", "p");
        }
    }

    // WangSun — equilibria derived by hand: z = −f·x·y/e, y² = a·e/(q·f), and x solves
    // (f·y/e)·x² + b·x + d·y = 0 (four real equilibria for the JSON values).
    @Test
    void wangSunEquilibria() {
        Flow fl = flow("WangSun");
        double a = p(fl, "a");
        double b = p(fl, "b");
        double d = p(fl, "d");
        double e = p(fl, "e");
        double f = p(fl, "f");
        double q = p(fl, "q");
        double y2 = a * e / (q * f);
        assertTrue(y2 > 0);
        int found = 0;
        for (double ys : new double[] {1, -1}) {
            double y = ys * Math.sqrt(y2);
            double qa = f * y / e;
            double disc = Math.sqrt(b * b - 4 * qa * d * y);
            for (double x : new double[] {(-b + disc) / (2 * qa), (-b - disc) / (2 * qa)}) {
                double[] pt = {x, y, -f * x * y / e};
                assertEquilibrium(fl, pt);
                assertSensitive(fl, pt, new double[3], "a", "b", "d", "e", "f", "q");
                found++;
            }
        }
        assertEquals(4, found);
    }

    // WindmiReduced — equilibrium derived by hand from dysts's equations (with its b2·p/2 term):
    // v = vsw, i = (b2·p/2 + b3·vsw)/b1, and p solves p^(5/4)·√vsw·(1 + tanh(d1(i − 1)))/2 = vsw²
    // (bisection; the left side increases with p). The determinant of the linearisation there
    // (finite differences) is a1·(b1·∂ṗ/∂p + (b2/2)·∂ṗ/∂i) with
    // ∂ṗ/∂p = −(5/4)p^(1/4)√vsw·(1 + tanh)/2 and ∂ṗ/∂i = −p^(5/4)√vsw·d1·sech²/2 (tests a1).
    @Test
    void windmiReducedEquilibrium() {
        Flow f = flow("WindmiReduced");
        double b1 = p(f, "b1");
        double b2 = p(f, "b2");
        double b3 = p(f, "b3");
        double d1 = p(f, "d1");
        double vsw = p(f, "vsw");
        java.util.function.DoubleUnaryOperator current = pp -> (b2 * pp / 2 + b3 * vsw) / b1;
        double pHi = (1.01 * b1 - b3 * vsw) * 2 / b2;
        double pe = bisect(pp -> Math.pow(pp, 1.25) * Math.sqrt(vsw)
                * (1 + Math.tanh(d1 * (current.applyAsDouble(pp) - 1))) / 2 - vsw * vsw, 1e-9, pHi);
        double[] e = {current.applyAsDouble(pe), vsw, pe};
        assertEquilibrium(f, e);
        assertSensitive(f, e, new double[3], "b1", "b2", "b3", "d1", "vsw");
        double arg = d1 * (e[0] - 1);
        double dpdp = -1.25 * Math.pow(pe, 0.25) * Math.sqrt(vsw) * (1 + Math.tanh(arg)) / 2;
        double dpdi = -Math.pow(pe, 1.25) * Math.sqrt(vsw) * d1 / (2 * Math.cosh(arg) * Math.cosh(arg));
        double det = p(f, "a1") * (b1 * dpdp + b2 / 2 * dpdi);
        assertEquals(det, det3(fdJacobian(f, e)), 1e-3 * Math.abs(det));
    }

    // YuWang — equilibria derived by hand: (0, 0, 1/d) and (s, s, b/c) with exp(s²) = d·b/c;
    // plus the divergence −(a + d) against the finite-difference trace.
    @Test
    void yuWangEquilibriaAndDivergence() {
        Flow f = flow("YuWang");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double s0 = Math.sqrt(Math.log(d * b / c));
        checkYuWang(f, s0);
        assertEquals(-(p(f, "a") + d), fdTrace(f, new double[] {0.3, -0.2, 10}), FD * 10);
        assertEquals(-(p(f, "a") + d), fdTrace(f, new double[] {-1.1, 0.7, 25}), FD * 10);
    }

    // YuWang2 — equilibria derived by hand: (0, 0, 1/d) and (s, s, b/c) with cosh(s²) = d·b/c;
    // plus the divergence −(a + d) against the finite-difference trace.
    @Test
    void yuWang2EquilibriaAndDivergence() {
        Flow f = flow("YuWang2");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double w = d * b / c;
        double s0 = Math.sqrt(Math.log(w + Math.sqrt(w * w - 1)));
        checkYuWang(f, s0);
        assertEquals(-(p(f, "a") + d), fdTrace(f, new double[] {0.3, -0.2, 10}), FD * 10);
        assertEquals(-(p(f, "a") + d), fdTrace(f, new double[] {-1.1, 0.7, 25}), FD * 10);
    }

    private static void checkYuWang(Flow f, double s0) {
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double[] o = {0, 0, 1 / d};
        assertEquilibrium(f, o);
        assertSensitive(f, o, new double[3], "d");
        for (double s : new double[] {s0, -s0}) {
            double[] e = {s, s, b / c};
            assertEquilibrium(f, e);
            assertSensitive(f, e, new double[3], "b", "c", "d");
        }
    }

    // ZhouChen — equilibria derived by hand: z = x·y/e, x = −b·e·y/(a·e + y²), and u = y² solves
    // (c − b·d)·u² + (2a·c·e − a·b·d·e − b²·e)·u + a²·c·e² = 0 (four real equilibria).
    @Test
    void zhouChenEquilibria() {
        Flow f = flow("ZhouChen");
        double a = p(f, "a");
        double b = p(f, "b");
        double c = p(f, "c");
        double d = p(f, "d");
        double e = p(f, "e");
        double qa = c - b * d;
        double qb = 2 * a * c * e - a * b * d * e - b * b * e;
        double qc = a * a * c * e * e;
        double disc = Math.sqrt(qb * qb - 4 * qa * qc);
        // numerically stable pair of roots
        double big = -(qb + Math.copySign(disc, qb)) / 2;
        int found = 0;
        for (double u : new double[] {big / qa, qc / big}) {
            assertTrue(u > 0);
            for (double sign : new double[] {1, -1}) {
                double y = sign * Math.sqrt(u);
                double x = -b * e * y / (a * e + u);
                double[] pt = {x, y, x * y / e};
                assertEquilibrium(f, pt);
                assertSensitive(f, pt, new double[3], "a", "b", "c", "d", "e");
                found++;
            }
        }
        assertEquals(4, found);
    }
}
