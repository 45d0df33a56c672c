package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Independent checks that the discrete maps implement the published equations: fixed points and
 * images of special points derived by hand, symmetries, closed-form Jacobian determinants
 * (evaluated from finite differences of {@code next}, so they test the map, not its Jacobian
 * code), known identities, a direct numerical integration of the blinking-vortex flow, and
 * round trips {@code previous(next(x)) = x} of every inverse on its attractor.
 */
class MapsEquationsTest {

    private static final double TOL = 1e-12;
    /** Tolerance on determinants and derivatives taken by central finite differences. */
    private static final double FD_TOL = 1e-7;

    private static DiscreteMap map(String name) {
        return Catalog.map(name);
    }

    private static double[] next(DiscreteMap m, double... x) {
        double[] out = new double[m.dimension()];
        m.next(x, out);
        return out;
    }

    private static double[] fdJacobian(DiscreteMap m, double... x) {
        int d = m.dimension();
        double[] j = new double[d * d];
        Jacobians.centralDifference(m, x, j);
        return j;
    }

    private static double fdDeterminant(DiscreteMap m, double... x) {
        double[] j = fdJacobian(m, x);
        return j[0] * j[3] - j[1] * j[2];
    }

    private static void assertClose(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.max(1, Math.abs(expected)), what);
    }

    private static void assertImage(DiscreteMap m, double[] x, double... expected) {
        double[] y = next(m, x);
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], y[i], TOL, m.name() + " component " + i);
        }
    }

    /** Points of the default orbit after a short transient. */
    private static double[][] orbit(DiscreteMap m, int skip, int count) {
        double[] x = m.initialCondition();
        double[] y = new double[x.length];
        for (int i = 0; i < skip; i++) {
            m.next(x, y);
            double[] t = x;
            x = y;
            y = t;
        }
        double[][] pts = new double[count][];
        for (int i = 0; i < count; i++) {
            m.next(x, y);
            double[] t = x;
            x = y;
            y = t;
            pts[i] = x.clone();
        }
        return pts;
    }

    /** Round trip previous(next(x)) = x on the attractor, to 1e-12 relative to max(1, |x|). */
    private static void assertInverseRoundTrip(DiscreteMap m) {
        assertTrue(m.hasInverse(), m.name() + " must declare its inverse");
        double[] y = new double[m.dimension()];
        double[] back = new double[m.dimension()];
        for (double[] x : orbit(m, 100, 2000)) {
            m.next(x, y);
            m.previous(y, back);
            for (int i = 0; i < x.length; i++) {
                assertClose(x[i], back[i], TOL, m.name() + " inverse, component " + i + " at "
                        + java.util.Arrays.toString(x));
            }
        }
    }

    // ------------------------------------------------------------------ maps with inverses

    // Baker — hand-computed images on both sides of the fold (with a ≠ 1, so a is exercised),
    // and the inverse round trip.
    @Test
    void baker() {
        double s = 2 - 1e-10;
        DiscreteMap m = map("Baker");
        assertImage(m, new double[] {0.25, 0.5}, 0.25 * s, 0.25);
        assertImage(m, new double[] {0.75, 0.5}, 0.75 * s - 1, 0.75);
        DiscreteMap half = m.withParameter("a", 0.5);
        assertImage(half, new double[] {0.25, 0.5}, 0.25 * s, 0.125);
        assertImage(half, new double[] {0.75, 0.5}, 0.75 * s - 1, 0.625);
        assertInverseRoundTrip(m);
        assertInverseRoundTrip(half);
    }

    // Chirikov — area preservation (Jacobian determinant 1 from finite differences), a
    // hand-computed image, and the inverse round trip.
    @Test
    void chirikov() {
        DiscreteMap m = map("Chirikov");
        double k = m.parameters().get("k");
        Random rnd = new Random(1);
        for (int i = 0; i < 20; i++) {
            double p = 4 * rnd.nextDouble() - 2;
            double x = 8 * rnd.nextDouble() - 4;
            assertClose(1, fdDeterminant(m, p, x), FD_TOL, "Chirikov det J");
        }
        // (p, x) = (0, π/2): p' = k, x' = π/2 + k
        assertImage(m, new double[] {0, Math.PI / 2}, k, Math.PI / 2 + k);
        assertInverseRoundTrip(m);
    }

    // Hénon (existing class) — inverse round trip only.
    @Test
    void henonInverse() {
        assertInverseRoundTrip(map("Henon"));
    }

    // BlinkingVortexMap — direct numerical integration (RK4) of the point-vortex flow in a disk
    // (vortex at +b, image vortex a²/b), compared with one step of the map (whose frame is then
    // turned by π) and with two steps (vortex at +b, then at −b: true blinking); area
    // preservation in polar coordinates (det J = r/r'); the inverse round trip.
    @Test
    void blinkingVortexMap() {
        DiscreteMap m = map("BlinkingVortexMap");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double gamma = m.parameters().get("gamma");
        double t = m.parameters().get("t");
        double[][] pts = {{0.17, 0.33}, {0.6, 2.0}, {0.3, -1.2}, {0.8, 0.5}};
        for (double[] p : pts) {
            double[] z0 = {p[0] * Math.cos(p[1]), p[0] * Math.sin(p[1])};
            double[] z1 = integrateVortex(z0, a, b, gamma, t);
            double[] z2 = integrateVortex(z1, a, -b, gamma, t);
            double[] g1 = next(m, p);
            double[] g2 = next(m, g1);
            // one step: the lab-frame position turned by π
            assertEquals(-z1[0], g1[0] * Math.cos(g1[1]), 1e-9, "BlinkingVortexMap step 1, x");
            assertEquals(-z1[1], g1[0] * Math.sin(g1[1]), 1e-9, "BlinkingVortexMap step 1, y");
            // two steps: back in the lab frame, after the vortex has blinked to −b
            assertEquals(z2[0], g2[0] * Math.cos(g2[1]), 1e-9, "BlinkingVortexMap step 2, x");
            assertEquals(z2[1], g2[0] * Math.sin(g2[1]), 1e-9, "BlinkingVortexMap step 2, y");
            assertClose(p[0] / g1[0], fdDeterminant(m, p), 1e-6, "BlinkingVortexMap det J = r/r'");
        }
        // the blink matters: dysts's never-blinking map (+b twice) ends elsewhere
        double[] z0 = {0.17 * Math.cos(0.33), 0.17 * Math.sin(0.33)};
        double[] noBlink = integrateVortex(integrateVortex(z0, a, b, gamma, t), a, b, gamma, t);
        double[] g2 = next(m, next(m, 0.17, 0.33));
        assertTrue(Math.hypot(noBlink[0] - g2[0] * Math.cos(g2[1]), noBlink[1] - g2[0] * Math.sin(g2[1])) > 1e-3);
        assertInverseRoundTrip(m);
    }

    /** RK4 for a point vortex of circulation γ at (b, 0) inside a circle of radius a. */
    private static double[] integrateVortex(double[] z, double a, double b, double gamma, double t) {
        int n = 40_000;
        double h = t / n;
        double x = z[0];
        double y = z[1];
        double[] k = new double[2];
        for (int i = 0; i < n; i++) {
            vortexVelocity(x, y, a, b, gamma, k);
            double k1x = k[0];
            double k1y = k[1];
            vortexVelocity(x + h / 2 * k1x, y + h / 2 * k1y, a, b, gamma, k);
            double k2x = k[0];
            double k2y = k[1];
            vortexVelocity(x + h / 2 * k2x, y + h / 2 * k2y, a, b, gamma, k);
            double k3x = k[0];
            double k3y = k[1];
            vortexVelocity(x + h * k3x, y + h * k3y, a, b, gamma, k);
            x += h / 6 * (k1x + 2 * k2x + 2 * k3x + k[0]);
            y += h / 6 * (k1y + 2 * k2y + 2 * k3y + k[1]);
        }
        return new double[] {x, y};
    }

    /**
     * Velocity of the complex potential w = (γ/2πi)[log(z − b) − log(z − a²/b)]: a counter-clockwise
     * vortex at b and its image of opposite circulation, making |z| = a a streamline.
     */
    private static void vortexVelocity(double x, double y, double a, double b, double gamma, double[] v) {
        double bigA = a * a / b;
        double d1 = (x - b) * (x - b) + y * y;
        double d2 = (x - bigA) * (x - bigA) + y * y;
        double re = (x - b) / d1 - (x - bigA) / d2;
        double im = -y / d1 + y / d2;
        v[0] = gamma / (2 * Math.PI) * im;
        v[1] = gamma / (2 * Math.PI) * re;
    }

    // ------------------------------------------------------------------ one-dimensional maps

    // Logistic — at r = 4 the map is conjugate to angle doubling (x = sin²πθ ↦ sin²2πθ); at the
    // default r the fixed point is 1 − 1/r with multiplier 2 − r.
    @Test
    void logistic() {
        DiscreteMap four = map("Logistic").withParameter("r", 4.0);
        Random rnd = new Random(2);
        for (int i = 0; i < 50; i++) {
            double th = rnd.nextDouble();
            double s = Math.sin(Math.PI * th);
            double s2 = Math.sin(2 * Math.PI * th);
            assertEquals(s2 * s2, next(four, s * s)[0], 1e-14, "logistic r = 4 conjugacy");
        }
        DiscreteMap m = map("Logistic");
        double r = m.parameters().get("r");
        assertImage(m, new double[] {1 - 1 / r}, 1 - 1 / r);
        assertClose(2 - r, fdJacobian(m, 1 - 1 / r)[0], FD_TOL, "logistic multiplier");
    }

    // Chebyshev — identity with the explicit Chebyshev polynomials T_6 (default a = 6) and T_3.
    @Test
    void chebyshev() {
        DiscreteMap m6 = map("Chebyshev");
        DiscreteMap m3 = m6.withParameter("a", 3.0);
        Random rnd = new Random(3);
        for (int i = 0; i < 50; i++) {
            double x = 2 * rnd.nextDouble() - 1;
            double x2 = x * x;
            double t6 = ((32 * x2 - 48) * x2 + 18) * x2 - 1;
            double t3 = (4 * x2 - 3) * x;
            assertEquals(t6, next(m6, x)[0], TOL, "T_6");
            assertEquals(t3, next(m3, x)[0], TOL, "T_3");
        }
    }

    // Circle — the map is the lift of a degree-one circle map, f(θ + 1) = f(θ) + 1, and at
    // θ = 1/4 the sine term is exactly +k/2π (catches the sign and the 2π scaling).
    @Test
    void circle() {
        DiscreteMap m = map("Circle");
        double k = m.parameters().get("k");
        double omega = m.parameters().get("omega");
        assertImage(m, new double[] {0.25}, 0.25 + omega + k / (2 * Math.PI));
        assertImage(m, new double[] {0}, omega);
        Random rnd = new Random(4);
        for (int i = 0; i < 20; i++) {
            double th = rnd.nextDouble();
            assertEquals(next(m, th)[0] + 1, next(m, th + 1)[0], TOL, "circle lift");
        }
    }

    // Gauss — even map with f(0) = 1 + b and f(±√(ln 2 / a)) = 1/2 + b.
    @Test
    void gauss() {
        DiscreteMap m = map("Gauss");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double half = Math.sqrt(Math.log(2) / a);
        assertImage(m, new double[] {0}, 1 + b);
        assertImage(m, new double[] {half}, 0.5 + b);
        assertImage(m, new double[] {-half}, 0.5 + b);
    }

    // Ricker — fixed point x* = a with multiplier 1 − a.
    @Test
    void ricker() {
        DiscreteMap m = map("Ricker");
        double a = m.parameters().get("a");
        assertImage(m, new double[] {a}, a);
        assertImage(m, new double[] {0}, 0);
        assertClose(1 - a, fdJacobian(m, a)[0], FD_TOL, "Ricker multiplier");
    }

    // Tent — symmetry f(1 − x) = f(x), peak f(1/2) = μ, fixed points 0 and 2μ/(1 + 2μ), slope ±2μ.
    @Test
    void tent() {
        DiscreteMap m = map("Tent");
        double mu = m.parameters().get("mu");
        assertImage(m, new double[] {0.5}, mu);
        assertImage(m, new double[] {0}, 0);
        assertImage(m, new double[] {2 * mu / (1 + 2 * mu)}, 2 * mu / (1 + 2 * mu));
        assertEquals(next(m, 0.3)[0], next(m, 0.7)[0], TOL, "tent symmetry");
        assertClose(2 * mu, fdJacobian(m, 0.3)[0], FD_TOL, "tent slope left");
        assertClose(-2 * mu, fdJacobian(m, 0.7)[0], FD_TOL, "tent slope right");
    }

    // ------------------------------------------------------------------ two-dimensional maps

    // Bedhead — hand-computed images: at (0, π/2) both sines/cosines are exact; at a point where
    // x y / b = π/2 and a x − y = π (root of y² + π y − aπb/2 = 0) the image is (y − 1, x + sin(y)/b).
    @Test
    void bedhead() {
        DiscreteMap m = map("Bedhead");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        assertImage(m, new double[] {0, Math.PI / 2}, 0, 1 / b);
        double y = (-Math.PI + Math.sqrt(Math.PI * Math.PI + 2 * a * Math.PI * b)) / 2;
        double x = Math.PI * b / (2 * y);
        assertImage(m, new double[] {x, y}, y - 1, x + Math.sin(y) / b);
    }

    // Bogdanov — Jacobian determinant in closed form, det J = 1 + ε + μ x (area-preserving at the
    // default ε = μ = 0), checked with ε, μ ≠ 0; the fixed points (0, 0), (1, 0) have
    // trace 2 ∓ k.
    @Test
    void bogdanov() {
        DiscreteMap m = map("Bogdanov");
        double k = m.parameters().get("k");
        DiscreteMap p = m.withParameter("eps", 0.1).withParameter("mu", 0.2);
        Random rnd = new Random(5);
        for (int i = 0; i < 20; i++) {
            double x = 2 * rnd.nextDouble() - 0.5;
            double y = rnd.nextDouble() - 0.5;
            assertClose(1.1 + 0.2 * x, fdDeterminant(p, x, y), FD_TOL, "Bogdanov det J");
            assertClose(1, fdDeterminant(m, x, y), FD_TOL, "Bogdanov det J (defaults)");
        }
        assertImage(m, new double[] {0, 0}, 0, 0);
        assertImage(m, new double[] {1, 0}, 1, 0);
        double[] j0 = fdJacobian(m, 0, 0);
        double[] j1 = fdJacobian(m, 1, 0);
        assertClose(2 - k, j0[0] + j0[3], FD_TOL, "Bogdanov trace at (0,0)");
        assertClose(2 + k, j1[0] + j1[3], FD_TOL, "Bogdanov trace at (1,0)");
    }

    // DeJong — hand-computed images at points where the sines and cosines are exact.
    @Test
    void deJong() {
        DiscreteMap m = map("DeJong");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double c = m.parameters().get("c");
        double d = m.parameters().get("d");
        assertImage(m, new double[] {0, 0}, -1, -1);
        assertClose(1, next(m, Math.PI / (2 * b), Math.PI / (2 * a))[0], TOL, "DeJong x'");
        assertClose(2, next(m, Math.PI / (2 * c), Math.PI / d)[1], TOL, "DeJong y'");
        assertClose(2, next(m, Math.PI / b, Math.PI / (2 * a))[0], TOL, "DeJong x' (cos b x = −1)");
    }

    // DuffingMap — fixed points (0, 0) and ±(√(a − b − 1), √(a − b − 1)); constant Jacobian
    // determinant b.
    @Test
    void duffingMap() {
        DiscreteMap m = map("DuffingMap");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double s = Math.sqrt(a - b - 1);
        assertImage(m, new double[] {s, s}, s, s);
        assertImage(m, new double[] {-s, -s}, -s, -s);
        assertImage(m, new double[] {0, 0}, 0, 0);
        Random rnd = new Random(6);
        for (int i = 0; i < 20; i++) {
            assertClose(b, fdDeterminant(m, 2 * rnd.nextDouble() - 1, 2 * rnd.nextDouble() - 1), FD_TOL,
                    "DuffingMap det J");
        }
    }

    // Gingerbreadman — fixed point (1, 1); near it (x > 0) the map is linear with eigenvalues
    // e^{±iπ/3}, so every point of the central hexagon has period 6; area-preserving (det J = 1).
    @Test
    void gingerbreadman() {
        DiscreteMap m = map("Gingerbreadman");
        assertImage(m, new double[] {1, 1}, 1, 1);
        double[] x = {1.2, 0.9};
        double[] y = x;
        for (int i = 0; i < 6; i++) {
            y = next(m, y);
            if (i < 5) {
                assertFalse(Math.abs(y[0] - x[0]) < 1e-9 && Math.abs(y[1] - x[1]) < 1e-9, "period must be 6");
            }
        }
        assertEquals(x[0], y[0], TOL);
        assertEquals(x[1], y[1], TOL);
        assertClose(1, fdDeterminant(m, 1.3, 0.4), FD_TOL, "Gingerbreadman det J");
        assertClose(1, fdDeterminant(m, -1.3, 0.4), FD_TOL, "Gingerbreadman det J (x < 0)");
    }

    // GumowskiMira — constant Jacobian determinant b (derived: det = F'(x)F'(x')b − b(F'(x')F'(x) − 1));
    // fixed point (1, 0), since F(1) = 1 for every a.
    @Test
    void gumowskiMira() {
        DiscreteMap m = map("GumowskiMira");
        double b = m.parameters().get("b");
        assertImage(m, new double[] {1, 0}, 1, 0);
        assertImage(m, new double[] {0, 0}, 0, 0);
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            assertClose(b, fdDeterminant(m, 4 * rnd.nextDouble() - 2, 4 * rnd.nextDouble() - 2), FD_TOL,
                    "GumowskiMira det J");
        }
    }

    // Hopalong — hand-computed images on the kink (x = 1, sgn = 0) and on both branches at points
    // where |b x − 1 − c| is a perfect square.
    @Test
    void hopalong() {
        DiscreteMap m = map("Hopalong");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double c = m.parameters().get("c");
        assertImage(m, new double[] {1, 0.3}, 0.3 - 1, a - 2);
        double xr = (5 + c) / b; // b x − 1 − c = 4, x > 1
        assertImage(m, new double[] {xr, 0.3}, 0.3 - 1 - 2, a - xr - 1);
        double xl = (c - 8) / b; // b x − 1 − c = −9, x < 1
        assertImage(m, new double[] {xl, 0.3}, 0.3 - 1 + 3, a - xl - 1);
    }

    // Ikeda — Jacobian determinant u² (a contraction composed with a rotation); on the circle
    // x² + y² = 14 the phase 0.4 − 6/15 vanishes, so the map is x' = 1 + u x, y' = u y there.
    @Test
    void ikeda() {
        DiscreteMap m = map("Ikeda");
        double u = m.parameters().get("u");
        Random rnd = new Random(8);
        for (int i = 0; i < 20; i++) {
            assertClose(u * u, fdDeterminant(m, 3 * rnd.nextDouble() - 1, 3 * rnd.nextDouble() - 1.5), FD_TOL,
                    "Ikeda det J");
        }
        double r = Math.sqrt(14);
        assertImage(m, new double[] {r, 0}, 1 + u * r, 0);
        assertImage(m, new double[] {0, r}, 1, u * r);
        assertImage(m, new double[] {r * Math.cos(0.7), r * Math.sin(0.7)}, 1 + u * r * Math.cos(0.7),
                u * r * Math.sin(0.7));
    }

    // KaplanYorke — fixed point (0, 1/(1 − α)); hand-computed doubling mod 0.99999995;
    // constant Jacobian determinant 2α away from the cut.
    @Test
    void kaplanYorke() {
        DiscreteMap m = map("KaplanYorke");
        double alpha = m.parameters().get("alpha");
        assertImage(m, new double[] {0, 1 / (1 - alpha)}, 0, 1 / (1 - alpha));
        assertImage(m, new double[] {0.25, 1}, 0.5, alpha - 1);
        assertImage(m, new double[] {0.7, 0}, 1.4 - 0.99999995, Math.cos(4 * Math.PI * 0.7));
        assertClose(2 * alpha, fdDeterminant(m, 0.3, 0.5), FD_TOL, "KaplanYorke det J");
    }

    // MaynardSmith — fixed points on x = y solving y² + (1 − a) y − b = 0; det J = 2x.
    @Test
    void maynardSmith() {
        DiscreteMap m = map("MaynardSmith");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double disc = Math.sqrt((1 - a) * (1 - a) + 4 * b);
        for (double y : new double[] {(-(1 - a) + disc) / 2, (-(1 - a) - disc) / 2}) {
            assertImage(m, new double[] {y, y}, y, y);
        }
        assertClose(2 * 0.37, fdDeterminant(m, 0.37, -0.2), FD_TOL, "MaynardSmith det J");
    }

    // Pickover — hand-computed images at points where the sines and cosines are exact.
    @Test
    void pickover() {
        DiscreteMap m = map("Pickover");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double c = m.parameters().get("c");
        double d = m.parameters().get("d");
        assertImage(m, new double[] {0, 0}, c, d);
        assertClose(1, next(m, Math.PI / (2 * a), Math.PI / (2 * a))[0], TOL, "Pickover x'");
        assertClose(1, next(m, Math.PI / (2 * b), Math.PI / (2 * b))[1], TOL, "Pickover y'");
        assertClose(-1 - c, next(m, Math.PI / a, -Math.PI / (2 * a))[0], TOL, "Pickover x' (cos = −1)");
    }

    // Svensson — hand-computed images at points where the sines and cosines are exact.
    @Test
    void svensson() {
        DiscreteMap m = map("Svensson");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double c = m.parameters().get("c");
        double d = m.parameters().get("d");
        assertImage(m, new double[] {0, 0}, 0, c + 1);
        assertImage(m, new double[] {Math.PI / (2 * a), 0}, d, 1);
        assertImage(m, new double[] {0, Math.PI / (2 * b)}, -1, c);
    }

    // Tinkerbell — with the linear terms removed the map is complex squaring (|z'| = |z|²,
    // arg z' = 2 arg z); the Jacobian at the fixed point 0 is the linear part [[a, b], [c, d]].
    @Test
    void tinkerbell() {
        DiscreteMap m = map("Tinkerbell");
        DiscreteMap sq = m.withParameter("a", 0).withParameter("b", 0).withParameter("c", 0)
                .withParameter("d", 0);
        double r = 0.8;
        double phi = 0.6;
        assertImage(sq, new double[] {r * Math.cos(phi), r * Math.sin(phi)}, r * r * Math.cos(2 * phi),
                r * r * Math.sin(2 * phi));
        assertImage(m, new double[] {0, 0}, 0, 0);
        double[] j = fdJacobian(m, 0, 0);
        String[] names = {"a", "b", "c", "d"};
        for (int i = 0; i < 4; i++) {
            assertClose(m.parameters().get(names[i]), j[i], FD_TOL, "Tinkerbell linear part " + names[i]);
        }
    }

    // Zaslavskii — constant Jacobian determinant e^{−r}; at x = 1/4 the cosine vanishes, so the
    // image is (mod(1/4 + ν(1 + μ y), 0.99999995), e^{−r} y) with μ = (1 − e^{−r})/r.
    @Test
    void zaslavskii() {
        DiscreteMap m = map("Zaslavskii");
        double nu = m.parameters().get("nu");
        double r = m.parameters().get("r");
        double mu = (1 - Math.exp(-r)) / r;
        Random rnd = new Random(9);
        for (int i = 0; i < 20; i++) {
            double x = rnd.nextDouble();
            double[] y = next(m, x, 0.3);
            if (y[0] > 1e-4 && y[0] < 0.9999) { // away from the cut of the modulo
                assertClose(Math.exp(-r), fdDeterminant(m, x, 0.3), FD_TOL, "Zaslavskii det J");
            }
        }
        double y = 0.6;
        assertImage(m, new double[] {0.25, y}, 0.25 + nu * (1 + mu * y), Math.exp(-r) * y);
        double big = 3.0; // pushes x' past the modulus
        double u = 0.25 + nu * (1 + mu * big);
        assertImage(m, new double[] {0.25, big}, u - 0.99999995 * Math.floor(u / 0.99999995), Math.exp(-r) * big);
    }

    // ZeraouliaSprott — odd symmetry f(−x, −y) = −f(x, y); Jacobian [[−a, 0], [1, b]] at the
    // fixed point 0; at y = 1 the denominator is exactly 2.
    @Test
    void zeraouliaSprott() {
        DiscreteMap m = map("ZeraouliaSprott");
        double a = m.parameters().get("a");
        double b = m.parameters().get("b");
        double[] p = next(m, 0.7, -0.4);
        double[] q = next(m, -0.7, 0.4);
        assertEquals(-p[0], q[0], TOL);
        assertEquals(-p[1], q[1], TOL);
        assertImage(m, new double[] {0.5, 1}, -a / 4, 0.5 + b);
        double[] j = fdJacobian(m, 0, 0);
        assertClose(-a, j[0], FD_TOL, "J00");
        assertEquals(0, j[1], FD_TOL);
        assertClose(1, j[2], FD_TOL, "J10");
        assertClose(b, j[3], FD_TOL, "J11");
    }
}
