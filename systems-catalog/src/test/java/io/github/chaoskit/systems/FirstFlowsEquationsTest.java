package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Independent checks that the Rössler, Chen, Lü–Chen, Chua, Thomas, Aizawa, Halvorsen, Arneodo, Dadras,
 * Lorenz-96 and Sprott A–S flows implement the published equations.
 *
 * <p>Every expected value below (equilibria, divergences, symmetries, Lie-derivative identities,
 * invariants of the linearisation) was derived by hand from the equations of the cited papers, not
 * from the Java code. Each check runs with the catalog defaults and with every parameter perturbed by
 * a different factor, so that swapped or mis-bound parameters are caught even where two defaults are
 * equal (Rössler's a = b = 0.2). Divergences are compared both with the trace of the analytic Jacobian
 * and with the trace of a central finite-difference Jacobian of the right-hand side, so they test the
 * right-hand side itself.
 */
class FirstFlowsEquationsTest {

    // ------------------------------------------------------------------------------------------
    // Rössler, Chen, Lü–Chen, Chua, Thomas, Aizawa, Halvorsen, Arneodo, Dadras, Lorenz-96
    // ------------------------------------------------------------------------------------------

    // Rossler — equilibria (x, y, z) = (a·z, −z, z) with a·z² − c·z + b = 0; divergence a + x − c;
    // Lie-derivative identity d(½|r|²)/dt = −x·z + a·y² + b·z + x·z² − c·z².
    @Test
    void rossler() {
        for (Flow f : variants("Rossler")) {
            double a = p(f, "a");
            double b = p(f, "b");
            double c = p(f, "c");
            double disc = Math.sqrt(c * c - 4 * a * b);
            for (double z : new double[] {(c + disc) / (2 * a), (c - disc) / (2 * a)}) {
                assertEquilibrium(f, a * z, -z, z);
            }
            assertDivergence(f, x -> a + x[0] - c);
            assertRadialIdentity(f, r -> -r[0] * r[2] + a * r[1] * r[1] + b * r[2] + r[0] * r[2] * r[2]
                    - c * r[2] * r[2]);
        }
    }

    // Chen — equilibria: origin and (±√(b(2c − a)), ±√(b(2c − a)), 2c − a); divergence c − a − b;
    // symmetry (x, y, z) → (−x, −y, z); identity d(½|r|²)/dt = −a·x² + c·x·y + c·y² − b·z².
    @Test
    void chen() {
        for (Flow f : variants("Chen")) {
            double a = p(f, "a");
            double b = p(f, "b");
            double c = p(f, "c");
            double q = Math.sqrt(b * (2 * c - a));
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, q, q, 2 * c - a);
            assertEquilibrium(f, -q, -q, 2 * c - a);
            assertDivergence(f, x -> c - a - b);
            assertEquivariant(f, FirstFlowsEquationsTest::flipXy);
            assertRadialIdentity(f, r -> -a * r[0] * r[0] + c * r[0] * r[1] + c * r[1] * r[1]
                    - b * r[2] * r[2]);
        }
    }

    // LuChen — equilibria: origin and (±√(bc), ±√(bc), c); divergence c − a − b;
    // symmetry (x, y, z) → (−x, −y, z); identity d(½|r|²)/dt = a·x·y − a·x² + c·y² − b·z².
    @Test
    void luChen() {
        for (Flow f : variants("LuChen")) {
            double a = p(f, "a");
            double b = p(f, "b");
            double c = p(f, "c");
            double q = Math.sqrt(b * c);
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, q, q, c);
            assertEquilibrium(f, -q, -q, c);
            assertDivergence(f, x -> c - a - b);
            assertEquivariant(f, FirstFlowsEquationsTest::flipXy);
            assertRadialIdentity(f, r -> a * r[0] * r[1] - a * r[0] * r[0] + c * r[1] * r[1]
                    - b * r[2] * r[2]);
        }
    }

    // Chua — equilibria: origin and ±(x*, 0, −x*) with x* = (m1 − m0)/(1 + m1) in the outer
    // segment; odd symmetry r → −r; divergence −α(1 + m0) − 1 for |x| < 1 and −α(1 + m1) − 1 for
    // |x| > 1; linearisation at the origin: trace −α(1 + m0) − 1, sum of principal 2×2 minors
    // α·m0 + β, determinant −α·β·(1 + m0).
    @Test
    void chua() {
        for (Flow f : variants("Chua")) {
            double alpha = p(f, "alpha");
            double beta = p(f, "beta");
            double m0 = p(f, "m0");
            double m1 = p(f, "m1");
            double xs = (m1 - m0) / (1 + m1);
            assertTrue(Math.abs(xs) > 1, "outer equilibrium must lie outside |x| < 1");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, xs, 0, -xs);
            assertEquilibrium(f, -xs, 0, xs);
            assertEquivariant(f, v -> new double[] {-v[0], -v[1], -v[2]});
            assertDivergence(f, x -> Math.abs(x[0]) < 1 ? -alpha * (1 + m0) - 1 : -alpha * (1 + m1) - 1);
            assertLinearisation(f, new double[] {0, 0, 0}, -alpha * (1 + m0) - 1, alpha * m0 + beta,
                    -alpha * beta * (1 + m0));
        }
    }

    // Thomas — cyclic symmetry (x, y, z) → (y, z, x) and odd symmetry r → −r; equilibria (s, s, s)
    // with a·s = b·sin(s) (roots found numerically); divergence −3a; identity
    // d(½|r|²)/dt = −a|r|² + b·(x·sin y + y·sin z + z·sin x).
    @Test
    void thomas() {
        for (Flow f : variants("Thomas")) {
            double a = p(f, "a");
            double b = p(f, "b");
            List<Double> roots = roots(s -> a * s - b * Math.sin(s), -12, 12);
            assertTrue(roots.size() >= 3, "expected 0 and a symmetric pair of equilibria, got " + roots);
            for (double s : roots) {
                assertEquilibrium(f, s, s, s);
            }
            assertEquivariant(f, FirstFlowsEquationsTest::cycle);
            assertEquivariant(f, v -> new double[] {-v[0], -v[1], -v[2]});
            assertDivergence(f, x -> -3 * a);
            assertRadialIdentity(f, r -> -a * dot(r, r)
                    + b * (r[0] * Math.sin(r[1]) + r[1] * Math.sin(r[2]) + r[2] * Math.sin(r[0])));
        }
    }

    // Aizawa — rotation structure: x·ẋ + y·ẏ = (z − b)(x² + y²) and x·ẏ − y·ẋ = d·(x² + y²);
    // equilibria (0, 0, z) with c + a·z − z³/3 = 0; divergence
    // 2(z − b) + a − z² − e(x² + y²) + f·x³; identity
    // d(½|r|²)/dt = −b(x² + y²) + c·z + a·z² − z⁴/3 − e·z²(x² + y²) + f·z²·x³.
    @Test
    void aizawa() {
        for (Flow fl : variants("Aizawa")) {
            double a = p(fl, "a");
            double b = p(fl, "b");
            double c = p(fl, "c");
            double d = p(fl, "d");
            double e = p(fl, "e");
            double f = p(fl, "f");
            assertWeightedIdentity(fl, r -> new double[] {r[0], r[1], 0},
                    r -> (r[2] - b) * (r[0] * r[0] + r[1] * r[1]));
            assertWeightedIdentity(fl, r -> new double[] {-r[1], r[0], 0}, r -> d * (r[0] * r[0] + r[1] * r[1]));
            List<Double> roots = roots(z -> c + a * z - z * z * z / 3, -10, 10);
            assertTrue(!roots.isEmpty());
            for (double z : roots) {
                assertEquilibrium(fl, 0, 0, z);
            }
            assertDivergence(fl, x -> 2 * (x[2] - b) + a - x[2] * x[2] - e * (x[0] * x[0] + x[1] * x[1])
                    + f * x[0] * x[0] * x[0]);
            assertRadialIdentity(fl, r -> {
                double rho2 = r[0] * r[0] + r[1] * r[1];
                double z = r[2];
                return -b * rho2 + c * z + a * z * z - z * z * z * z / 3 - e * z * z * rho2
                        + f * z * z * r[0] * r[0] * r[0];
            });
        }
    }

    // Halvorsen — cyclic symmetry (x, y, z) → (y, z, x); equilibria origin and s·(1, 1, 1) with
    // s = −(a + 2b); divergence −3a; identity
    // d(½|r|²)/dt = −a|r|² − 2b(xy + yz + zx) − (x·y² + y·z² + z·x²).
    @Test
    void halvorsen() {
        for (Flow f : variants("Halvorsen")) {
            double a = p(f, "a");
            double b = p(f, "b");
            double s = -(a + 2 * b);
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, s, s, s);
            assertEquivariant(f, FirstFlowsEquationsTest::cycle);
            assertDivergence(f, x -> -3 * a);
            assertRadialIdentity(f, r -> -a * dot(r, r) - 2 * b * (r[0] * r[1] + r[1] * r[2] + r[2] * r[0])
                    - (r[0] * r[1] * r[1] + r[1] * r[2] * r[2] + r[2] * r[0] * r[0]));
        }
    }

    // Arneodo — equilibria: origin and (±√(a/d), 0, 0); linearisation (jerk form x''' = −c x'' − b x'
    // − a x + d x³): at the origin trace −c, minors b, determinant −a; at ±√(a/d) trace −c, minors b,
    // determinant 2a; divergence −c; identity d(½|r|²)/dt = x·y + y·z − a·x·z − b·y·z − c·z² + d·x³·z.
    @Test
    void arneodo() {
        for (Flow f : variants("Arneodo")) {
            double a = p(f, "a");
            double b = p(f, "b");
            double c = p(f, "c");
            double d = p(f, "d");
            double q = Math.sqrt(a / d);
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, q, 0, 0);
            assertEquilibrium(f, -q, 0, 0);
            assertLinearisation(f, new double[] {0, 0, 0}, -c, b, -a);
            assertLinearisation(f, new double[] {q, 0, 0}, -c, b, 2 * a);
            assertDivergence(f, x -> -c);
            assertRadialIdentity(f, r -> r[0] * r[1] + r[1] * r[2] - a * r[0] * r[2] - b * r[1] * r[2]
                    - c * r[2] * r[2] + d * r[0] * r[0] * r[0] * r[2]);
        }
    }

    // Dadras — equilibria: origin and four points with x² − x − r·e/c = 0,
    // (o·c·x/e)·y² + y − p·x = 0, z = c·x·y/e; divergence r − p − e; identity
    // d(½|r|²)/dt = x·y − p·x² + r·y² + y·z + (o + c − 1)·x·y·z − e·z².
    @Test
    void dadras() {
        for (Flow f : variants("Dadras")) {
            double c = p(f, "c");
            double e = p(f, "e");
            double o = p(f, "o");
            double pp = p(f, "p");
            double r = p(f, "r");
            assertEquilibrium(f, 0, 0, 0);
            double dx = Math.sqrt(1 + 4 * r * e / c);
            for (double x : new double[] {(1 + dx) / 2, (1 - dx) / 2}) {
                double qa = o * c * x / e;
                double dy = Math.sqrt(1 + 4 * qa * pp * x);
                for (double y : new double[] {(-1 + dy) / (2 * qa), (-1 - dy) / (2 * qa)}) {
                    assertEquilibrium(f, x, y, c * x * y / e);
                }
            }
            assertDivergence(f, x -> r - pp - e);
            assertRadialIdentity(f, v -> v[0] * v[1] - pp * v[0] * v[0] + r * v[1] * v[1] + v[1] * v[2]
                    + (o + c - 1) * v[0] * v[1] * v[2] - e * v[2] * v[2]);
        }
    }

    // Lorenz96 — for N = 4 (default), 5 and 9 sites: uniform equilibrium X_i = f; divergence −N;
    // cyclic shift symmetry X_i → X_{i+1}; energy identity d(½ΣX²)/dt = −ΣX_i² + f·ΣX_i (the
    // advection term conserves energy).
    @Test
    void lorenz96() {
        for (Flow base : variants("Lorenz96")) {
            double f = p(base, "f");
            for (int n : new int[] {4, 5, 9}) {
                Flow fl = n == base.dimension() ? base : base.withInitialCondition(new Random(n).doubles(n).toArray());
                assertEquals(n, fl.dimension());
                double[] eq = new double[n];
                Arrays.fill(eq, f);
                assertEquilibrium(fl, eq);
                assertDivergence(fl, x -> -n);
                assertEquivariant(fl, v -> {
                    double[] w = new double[v.length];
                    for (int i = 0; i < v.length; i++) {
                        w[i] = v[(i + 1) % v.length];
                    }
                    return w;
                });
                assertRadialIdentity(fl, v -> {
                    double sum = 0;
                    for (double xi : v) {
                        sum += f * xi - xi * xi;
                    }
                    return sum;
                });
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Sprott (1994), cases A–S. Each: hand-derived equilibria (where any exist), closed-form
    // divergence, and the Lie-derivative identity d(½|r|²)/dt = x·ẋ + y·ẏ + z·ż expanded by hand.
    // ------------------------------------------------------------------------------------------

    // SprottA (x' = y, y' = −x + yz, z' = 1 − y²) — no equilibria; divergence z; identity r·f = z.
    @Test
    void sprottA() {
        Flow f = Catalog.flow("SprottA");
        assertDivergence(f, x -> x[2]);
        assertRadialIdentity(f, r -> r[2]);
    }

    // SprottB (x' = yz, y' = x − y, z' = 1 − xy) — equilibria ±(1, 1, 0); divergence −1;
    // identity r·f = xy − y² + z.
    @Test
    void sprottB() {
        Flow f = Catalog.flow("SprottB");
        assertEquilibrium(f, 1, 1, 0);
        assertEquilibrium(f, -1, -1, 0);
        assertDivergence(f, x -> -1);
        assertRadialIdentity(f, r -> r[0] * r[1] - r[1] * r[1] + r[2]);
    }

    // SprottC (x' = yz, y' = x − y, z' = 1 − x²) — equilibria ±(1, 1, 0); divergence −1;
    // identity r·f = xyz + xy − y² + z − x²z.
    @Test
    void sprottC() {
        Flow f = Catalog.flow("SprottC");
        assertEquilibrium(f, 1, 1, 0);
        assertEquilibrium(f, -1, -1, 0);
        assertDivergence(f, x -> -1);
        assertRadialIdentity(f, r -> r[0] * r[1] * r[2] + r[0] * r[1] - r[1] * r[1] + r[2]
                - r[0] * r[0] * r[2]);
    }

    // SprottD (x' = −y, y' = x + z, z' = xz + 3y²) — equilibrium origin; divergence x;
    // identity r·f = yz + xz² + 3y²z.
    @Test
    void sprottD() {
        Flow f = Catalog.flow("SprottD");
        assertEquilibrium(f, 0, 0, 0);
        assertDivergence(f, x -> x[0]);
        assertRadialIdentity(f, r -> r[1] * r[2] + r[0] * r[2] * r[2] + 3 * r[1] * r[1] * r[2]);
    }

    // SprottE (x' = yz, y' = x² − y, z' = 1 − 4x) — equilibrium (1/4, 1/16, 0); divergence −1;
    // identity r·f = xyz + x²y − y² + z − 4xz.
    @Test
    void sprottE() {
        Flow f = Catalog.flow("SprottE");
        assertEquilibrium(f, 0.25, 0.0625, 0);
        assertDivergence(f, x -> -1);
        assertRadialIdentity(f, r -> r[0] * r[1] * r[2] + r[0] * r[0] * r[1] - r[1] * r[1] + r[2]
                - 4 * r[0] * r[2]);
    }

    // SprottF (x' = y + z, y' = −x + ay, z' = x² − z) — equilibria origin and (−1/a, −1/a², 1/a²);
    // divergence a − 1; identity r·f = xz + ay² + x²z − z².
    @Test
    void sprottF() {
        for (Flow f : variants("SprottF")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, -1 / a, -1 / (a * a), 1 / (a * a));
            assertDivergence(f, x -> a - 1);
            assertRadialIdentity(f, r -> r[0] * r[2] + a * r[1] * r[1] + r[0] * r[0] * r[2] - r[2] * r[2]);
        }
    }

    // SprottG (x' = ax + z, y' = xz − y, z' = −x + y) — equilibria origin and (−1/a, −1/a, 1);
    // divergence a − 1; identity r·f = ax² + xyz − y² + yz.
    @Test
    void sprottG() {
        for (Flow f : variants("SprottG")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, -1 / a, -1 / a, 1);
            assertDivergence(f, x -> a - 1);
            assertRadialIdentity(f, r -> a * r[0] * r[0] + r[0] * r[1] * r[2] - r[1] * r[1] + r[1] * r[2]);
        }
    }

    // SprottH (x' = −y + z², y' = x + ay, z' = x − z) — equilibria origin and (−1/a, 1/a², −1/a);
    // divergence a − 1; identity r·f = xz² + ay² + xz − z².
    @Test
    void sprottH() {
        for (Flow f : variants("SprottH")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, -1 / a, 1 / (a * a), -1 / a);
            assertDivergence(f, x -> a - 1);
            assertRadialIdentity(f, r -> r[0] * r[2] * r[2] + a * r[1] * r[1] + r[0] * r[2] - r[2] * r[2]);
        }
    }

    // SprottI (x' = −ay, y' = x + z, z' = x + y² − z) — equilibrium origin; divergence −1;
    // identity r·f = (1 − a)xy + yz + xz + y²z − z².
    @Test
    void sprottI() {
        for (Flow f : variants("SprottI")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertDivergence(f, x -> -1);
            assertRadialIdentity(f, r -> (1 - a) * r[0] * r[1] + r[1] * r[2] + r[0] * r[2]
                    + r[1] * r[1] * r[2] - r[2] * r[2]);
        }
    }

    // SprottJ (x' = 2z, y' = −2y + z, z' = −x + y + y²) — equilibrium origin; divergence −2;
    // identity r·f = xz − 2y² + 2yz + y²z.
    @Test
    void sprottJ() {
        Flow f = Catalog.flow("SprottJ");
        assertEquilibrium(f, 0, 0, 0);
        assertDivergence(f, x -> -2);
        assertRadialIdentity(f, r -> r[0] * r[2] - 2 * r[1] * r[1] + 2 * r[1] * r[2] + r[1] * r[1] * r[2]);
    }

    // SprottK (x' = xy − z, y' = x − y, z' = x + az) — equilibria origin and (−1/a, −1/a, 1/a²);
    // divergence y − 1 + a; identity r·f = x²y + xy − y² + az².
    @Test
    void sprottK() {
        for (Flow f : variants("SprottK")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, -1 / a, -1 / a, 1 / (a * a));
            assertDivergence(f, x -> x[1] - 1 + a);
            assertRadialIdentity(f, r -> r[0] * r[0] * r[1] + r[0] * r[1] - r[1] * r[1] + a * r[2] * r[2]);
        }
    }

    // SprottL (x' = y + bz, y' = ax² − y, z' = 1 − x) — equilibrium (1, a, −a/b); divergence −1;
    // identity r·f = xy + (b − 1)xz + ax²y − y² + z.
    @Test
    void sprottL() {
        for (Flow f : variants("SprottL")) {
            double a = p(f, "a");
            double b = p(f, "b");
            assertEquilibrium(f, 1, a, -a / b);
            assertDivergence(f, x -> -1);
            assertRadialIdentity(f, r -> r[0] * r[1] + (b - 1) * r[0] * r[2] + a * r[0] * r[0] * r[1]
                    - r[1] * r[1] + r[2]);
        }
    }

    // SprottM (x' = −z, y' = −x² − y, z' = a + ax + y) — equilibria (x, −x², 0) with
    // x² − ax − a = 0; divergence −1; identity r·f = (a − 1)xz − x²y − y² + az + yz.
    @Test
    void sprottM() {
        for (Flow f : variants("SprottM")) {
            double a = p(f, "a");
            double disc = Math.sqrt(a * a + 4 * a);
            for (double x : new double[] {(a + disc) / 2, (a - disc) / 2}) {
                assertEquilibrium(f, x, -x * x, 0);
            }
            assertDivergence(f, x -> -1);
            assertRadialIdentity(f, r -> (a - 1) * r[0] * r[2] - r[0] * r[0] * r[1] - r[1] * r[1] + a * r[2]
                    + r[1] * r[2]);
        }
    }

    // SprottN (x' = −2y, y' = x + z², z' = 1 + y − 2z) — equilibrium (−1/4, 0, 1/2); divergence −2;
    // identity r·f = −xy + yz² + z + yz − 2z².
    @Test
    void sprottN() {
        Flow f = Catalog.flow("SprottN");
        assertEquilibrium(f, -0.25, 0, 0.5);
        assertDivergence(f, x -> -2);
        assertRadialIdentity(f, r -> -r[0] * r[1] + r[1] * r[2] * r[2] + r[2] + r[1] * r[2] - 2 * r[2] * r[2]);
    }

    // SprottO (x' = y, y' = x − z, z' = x + xz + ay) — equilibria origin and (−1, 0, −1);
    // divergence x; identity r·f = 2xy + (a − 1)yz + xz + xz².
    @Test
    void sprottO() {
        for (Flow f : variants("SprottO")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, -1, 0, -1);
            assertDivergence(f, x -> x[0]);
            assertRadialIdentity(f, r -> 2 * r[0] * r[1] + (a - 1) * r[1] * r[2] + r[0] * r[2]
                    + r[0] * r[2] * r[2]);
        }
    }

    // SprottP (x' = ay + z, y' = −x + y², z' = x + y) — equilibria origin and (1, −1, a);
    // divergence 2y; identity r·f = (a − 1)xy + 2xz + y³ + yz.
    @Test
    void sprottP() {
        for (Flow f : variants("SprottP")) {
            double a = p(f, "a");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, 1, -1, a);
            assertDivergence(f, x -> 2 * x[1]);
            assertRadialIdentity(f, r -> (a - 1) * r[0] * r[1] + 2 * r[0] * r[2] + r[1] * r[1] * r[1]
                    + r[1] * r[2]);
        }
    }

    // SprottQ (x' = −z, y' = x − y, z' = ax + y² + bz) — equilibria origin and (−a, −a, 0);
    // divergence b − 1; identity r·f = (a − 1)xz + xy − y² + y²z + bz².
    @Test
    void sprottQ() {
        for (Flow f : variants("SprottQ")) {
            double a = p(f, "a");
            double b = p(f, "b");
            assertEquilibrium(f, 0, 0, 0);
            assertEquilibrium(f, -a, -a, 0);
            assertDivergence(f, x -> b - 1);
            assertRadialIdentity(f, r -> (a - 1) * r[0] * r[2] + r[0] * r[1] - r[1] * r[1]
                    + r[1] * r[1] * r[2] + b * r[2] * r[2]);
        }
    }

    // SprottR (x' = a − y, y' = b + z, z' = xy − z) — equilibrium (−b/a, a, −b); divergence −1;
    // identity r·f = ax − xy + by + yz + xyz − z².
    @Test
    void sprottR() {
        for (Flow f : variants("SprottR")) {
            double a = p(f, "a");
            double b = p(f, "b");
            assertEquilibrium(f, -b / a, a, -b);
            assertDivergence(f, x -> -1);
            assertRadialIdentity(f, r -> a * r[0] - r[0] * r[1] + b * r[1] + r[1] * r[2]
                    + r[0] * r[1] * r[2] - r[2] * r[2]);
        }
    }

    // SprottS (x' = −x − 4y, y' = x + z², z' = 1 + x) — equilibria (−1, 1/4, ±1); divergence −1;
    // identity r·f = −x² − 3xy + yz² + z + xz.
    @Test
    void sprottS() {
        Flow f = Catalog.flow("SprottS");
        assertEquilibrium(f, -1, 0.25, 1);
        assertEquilibrium(f, -1, 0.25, -1);
        assertDivergence(f, x -> -1);
        assertRadialIdentity(f, r -> -r[0] * r[0] - 3 * r[0] * r[1] + r[1] * r[2] * r[2] + r[2]
                + r[0] * r[2]);
    }

    // ------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------

    /** The default instance and one with every scalar parameter scaled by a distinct factor. */
    private static List<Flow> variants(String name) {
        Flow f = Catalog.flow(name);
        Flow g = f;
        int k = 0;
        for (String p : f.parameters().names()) {
            k++;
            double v = f.parameters().get(p);
            g = g.withParameter(p, v * (1 + 0.05 * k));
        }
        List<Flow> list = new ArrayList<>();
        list.add(f);
        list.add(g);
        return list;
    }

    private static double p(Flow f, String name) {
        return f.parameters().get(name);
    }

    private static double[] flipXy(double[] v) {
        return new double[] {-v[0], -v[1], v[2]};
    }

    private static double[] cycle(double[] v) {
        return new double[] {v[1], v[2], v[0]};
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double[] rhs(Flow f, double[] x) {
        double[] d = new double[f.dimension()];
        f.rhs(0.0, x, d);
        return d;
    }

    /** Sample points in the box [−3, 3]^d, reproducible per system. */
    private static double[][] points(Flow f) {
        Random rnd = new Random(f.name().hashCode() * 31L + f.dimension());
        double[][] pts = new double[16][f.dimension()];
        for (double[] x : pts) {
            for (int i = 0; i < x.length; i++) {
                x[i] = -3 + 6 * rnd.nextDouble();
            }
        }
        return pts;
    }

    /** f(x) = 0 to 1e-12 relative to the size of the linear terms Σ_j |∂f_i/∂x_j·x_j|. */
    private static void assertEquilibrium(Flow f, double... x) {
        int d = f.dimension();
        double[] v = rhs(f, x);
        double[] j = new double[d * d];
        Jacobians.centralDifference(f, 0.0, x, j);
        for (int i = 0; i < d; i++) {
            double scale = 1;
            for (int k = 0; k < d; k++) {
                scale += Math.abs(j[i * d + k] * x[k]);
            }
            assertTrue(Math.abs(v[i]) <= 1e-12 * scale, f.name() + f.parameters() + ": f_" + i + " = " + v[i]
                    + " at hand-derived equilibrium " + Arrays.toString(x));
        }
    }

    /** Trace of the analytic and of the finite-difference Jacobian equal the closed-form divergence. */
    private static void assertDivergence(Flow f, ToDoubleFunction<double[]> divergence) {
        int d = f.dimension();
        double[] ja = new double[d * d];
        double[] jf = new double[d * d];
        for (double[] x : points(f)) {
            if (f.name().equals("Chua") && Math.abs(Math.abs(x[0]) - 1) < 1e-3) {
                continue; // kink of the diode characteristic
            }
            f.jacobian(0.0, x, ja);
            Jacobians.centralDifference(f, 0.0, x, jf);
            double ta = 0;
            double tf = 0;
            double scale = 1;
            for (int i = 0; i < d; i++) {
                ta += ja[i * d + i];
                tf += jf[i * d + i];
                scale += Math.abs(jf[i * d + i]);
            }
            double expected = divergence.applyAsDouble(x);
            String where = f.name() + f.parameters() + " at " + Arrays.toString(x);
            assertEquals(expected, ta, 1e-12 * scale, "trace of analytic Jacobian, " + where);
            assertEquals(expected, tf, 1e-6 * scale, "trace of finite-difference Jacobian, " + where);
        }
    }

    /** f(S·x) = S·f(x) for a linear map S (a signed permutation). */
    private static void assertEquivariant(Flow f, UnaryOperator<double[]> s) {
        for (double[] x : points(f)) {
            double[] lhs = rhs(f, s.apply(x));
            double[] rhs = s.apply(rhs(f, x));
            double tol = 1e-12 * (1 + maxAbs(rhs));
            for (int i = 0; i < lhs.length; i++) {
                assertEquals(rhs[i], lhs[i], tol, f.name() + f.parameters() + ": symmetry broken in component " + i
                        + " at " + Arrays.toString(x));
            }
        }
    }

    /** d(½|r|²)/dt = r·f(r) equals a closed form derived by hand. */
    private static void assertRadialIdentity(Flow f, ToDoubleFunction<double[]> expected) {
        assertWeightedIdentity(f, x -> x, expected);
    }

    /** Σ_i w_i(x)·f_i(x) equals a closed form derived by hand, at sample points. */
    private static void assertWeightedIdentity(Flow f, UnaryOperator<double[]> weights,
            ToDoubleFunction<double[]> expected) {
        for (double[] x : points(f)) {
            double[] v = rhs(f, x);
            double[] w = weights.apply(x);
            double lhs = 0;
            double scale = 1;
            for (int i = 0; i < v.length; i++) {
                lhs += w[i] * v[i];
                scale += Math.abs(w[i] * v[i]);
            }
            double e = expected.applyAsDouble(x);
            assertEquals(e, lhs, 1e-12 * (scale + Math.abs(e)) * 10, f.name() + f.parameters()
                    + ": identity fails at " + Arrays.toString(x));
        }
    }

    /**
     * Trace, sum of principal 2×2 minors and determinant of the 3×3 Jacobian at x (the coefficients
     * of its characteristic polynomial), for both the analytic and the finite-difference Jacobian.
     */
    private static void assertLinearisation(Flow f, double[] x, double trace, double minors, double det) {
        double[] ja = new double[9];
        double[] jf = new double[9];
        f.jacobian(0.0, x, ja);
        Jacobians.centralDifference(f, 0.0, x, jf);
        double scale = 1 + Math.abs(trace) + Math.abs(minors) + Math.abs(det);
        for (double[] j : new double[][] {ja, jf}) {
            double tr = j[0] + j[4] + j[8];
            double m2 = j[0] * j[4] - j[1] * j[3] + j[0] * j[8] - j[2] * j[6] + j[4] * j[8] - j[5] * j[7];
            double dt = j[0] * (j[4] * j[8] - j[5] * j[7]) - j[1] * (j[3] * j[8] - j[5] * j[6])
                    + j[2] * (j[3] * j[7] - j[4] * j[6]);
            String where = f.name() + f.parameters() + " at " + Arrays.toString(x);
            assertEquals(trace, tr, 1e-7 * scale, "trace, " + where);
            assertEquals(minors, m2, 1e-7 * scale, "principal minors, " + where);
            assertEquals(det, dt, 1e-7 * scale, "determinant, " + where);
        }
    }

    /** All roots of g in [lo, hi], located on a fine grid and refined by bisection. */
    private static List<Double> roots(DoubleUnaryOperator g, double lo, double hi) {
        List<Double> out = new ArrayList<>();
        int n = 20000;
        double h = (hi - lo) / n;
        double x0 = lo;
        double g0 = g.applyAsDouble(x0);
        for (int k = 1; k <= n; k++) {
            double x1 = lo + k * h;
            double g1 = g.applyAsDouble(x1);
            if (g0 == 0) {
                out.add(x0);
            } else if (g1 != 0 && (g0 < 0) != (g1 < 0)) {
                double a = x0;
                double b = x1;
                double ga = g0;
                for (int it = 0; it < 200 && b - a > 0; it++) {
                    double m = 0.5 * (a + b);
                    if (m == a || m == b) {
                        break;
                    }
                    double gm = g.applyAsDouble(m);
                    if ((gm < 0) == (ga < 0)) {
                        a = m;
                        ga = gm;
                    } else {
                        b = m;
                    }
                }
                out.add(0.5 * (a + b));
            }
            x0 = x1;
            g0 = g1;
        }
        return out;
    }
}
