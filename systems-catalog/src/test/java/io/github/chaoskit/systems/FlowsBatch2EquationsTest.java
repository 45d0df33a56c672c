package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Independent checks that the flows AnishchenkoAstakhov … Duffing implement the published
 * equations (as dysts codes them): hand-derived fixed points, symmetries, conserved quantities,
 * stream functions and closed-form divergences. Derivatives of the right-hand side are taken by
 * central finite differences of {@code rhs} (never the system's own analytic Jacobian).
 */
class FlowsBatch2EquationsTest {

    private static final Random RNG = new Random(20240611L);

    // ---------------------------------------------------------------- helpers

    private static Flow flow(String name) {
        return (Flow) Catalog.get(name);
    }

    private static double[] f(Flow fl, double... x) {
        double[] out = new double[fl.dimension()];
        fl.rhs(0.0, x, out);
        return out;
    }

    /** Finite-difference Jacobian of the right-hand side (independent of the analytic one). */
    private static double[] fdJacobian(Flow fl, double... x) {
        int d = fl.dimension();
        double[] j = new double[d * d];
        Jacobians.centralDifference(fl, 0.0, x, j);
        return j;
    }

    /** Central-difference gradient of a scalar function. */
    private static double[] gradient(ToDoubleFunction<double[]> h, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double step = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += step;
            xm[i] -= step;
            g[i] = (h.applyAsDouble(xp) - h.applyAsDouble(xm)) / (xp[i] - xm[i]);
        }
        return g;
    }

    private static double uniform(double lo, double hi) {
        return lo + (hi - lo) * RNG.nextDouble();
    }

    /** |f_i(x)| ≤ tol·scale for every component: x is an equilibrium. */
    private static void assertFixedPoint(Flow fl, double scale, double... x) {
        double[] v = f(fl, x);
        for (int i = 0; i < v.length; i++) {
            assertEquals(0.0, v[i], 1e-12 * scale, fl.name() + " component " + i + " at " + Arrays.toString(x)
                    + ": " + Arrays.toString(v));
        }
    }

    private static void assertClose(double expected, double actual, double relTol, String what) {
        double tol = relTol * Math.max(1e-300, Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }

    private static Parameters withVector(Parameters p, String name, double[] value) {
        Map<String, Object> m = new HashMap<>(p.asMap());
        m.put(name, value);
        return Parameters.of(m);
    }

    // ---------------------------------------------------------------- AnishchenkoAstakhov

    // Closed-form divergence (μ − z − η, independent of the Heaviside switch) and values worked out
    // by hand on both sides of the switch x = 0.
    @Test
    void anishchenkoAstakhov() {
        Flow fl = flow("AnishchenkoAstakhov");
        double mu = 1.2;
        double eta = 0.5;
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-3, 3), uniform(-3, 3), uniform(-1, 4)};
            double[] j = fdJacobian(fl, x);
            assertEquals(mu - x[2] - eta, j[0] + j[4] + j[8], 1e-7);
        }
        // x > 0: (1.2·2 + 1 − 2·3, −2, −0.5·3 + 0.5·2²)
        assertArrayClose(new double[] {-2.6, -2.0, 0.5}, f(fl, 2, 1, 3), 1e-14);
        // x < 0: the quadratic source in dz/dt is switched off
        assertArrayClose(new double[] {4.6, 2.0, -1.5}, f(fl, -2, 1, 3), 1e-14);
    }

    private static void assertArrayClose(double[] expected, double[] actual, double tol) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol * Math.max(1, Math.abs(expected[i])),
                    "component " + i + ": " + Arrays.toString(actual));
        }
    }

    // ---------------------------------------------------------------- ArnoldBeltramiChildress

    // Beltrami property of the ABC flow: curl f = f everywhere (for any a, b, c).
    @Test
    void arnoldBeltramiChildress() {
        Flow fl = flow("ArnoldBeltramiChildress");
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-7, 7), uniform(-7, 7), uniform(-7, 7)};
            double[] j = fdJacobian(fl, x);
            double[] v = f(fl, x);
            double[] curl = {j[7] - j[5], j[2] - j[6], j[3] - j[1]};
            for (int i = 0; i < 3; i++) {
                assertEquals(v[i], curl[i], 1e-8, "curl component " + i);
            }
        }
    }

    // ---------------------------------------------------------------- ArnoldWeb

    // Hamiltonian structure: with H = (p1² + p2²)/2 + μ/D, D = 4 + cos z + cos x1 + cos x2, the
    // flow satisfies dp = −∂H/∂x, dx = ∂H/∂p, so along it dH/dt = ∇H·f = w·∂H/∂z.
    @Test
    void arnoldWeb() {
        Flow fl = flow("ArnoldWeb");
        double mu = 0.01;
        double w = 1;
        ToDoubleFunction<double[]> h = s -> 0.5 * (s[0] * s[0] + s[1] * s[1])
                + mu / (4 + Math.cos(s[4]) + Math.cos(s[2]) + Math.cos(s[3]));
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-1, 1), uniform(-1, 1), uniform(-7, 7), uniform(-7, 7), uniform(-7, 7)};
            double[] g = gradient(h, x);
            double[] v = f(fl, x);
            double phaseSpace = 0;
            for (int i = 0; i < 4; i++) {
                phaseSpace += g[i] * v[i];
            }
            assertEquals(0.0, phaseSpace, 1e-9, "energy exchange between rotors and momenta");
            assertEquals(w, v[4], 0.0);
        }
    }

    // ---------------------------------------------------------------- AtmosphericRegime

    // Energy budget: the quadratic coupling conserves E = (x² + y² + z²)/2, so
    // dE/dt = x·f = μ1·x² + μ2·(y² + z²) exactly (ω also drops out).
    @Test
    void atmosphericRegime() {
        Flow fl = flow("AtmosphericRegime");
        double mu1 = 0.05;
        double mu2 = -0.01;
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-2, 2), uniform(-2, 2), uniform(-2, 2)};
            double[] v = f(fl, x);
            double dE = x[0] * v[0] + x[1] * v[1] + x[2] * v[2];
            assertEquals(mu1 * x[0] * x[0] + mu2 * (x[1] * x[1] + x[2] * x[2]), dE, 1e-12);
        }
    }

    // ---------------------------------------------------------------- BeerRNN

    // Constructed fixed point: pick activations s* ∈ (0,1)³, put x* = W·s* and choose the biases
    // θ = logit(s*) − x*, so that x* = W·σ(x* + θ) is an equilibrium. Plus the closed-form
    // divergence Σ_i (−1 + w_ii·σ'(x_i + θ_i))/τ_i at random points.
    @Test
    void beerRnn() {
        Flow fl = flow("BeerRNN");
        double[][] w = {{5.422, -0.018, 2.75}, {-0.24, 4.59, 1.21}, {0.535, -2.25, 3.885}};
        double[] tau = {1.0, 2.5, 1.0};
        double[] theta = {-4.108, -2.787, -1.114};
        double[] sStar = {0.3, 0.65, 0.45};
        double[] xStar = new double[3];
        double[] th = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                xStar[i] += w[i][k] * sStar[k];
            }
        }
        for (int i = 0; i < 3; i++) {
            th[i] = Math.log(sStar[i] / (1 - sStar[i])) - xStar[i];
        }
        Flow fixed = fl.withParameters(withVector(fl.parameters(), "theta", th));
        assertFixedPoint(fixed, 10, xStar);
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-1, 7), uniform(0, 5), uniform(-1, 3)};
            double div = 0;
            for (int i = 0; i < 3; i++) {
                double s = 1 / (1 + Math.exp(-(x[i] + theta[i])));
                div += (-1 + w[i][i] * s * (1 - s)) / tau[i];
            }
            double[] j = fdJacobian(fl, x);
            assertEquals(div, j[0] + j[4] + j[8], 1e-7);
        }
    }

    // ---------------------------------------------------------------- BelousovZhabotinsky

    // Reference values: the Gyorgyi–Field right-hand side evaluated at two states with a separate
    // 30-digit (mpmath) transcription of the equations, one state with x > 0 and one with x < 0
    // (where the clipped terms must vanish). In the x < 0 half-space dz/dt reduces by hand to
    // t0·(c8·z·v + c9·z − kf·z).
    @Test
    void belousovZhabotinsky() {
        Flow fl = flow("BelousovZhabotinsky");
        assertArrayClose(new double[] {-21.60300213757946, 16.641691286193787, -0.085606888412188143},
                f(fl, 0.05, 0.7, 0.85), 1e-11);
        assertArrayClose(new double[] {477.27020181993888, -104.13267836136, -0.49833918989665806},
                f(fl, -0.002, 0.5, 0.84), 1e-11);
        double z = 0.5;
        double v = 0.84;
        assertClose(2308.62 * (-0.0831709 * z * v - 0.0199985 * z - 0.00035 * z), f(fl, -0.3, z, v)[1], 1e-12,
                "dz/dt for x < 0");
    }

    // ---------------------------------------------------------------- BickleyJet

    // Stream function: with ψ = −u·ℓ·tanh(y/ℓ) + u·ℓ·sech²(y/ℓ)·Σ ε_n·cos(k_n·(x − σ_n·z)) the
    // (y, x) motion is Hamiltonian at frozen phase z: dx/dt = ∂ψ/∂y, dy/dt = −∂ψ/∂x.
    @Test
    void bickleyJet() {
        Flow fl = flow("BickleyJet");
        double ell = 1.77;
        double u = 6.266e-5;
        double[] eps = {0.0075, 0.15, 0.3};
        double[] k = {0.313922, 0.627845, 0.941767};
        double[] sigma = {9.05854e-6, 1.28453e-5, 2.88863e-5};
        ToDoubleFunction<double[]> psi = s -> {
            double sum = 0;
            for (int n = 0; n < 3; n++) {
                sum += eps[n] * Math.cos(k[n] * (s[1] - sigma[n] * s[2]));
            }
            double ch = Math.cosh(s[0] / ell);
            return -u * ell * Math.tanh(s[0] / ell) + u * ell * sum / (ch * ch);
        };
        for (int m = 0; m < 20; m++) {
            double[] x = {uniform(-3, 3), uniform(-20, 20), uniform(0, 3e5)};
            double[] g = gradient(psi, x);
            double[] v = f(fl, x);
            assertEquals(g[0], v[1], 1e-8 * u, "dx/dt = ∂ψ/∂y");
            assertEquals(-g[1], v[0], 1e-8 * u, "dy/dt = −∂ψ/∂x");
            assertEquals(1.0, v[2], 0.0);
        }
    }

    // ---------------------------------------------------------------- Blasius

    // Constructed interior equilibrium: pick x*, then y* = a·(1 + k1·x*)/α1 (dx/dt = 0),
    // z* = c·zs/(c − α2·y*/(1 + k2·y*)) (dz/dt = 0), and solve dy/dt = 0 for the parameter b.
    @Test
    void blasius() {
        double a = 1;
        double alpha1 = 0.2;
        double alpha2 = 1;
        double c = 10;
        double k1 = 0.05;
        double k2 = 0.5;
        double zs = 0.006;
        double x = 3.0;
        double y = a * (1 + k1 * x) / alpha1;
        double z = c * zs / (c - alpha2 * y / (1 + k2 * y));
        double b = alpha1 * x / (1 + k1 * x) - alpha2 * z / (1 + k2 * y);
        Flow fl = flow("Blasius").withParameter("k2", k2).withParameter("b", b);
        assertFixedPoint(fl, 10, x, y, z);
    }

    // ---------------------------------------------------------------- BlinkingRotlet / BlinkingVortex

    // Physics of Stokes flow / point vortices in a disk of radius a: (1) impermeable wall,
    // dr/dt = 0 at r = a for every angle and time; (2) incompressibility in polar coordinates,
    // ∂(r·ṙ)/∂r + ∂(r·θ̇)/∂θ = 0; (3) symmetry of the protocol: rotating by π and shifting the
    // clock by τ/2 swaps the two stirrer positions, so f(r, θ + π, tt + τ/2) = f(r, θ, tt).
    // (4) Protocol phase and stirrer position (Meleshko & Aref choose b so that each rotlet has a
    // stagnation point at the mirror image of its position): in the first half-period (tt = τ/4)
    // the rotlet at +b is active and the flow stagnates at (r, θ) = (b, π); in the second half
    // (tt = 3τ/4) the rotlet at −b is active and the flow stagnates at (b, 0).
    @Test
    void blinkingRotlet() {
        Flow fl = flow("BlinkingRotlet");
        checkBlinking(fl, 1.0, 3);
        checkBlinking(fl.withParameter("a", 1.3), 1.3, 3);
        double b = 0.5298833894399929;
        // the stagnation point coincides with the idle stirrer's (singular) position, so the
        // velocity is sampled 1e-7·b away from it, where it must vanish linearly
        double r = b * (1 + 1e-7);
        double[] first = f(fl, r, Math.PI, 0.75);
        double[] second = f(fl, r, 0.0, 2.25);
        double[] generic = f(fl, 0.3, 1.0, 0.75);
        assertTrue(Math.abs(generic[0]) + Math.abs(generic[1]) > 0.1);
        assertEquals(0.0, first[0], 1e-5);
        assertEquals(0.0, first[1], 1e-5);
        assertEquals(0.0, second[0], 1e-5);
        assertEquals(0.0, second[1], 1e-5);
        checkActiveStirrer(fl, b, 3);
    }

    /** Close to the stirrer at +b the flow is fast only while that stirrer is active (tt = τ/4). */
    private static void checkActiveStirrer(Flow fl, double b, double tau) {
        double r = b + 0.01;
        assertTrue(Math.abs(f(fl, r, 0.0, tau / 4)[1]) > 30, fl.name() + ": stirrer at +b active first");
        assertTrue(Math.abs(f(fl, r, 0.0, 3 * tau / 4)[1]) < 3, fl.name() + ": stirrer at +b idle second");
        assertTrue(Math.abs(f(fl, -r, 0.0, 3 * tau / 4)[1]) > 30, fl.name() + ": stirrer at −b active second");
    }

    // Same physical checks (1)–(3) as the blinking rotlet (here the wall term bc = 0: point
    // vortices), once more with a non-zero bc, and the protocol phase: near +b the flow is fast
    // only in the first half-period, when the vortex at +b is active.
    @Test
    void blinkingVortex() {
        checkBlinking(flow("BlinkingVortex"), 1.0, 3);
        checkBlinking(flow("BlinkingVortex").withParameter("bc", 0.7), 1.0, 3);
        checkActiveStirrer(flow("BlinkingVortex"), 0.5, 3);
    }

    private static void checkBlinking(Flow fl, double a, double tau) {
        for (int k = 0; k < 20; k++) {
            double th = uniform(-4, 4);
            double tt = uniform(0, 10);
            assertEquals(0.0, f(fl, a, th, tt)[0], 1e-12, fl.name() + " wall impermeability");
            double r = uniform(0.1, 0.9) * a;
            if (k % 2 == 1) {
                r = -r; // the catalog's initial condition has r < 0
            }
            double[] x = {r, th, tt};
            double[] v = f(fl, x);
            double[] j = fdJacobian(fl, x);
            double div = v[0] + r * (j[0] + j[4]);
            double scale = Math.abs(v[0]) + Math.abs(r * j[0]) + Math.abs(r * j[4]);
            assertEquals(0.0, div, 1e-7 * Math.max(1, scale), fl.name() + " incompressibility");
            double[] v2 = f(fl, r, th + Math.PI, tt + tau / 2);
            assertEquals(v[0], v2[0], 1e-10 * Math.max(1, Math.abs(v[0])), fl.name() + " symmetry r");
            assertEquals(v[1], v2[1], 1e-10 * Math.max(1, Math.abs(v[1])), fl.name() + " symmetry θ");
            assertEquals(1.0, v[2], 0.0);
        }
    }

    // ---------------------------------------------------------------- Bouali, Bouali2

    // Equilibria derived by hand: x = ±1 kills dy/dt; then dz/dt = 0 gives
    // z = ±1.5·m/(±m·bb − c) and dx/dt = 0 gives y = y0 ∓ b·z/a.
    @Test
    void bouali() {
        checkBouali(flow("Bouali"), 1.0, -0.3, 1.0, 0.05, 1, 4.0);
    }

    // Same hand-derived equilibria; the defaults bb = c = 0 leave only the origin, so bb and c are
    // set to non-zero values (the equations are unchanged).
    @Test
    void bouali2() {
        checkBouali(flow("Bouali2").withParameter("bb", 2.0).withParameter("c", 0.3), 3.0, 2.2, 2.0, 0.3,
                -0.0026667, 1.0);
    }

    private static void checkBouali(Flow fl, double a, double b, double bb, double c, double m, double y0) {
        for (int sgn = -1; sgn <= 1; sgn += 2) {
            double x = sgn;
            double z = 1.5 * m * x / (m * bb * x - c);
            double y = y0 - b * z / (a * x);
            assertFixedPoint(fl, 10, x, y, z);
        }
    }

    // ---------------------------------------------------------------- BurkeShaw

    // Equilibria derived by hand: y = −x, z = −1/n, x = ±√(e/n).
    @Test
    void burkeShaw() {
        Flow fl = flow("BurkeShaw");
        double e = 13;
        double n = 10;
        for (int sgn = -1; sgn <= 1; sgn += 2) {
            double x = sgn * Math.sqrt(e / n);
            assertFixedPoint(fl, 100, x, -x, -1 / n);
        }
    }

    // ---------------------------------------------------------------- CaTwoPlus(Quasiperiodic)

    // Mass balance: the exchange fluxes V2, V3, kf·y cancel in the total calcium, so
    // d(z + y)/dt = V0 + V1·β − k·z exactly; without cytosolic Ca (z = 0) IP₃ degradation V5
    // stops and da/dt = β·V4 − ε·a; and an equilibrium solved by hand: z* = (V0 + V1·β)/k, a*
    // and y* from the scalar equations da/dt = 0, dy/dt = 0 (bisection on monotone functions).
    @Test
    void caTwoPlus() {
        checkCalcium(flow("CaTwoPlus"), new double[] {0.1, 0.3194, 0.1, 1, 0.3, 0.6, 2, 2, 3, 6, 30, 50, 0.65, 13,
            10, 1, 2, 4, 1});
    }

    // Same mass balance, boundary and equilibrium checks with the quasi-periodic parameter set.
    @Test
    void caTwoPlusQuasiperiodic() {
        checkCalcium(flow("CaTwoPlusQuasiperiodic"), new double[] {0.1, 0.3, 0.2, 0.5, 0.2, 0.5, 2, 2, 5, 6, 20, 30,
            0.51, 0.1, 10, 1, 2, 4, 2});
    }

    private static void checkCalcium(Flow fl, double[] p) {
        double bigK2 = p[0];
        double bigK5 = p[1];
        double ka = p[2];
        double kd = p[3];
        double ky = p[4];
        double kz = p[5];
        double v0 = p[6];
        double v1 = p[7];
        double v4 = p[8];
        double vm2 = p[9];
        double vm3 = p[10];
        double vm5 = p[11];
        double beta = p[12];
        double eps = p[13];
        double k = p[14];
        double kf = p[15];
        double m = p[16];
        double n = p[17];
        double pp = p[18];
        for (int i = 0; i < 20; i++) {
            double[] x = {uniform(0.05, 2), uniform(0.05, 3), uniform(0.05, 1)};
            double[] v = f(fl, x);
            assertEquals(v0 + v1 * beta - k * x[0], v[0] + v[1], 1e-12 * 100, "total calcium");
            double[] v0s = f(fl, 0.0, x[1], x[2]);
            assertEquals(beta * v4 - eps * x[2], v0s[2], 1e-12 * 10, "IP3 without calcium");
        }
        double z = (v0 + v1 * beta) / k;
        double hz5 = Math.pow(z, n) / (Math.pow(kd, n) + Math.pow(z, n));
        double a = bisect(u -> beta * v4 - vm5 * Math.pow(u, pp) / (Math.pow(bigK5, pp) + Math.pow(u, pp)) * hz5
                - eps * u, 0, beta * v4 / eps);
        double v2 = vm2 * z * z / (bigK2 * bigK2 + z * z);
        double hz3 = Math.pow(z, m) / (Math.pow(kz, m) + Math.pow(z, m));
        double ha = Math.pow(a, 4) / (Math.pow(ka, 4) + Math.pow(a, 4));
        double y = bisect(u -> v2 - vm3 * hz3 * (u * u / (ky * ky + u * u)) * ha - kf * u, 0, v2 / kf);
        assertFixedPoint(fl, 100, z, y, a);
    }

    /** Root of a decreasing function with g(lo) ≥ 0 ≥ g(hi), to machine precision. */
    private static double bisect(DoubleUnaryOperator g, double lo, double hi) {
        assertTrue(g.applyAsDouble(lo) >= 0 && g.applyAsDouble(hi) <= 0, "bracket");
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            if (g.applyAsDouble(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    // ---------------------------------------------------------------- CellCycle

    // (1) Symmetry: swapping the two identical oscillators (c1,m1,x1) ↔ (c2,m2,x2) maps the vector
    // field to its image. (2) Equilibrium derived by hand at c = m = x = ½ in both oscillators:
    // dx/dt = 0 needs Vm3·m = V4 (holds: 0.1·½ = 0.05), dm/dt = 0 needs Vm1·c/(Kc + c) = V2
    // (holds: 0.3·½/1 = 0.15), and dc/dt = 0 fixes vi = (vd·x·c/(Kd1 + c) + kd1·c)·(Kim + m)/Kim.
    @Test
    void cellCycle() {
        Flow fl = flow("CellCycle");
        for (int k = 0; k < 20; k++) {
            double[] x = new double[6];
            for (int i = 0; i < 6; i++) {
                x[i] = uniform(0.05, 0.95);
            }
            double[] v = f(fl, x);
            double[] sw = f(fl, x[3], x[4], x[5], x[0], x[1], x[2]);
            for (int i = 0; i < 3; i++) {
                assertEquals(v[i], sw[i + 3], 1e-15);
                assertEquals(v[i + 3], sw[i], 1e-15);
            }
        }
        double h = 0.5;
        double vi = (0.025 * h * h / (0.02 + h) + 0.001 * h) * (0.65 + h) / 0.65;
        assertFixedPoint(fl.withParameter("vi", vi), 1, h, h, h, h, h, h);
    }

    // ---------------------------------------------------------------- CellularNeuralNetwork

    // (1) F is odd, so f(−x) = −f(x). (2) In the saturated region x, y, z > 1 (F = 1) the field is
    // f = −x + (d − 2b, c − a − b, a − b + 1). (3) In the linear region |x|,|y|,|z| < 1 the Jacobian
    // is the constant matrix [[d−1, −b, −b], [−b, c−1, −a], [−b, a, 0]].
    @Test
    void cellularNeuralNetwork() {
        Flow fl = flow("CellularNeuralNetwork");
        double a = 4.4;
        double b = 3.21;
        double c = 1.1;
        double d = 1.24;
        double[] lin = {d - 1, -b, -b, -b, c - 1, -a, -b, a, 0};
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-3, 3), uniform(-3, 3), uniform(-3, 3)};
            double[] v = f(fl, x);
            double[] vm = f(fl, -x[0], -x[1], -x[2]);
            for (int i = 0; i < 3; i++) {
                assertEquals(-v[i], vm[i], 1e-14);
            }
            double[] s = {uniform(1.01, 5), uniform(1.01, 5), uniform(1.01, 5)};
            double[] vs = f(fl, s);
            assertEquals(d - 2 * b, vs[0] + s[0], 1e-13);
            assertEquals(c - a - b, vs[1] + s[1], 1e-13);
            assertEquals(a - b + 1, vs[2] + s[2], 1e-13);
            double[] in = {uniform(-0.99, 0.99), uniform(-0.99, 0.99), uniform(-0.99, 0.99)};
            double[] j = fdJacobian(fl, in);
            for (int i = 0; i < 9; i++) {
                assertEquals(lin[i], j[i], 1e-8);
            }
        }
    }

    // ---------------------------------------------------------------- ChenLee

    // Equilibria derived by hand: z² = −a·b, x² = 3·b·c, y = a·x/z (all sign combinations with
    // matching y).
    @Test
    void chenLee() {
        Flow fl = flow("ChenLee");
        double a = 5;
        double b = -10;
        double c = -0.38;
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sz = -1; sz <= 1; sz += 2) {
                double z = sz * Math.sqrt(-a * b);
                double x = sx * Math.sqrt(3 * b * c);
                assertFixedPoint(fl, 100, x, a * x / z, z);
            }
        }
    }

    // ---------------------------------------------------------------- CircadianRhythm

    // (1) Protein balance: the transport terms k1, k2, k cancel in the total protein, so
    // d(fc + fs + fn)/dt = ks·m − vd·fs/(kd + fs) − vdn·fn/(kdn + fn). (2) The light phase advances
    // at 2π/ps. (3) At fn = Ki and m = km the repression and the degradation are half-maximal:
    // dm/dt = vs/2 − vm/2 with vs = vc·((½ + ½·cos θ) + vmin)·(vmax − vmin) (dysts's grouping).
    @Test
    void circadianRhythm() {
        Flow fl = flow("CircadianRhythm");
        double ks = 1;
        double vd = 6;
        double kd = 1.4;
        double vdn = 1.5;
        double kdn = 0.4;
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(0, 5), uniform(0, 10), uniform(0, 50), uniform(0, 20), uniform(-10, 3000)};
            double[] v = f(fl, x);
            double expected = ks * x[0] - vd * x[2] / (kd + x[2]) - vdn * x[3] / (kdn + x[3]);
            assertEquals(expected, v[1] + v[2] + v[3], 1e-12 * 100, "total protein");
            assertEquals(2 * Math.PI / 24, v[4], 1e-15);
            double th = x[4];
            double vs = 2.5 * ((0.5 + 0.5 * Math.cos(th)) + 1.0) * (4.7 - 1.0);
            assertEquals(vs / 2 - 0.7 / 2, f(fl, 0.4, x[1], x[2], 1, th)[0], 1e-13);
        }
    }

    // ---------------------------------------------------------------- CoevolvingPredatorPrey

    // (1) Interior equilibrium derived by hand for δ = 1 (where the δ-terms of the prey fitness
    // vanish): dy/dt = 0 gives x* = d2/(a2 − b2·d2); dα/dt = 0 reduces to
    // −a1·k1·x*/(1 + b1·α) + 2·d1·k2 − 4·d1·k4·α² = 0 (bisection); dx/dt = 0 then gives
    // y* = (a1·α/(1 + b1·α) − d1)·(1 + b2·x*)/a3. (2) Adaptive dynamics: the trait follows the
    // selection gradient, dα/dt = vv·(δ/α)·∂W/∂δ with W = (dx/dt)/x the prey fitness, checked by
    // differencing the system in its parameter δ at δ ≠ 1.
    @Test
    void coevolvingPredatorPrey() {
        Flow fl = flow("CoevolvingPredatorPrey");
        double a1 = 2.5;
        double a2 = 0.05;
        double a3 = 0.4;
        double b1 = 6.0;
        double b2 = 1.333;
        double d1 = 0.16;
        double d2 = 0.004;
        double k1 = 6.0;
        double k2 = 9.0;
        double k4 = 9.0;
        double xs = d2 / (a2 - b2 * d2);
        double al = bisect(u -> -a1 * k1 * xs / (1 + b1 * u) + 2 * d1 * k2 - 4 * d1 * k4 * u * u, 0.1, 1.0);
        double ys = (a1 * al / (1 + b1 * al) - d1) * (1 + b2 * xs) / a3;
        assertFixedPoint(fl, 10, xs, ys, al);

        double delta = 1.3;
        double h = 1e-5;
        Flow base = fl.withParameter("delta", delta);
        Flow up = fl.withParameter("delta", delta + h);
        Flow down = fl.withParameter("delta", delta - h);
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(0.01, 0.4), uniform(0.3, 0.6), uniform(0.4, 0.9)};
            double dW = (f(up, x)[0] - f(down, x)[0]) / (2 * h) / x[0];
            double expected = 0.33333 * delta / x[2] * dW;
            assertEquals(expected, f(base, x)[2], 1e-7 * Math.max(1, Math.abs(expected)), "selection gradient");
        }
    }

    // ---------------------------------------------------------------- Colpitts

    // Equilibrium derived by hand: dz/dt = 0 → y = d·z; below the threshold (z < e − 1) F = e − 1 − z
    // and dx/dt = 0 → z* = (e − 1)/(1 + d/a); dy/dt = 0 → x* = c − b·y* − z*. Plus the cut-off
    // region above the threshold, where F = 0.
    @Test
    void colpitts() {
        Flow fl = flow("Colpitts");
        double a = 30;
        double b = 0.8;
        double c = 20;
        double d = 0.08;
        double e = 10;
        double z = (e - 1) / (1 + d / a);
        double y = d * z;
        assertFixedPoint(fl, 100, c - b * y - z, y, z);
        // above the threshold z > e − 1 the nonlinearity is cut off: dx/dt = y
        for (int k = 0; k < 10; k++) {
            double yy = uniform(-3, 3);
            assertEquals(yy, f(fl, uniform(5, 15), yy, uniform(9.01, 12))[0], 0.0);
        }
    }

    // ---------------------------------------------------------------- Coullet

    // Equilibria derived by hand (y = z = 0, x² = a/d), the closed-form divergence −c, and the
    // linearisation at the origin of the jerk equation x''' + c·x'' + b·x' + a·x = d·x³, whose
    // characteristic polynomial is λ³ + c·λ² + b·λ + a.
    @Test
    void coullet() {
        Flow fl = flow("Coullet");
        double a = -0.8;
        double b = 1.1;
        double c = 0.45;
        double d = -1.0;
        double[] j0 = fdJacobian(fl, 0, 0, 0);
        double trace = j0[0] + j0[4] + j0[8];
        double minors = j0[0] * j0[4] - j0[1] * j0[3] + j0[0] * j0[8] - j0[2] * j0[6] + j0[4] * j0[8] - j0[5] * j0[7];
        double det = j0[0] * (j0[4] * j0[8] - j0[5] * j0[7]) - j0[1] * (j0[3] * j0[8] - j0[5] * j0[6])
                + j0[2] * (j0[3] * j0[7] - j0[4] * j0[6]);
        assertEquals(-c, trace, 1e-9);
        assertEquals(b, minors, 1e-9);
        assertEquals(-a, det, 1e-9);
        assertFixedPoint(fl, 10, Math.sqrt(a / d), 0, 0);
        assertFixedPoint(fl, 10, -Math.sqrt(a / d), 0, 0);
        for (int k = 0; k < 10; k++) {
            double[] x = {uniform(-2, 2), uniform(-2, 2), uniform(-2, 2)};
            double[] j = fdJacobian(fl, x);
            assertEquals(-c, j[0] + j[4] + j[8], 1e-8);
        }
    }

    // ---------------------------------------------------------------- DequanLi

    // Non-trivial equilibria derived by hand: dy/dt = 0 → y = x·(z − k)/f; dx/dt = 0 →
    // z* = (1 + k/f)/(1/f + d/a); dz/dt = 0 → x² = c·z*/(ε − (z* − k)/f). They are real only for
    // larger ε, so ε is set to 1.5 here. Plus the closed-form divergence −a + d·z + f + c.
    @Test
    void dequanLi() {
        double a = 40;
        double c = 1.833;
        double d = 0.16;
        double f = 20;
        double k = 55;
        double eps = 1.5;
        Flow fl = flow("DequanLi").withParameter("eps", eps);
        double z = (1 + k / f) / (1 / f + d / a);
        double x2 = c * z / (eps - (z - k) / f);
        for (int sgn = -1; sgn <= 1; sgn += 2) {
            double x = sgn * Math.sqrt(x2);
            assertFixedPoint(fl, 1e4, x, x * (z - k) / f, z);
        }
        Flow def = flow("DequanLi");
        for (int m = 0; m < 10; m++) {
            double[] x = {uniform(-150, 150), uniform(-200, 200), uniform(-50, 300)};
            double[] j = fdJacobian(def, x);
            assertEquals(-a + d * x[2] + f + c, j[0] + j[4] + j[8], 1e-6);
        }
    }

    // ---------------------------------------------------------------- DoubleGyre

    // Stream function: with ψ = α·sin(π·g(x, z))·sin(π·y), g = ε·sin z·x² + (1 − 2ε·sin z)·x, the
    // flow is dx/dt = −∂ψ/∂y, dy/dt = ∂ψ/∂x; and the box walls y = 0, y = 1, x = 0, x = 2 are
    // impermeable.
    @Test
    void doubleGyre() {
        Flow fl = flow("DoubleGyre");
        double alpha = 0.1;
        double eps = 0.1;
        ToDoubleFunction<double[]> psi = s -> {
            double sz = Math.sin(s[2]);
            double g = eps * sz * s[0] * s[0] + (1 - 2 * eps * sz) * s[0];
            return alpha * Math.sin(Math.PI * g) * Math.sin(Math.PI * s[1]);
        };
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(0, 2), uniform(0, 1), uniform(-10, 10)};
            double[] grad = gradient(psi, x);
            double[] v = f(fl, x);
            assertEquals(-grad[1], v[0], 1e-9, "dx/dt = −∂ψ/∂y");
            assertEquals(grad[0], v[1], 1e-9, "dy/dt = ∂ψ/∂x");
            assertEquals(0.62832, v[2], 0.0);
            double z = x[2];
            assertEquals(0.0, f(fl, x[0], 0.0, z)[1], 1e-15, "wall y = 0");
            assertEquals(0.0, f(fl, x[0], 1.0, z)[1], 1e-15, "wall y = 1");
            assertEquals(0.0, f(fl, 0.0, x[1], z)[0], 1e-15, "wall x = 0");
            assertEquals(0.0, f(fl, 2.0, x[1], z)[0], 1e-14, "wall x = 2");
        }
    }

    // ---------------------------------------------------------------- DoublePendulum

    // Hamilton's equations of the textbook double-pendulum Hamiltonian
    // H = [m2·l2²·p1² + (m1+m2)·l1²·p2² − 2·m2·l1·l2·p1·p2·cos Δ]/[2·m2·l1²·l2²·(m1 + m2·sin²Δ)]
    //     − (m1+m2)·g·l1·cos θ1 − m2·g·l2·cos θ2:
    // dθ_i/dt = ∂H/∂p_i everywhere; dp_i/dt = −∂H/∂θ_i where dysts's h2 coincides with the textbook
    // one (p2 = 0 and l1·l2 = 1, the default lengths), which includes the pure-gravity case p = 0.
    // Everywhere else dp1/dt = −∂H/∂θ1 + Δh2 and dp2/dt = −∂H/∂θ2 − Δh2, where Δh2 is the documented
    // difference between dysts's h2 and the textbook one; in particular the total momentum
    // p1 + p2 changes only through the gravity torques (H depends on the angles only through
    // θ1 − θ2 apart from gravity).
    @Test
    void doublePendulum() {
        Flow fl = flow("DoublePendulum");
        double g = 9.81;
        double l1 = 1;
        double l2 = 1;
        double m1 = 1;
        double m2 = 1;
        ToDoubleFunction<double[]> h = s -> {
            double dl = s[0] - s[1];
            double c = Math.cos(dl);
            double sn = Math.sin(dl);
            double kin = (m2 * l2 * l2 * s[2] * s[2] + (m1 + m2) * l1 * l1 * s[3] * s[3]
                    - 2 * m2 * l1 * l2 * s[2] * s[3] * c) / (2 * m2 * l1 * l1 * l2 * l2 * (m1 + m2 * sn * sn));
            return kin - (m1 + m2) * g * l1 * Math.cos(s[0]) - m2 * g * l2 * Math.cos(s[1]);
        };
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-4, 4), uniform(-4, 4), uniform(-5, 5), uniform(-5, 5)};
            double[] grad = gradient(h, x);
            double[] v = f(fl, x);
            assertEquals(grad[2], v[0], 1e-7 * Math.max(1, Math.abs(v[0])), "dθ1/dt = ∂H/∂p1");
            assertEquals(grad[3], v[1], 1e-7 * Math.max(1, Math.abs(v[1])), "dθ2/dt = ∂H/∂p2");
            double[] y = {x[0], x[1], x[2], 0.0};
            double[] gy = gradient(h, y);
            double[] vy = f(fl, y);
            assertEquals(-gy[0], vy[2], 1e-7 * Math.max(1, Math.abs(vy[2])), "dp1/dt = −∂H/∂θ1 at p2 = 0");
            assertEquals(-gy[1], vy[3], 1e-7 * Math.max(1, Math.abs(vy[3])), "dp2/dt = −∂H/∂θ2 at p2 = 0");
            double torque = -(m1 + m2) * g * l1 * Math.sin(x[0]) - m2 * g * l2 * Math.sin(x[1]);
            assertEquals(torque, v[2] + v[3], 1e-12 * 100, "d(p1 + p2)/dt");
            double dl = x[0] - x[1];
            double c = Math.cos(dl);
            double sn = Math.sin(dl);
            double den = l1 * l2 * (m1 + m2 * sn * sn);
            double dth2 = ((m1 + m2) * l1 * x[3] - m2 * l2 * x[2] * c) / (m2 * l2 * den);
            double h2Dysts = (m2 * l2 * x[2] * x[2] / (2 * l1 * den * den) + 0.5 * m2 * x[3] * l2 * l1 * dth2 / den)
                    * Math.sin(2 * dl);
            double h2Textbook = (m2 * l2 * l2 * x[2] * x[2] + (m1 + m2) * l1 * l1 * x[3] * x[3]
                    - 2 * m2 * l1 * l2 * x[2] * x[3] * c) * Math.sin(2 * dl)
                    / (2 * l1 * l1 * l2 * l2 * (m1 + m2 * sn * sn) * (m1 + m2 * sn * sn));
            double dev = h2Dysts - h2Textbook;
            assertEquals(-grad[0] + dev, v[2], 1e-7 * Math.max(1, Math.abs(v[2])), "dp1/dt");
            assertEquals(-grad[1] - dev, v[3], 1e-7 * Math.max(1, Math.abs(v[3])), "dp2/dt");
        }
        // the hanging and inverted equilibria
        assertFixedPoint(fl, 100, 0, 0, 0, 0);
        assertFixedPoint(fl, 100, Math.PI, Math.PI, 0, 0);
    }

    // ---------------------------------------------------------------- Duffing

    // (1) Equilibria of the unforced double well at a phase where the forcing vanishes
    // (cos z = 0): y = 0, x² = −β/α; at the phase z = 0 (full forcing γ) the frozen-phase
    // equilibrium solves −β·x − α·x³ + γ = 0 (bisection). (2) Symmetry of the forced Duffing
    // equation: (x, y, z) → (−x, −y, z + π) maps the vector field to its image. (3) Closed-form
    // divergence −δ (damping).
    @Test
    void duffing() {
        Flow fl = flow("Duffing");
        double alpha = 1.0;
        double beta = -1.0;
        double delta = 0.1;
        double gamma = 0.35;
        double x0 = Math.sqrt(-beta / alpha);
        assertFixedPointIgnoringPhase(fl, x0, 0, Math.PI / 2);
        assertFixedPointIgnoringPhase(fl, -x0, 0, Math.PI / 2);
        double xf = bisect(u -> -beta * u - alpha * u * u * u + gamma, 1.0, 2.0);
        assertFixedPointIgnoringPhase(fl, xf, 0, 0);
        for (int k = 0; k < 10; k++) {
            double[] x = {uniform(-2, 2), uniform(-2, 2), uniform(-10, 10)};
            double[] j = fdJacobian(fl, x);
            assertEquals(-delta, j[0] + j[4] + j[8], 1e-8);
        }
        for (int k = 0; k < 20; k++) {
            double[] x = {uniform(-2, 2), uniform(-2, 2), uniform(-10, 10)};
            double[] v = f(fl, x);
            double[] w = f(fl, -x[0], -x[1], x[2] + Math.PI);
            assertEquals(-v[0], w[0], 1e-14);
            assertEquals(-v[1], w[1], 1e-13);
            assertEquals(v[2], w[2], 0.0);
        }
    }

    private static void assertFixedPointIgnoringPhase(Flow fl, double... x) {
        double[] v = f(fl, x);
        assertEquals(0.0, v[0], 1e-12);
        assertEquals(0.0, v[1], 1e-12);
    }
}
