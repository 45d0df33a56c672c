package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.flows.InteriorSquirmer;
import io.github.chaoskit.systems.flows.IsothermalChemical;
import io.github.chaoskit.systems.flows.ItikBanksTumor;
import io.github.chaoskit.systems.flows.JerkCircuit;
import io.github.chaoskit.systems.flows.KawczynskiStrizhak;
import io.github.chaoskit.systems.flows.Laser;
import io.github.chaoskit.systems.flows.LidDrivenCavityFlow;
import io.github.chaoskit.systems.flows.LiuChen;
import io.github.chaoskit.systems.flows.Lorenz84;
import io.github.chaoskit.systems.flows.LorenzBounded;
import io.github.chaoskit.systems.flows.LorenzCoupled;
import io.github.chaoskit.systems.flows.LorenzStenflo;
import io.github.chaoskit.systems.flows.LuChenCheng;
import io.github.chaoskit.systems.flows.MacArthur;
import io.github.chaoskit.systems.flows.MooreSpiegel;
import io.github.chaoskit.systems.flows.MultiChua;
import io.github.chaoskit.systems.flows.NewtonLiepnik;
import io.github.chaoskit.systems.flows.NoseHoover;
import io.github.chaoskit.systems.flows.NuclearQuadrupole;
import io.github.chaoskit.systems.flows.OscillatingFlow;
import io.github.chaoskit.systems.flows.PanXuZhou;
import io.github.chaoskit.systems.flows.PehlivanWei;
import io.github.chaoskit.systems.flows.Qi;
import io.github.chaoskit.systems.flows.QiChen;
import io.github.chaoskit.systems.flows.RabinovichFabrikant;
import io.github.chaoskit.systems.flows.RayleighBenard;
import io.github.chaoskit.systems.flows.RikitakeDynamo;
import io.github.chaoskit.systems.flows.Rucklidge;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Independent checks that the batch-4 flows implement the published equations: fixed points derived
 * by hand from the papers' equations, closed-form divergences (checked against finite differences
 * of the right-hand side and against the Jacobian's trace), conserved quantities and stream
 * functions, boundary conditions of the fluid flows, and a few values evaluated by hand.
 * Every check involves the parameters, so a wrong sign or parameter makes it fail.
 */
class FlowsBatch4EquationsTest {

    /** Relative tolerance for quantities that must vanish exactly (fixed points, identities). */
    private static final double EXACT = 1e-12;

    private static double[] f(Flow flow, double... x) {
        double[] out = new double[flow.dimension()];
        flow.rhs(0.0, x, out);
        return out;
    }

    /** Every component of the vector field at x is zero up to EXACT·scale. */
    private static void assertFixedPoint(Flow flow, double scale, double... x) {
        double[] v = f(flow, x);
        for (int i = 0; i < v.length; i++) {
            assertTrue(Math.abs(v[i]) <= EXACT * scale, flow.name() + ": f_" + i + " = " + v[i]
                    + " at the fixed point " + Arrays.toString(x));
        }
    }

    private static void assertValues(Flow flow, double[] expected, double... x) {
        double[] v = f(flow, x);
        for (int i = 0; i < v.length; i++) {
            assertEquals(expected[i], v[i], EXACT * Math.max(1, Math.abs(expected[i])),
                    flow.name() + ": f_" + i + " at " + Arrays.toString(x));
        }
    }

    /** Divergence of the vector field by Richardson-extrapolated central differences of rhs. */
    private static double fdDivergence(Flow flow, double[] x) {
        double div = 0;
        for (int j = 0; j < x.length; j++) {
            div += fdPartial(flow, x, j, j);
        }
        return div;
    }

    /** ∂f_i/∂x_j by Richardson-extrapolated central differences of rhs. */
    private static double fdPartial(Flow flow, double[] x, int i, int j) {
        double h = 1e-3 * Math.max(1, Math.abs(x[j]));
        double d1 = central(flow, x, i, j, h);
        double d2 = central(flow, x, i, j, h / 2);
        return (4 * d2 - d1) / 3;
    }

    private static double central(Flow flow, double[] x, int i, int j, double h) {
        double[] xp = x.clone();
        xp[j] = x[j] + h;
        double fp = f(flow, xp)[i];
        xp[j] = x[j] - h;
        double fm = f(flow, xp)[i];
        return (fp - fm) / (2 * h);
    }

    private static double trace(Flow flow, double[] x) {
        int d = flow.dimension();
        double[] j = new double[d * d];
        flow.jacobian(0.0, x, j);
        double tr = 0;
        for (int k = 0; k < d; k++) {
            tr += j[k * d + k];
        }
        return tr;
    }

    /**
     * The divergence at random points equals the closed form: against finite differences of rhs
     * (relative 1e-7) and against the Jacobian's trace (relative 1e-12).
     */
    private static void assertDivergence(Flow flow, double range, ToDoubleFunction<double[]> closedForm) {
        Random rnd = new Random(42);
        for (int k = 0; k < 8; k++) {
            double[] x = new double[flow.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = range * (2 * rnd.nextDouble() - 1);
            }
            double expected = closedForm.applyAsDouble(x);
            double scale = Math.max(1, Math.abs(expected));
            assertEquals(expected, fdDivergence(flow, x), 1e-7 * scale, flow.name() + " divergence (finite differences)");
            assertEquals(expected, trace(flow, x), EXACT * scale, flow.name() + " divergence (Jacobian trace)");
        }
    }

    /** Root of a continuous function by bisection on a sign-changing bracket. */
    private static double bisect(DoubleUnaryOperator g, double lo, double hi) {
        double glo = g.applyAsDouble(lo);
        assertTrue(glo * g.applyAsDouble(hi) < 0, "bracket does not change sign");
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            double gm = g.applyAsDouble(mid);
            if (gm == 0) {
                return mid;
            }
            if (gm * glo < 0) {
                hi = mid;
            } else {
                lo = mid;
                glo = gm;
            }
        }
        return 0.5 * (lo + hi);
    }

    // Boundary / incompressibility check: interior Stokes flow of a squirmer. The cylinder wall
    // r = 1 is impermeable (dr/dt = 0), the flow is area-preserving in the plane
    // (∂(r·ṙ)/∂r + ∂(r·θ̇)/∂θ = 0), and the wall's tangential velocity r·θ̇ at r = 1 is
    // 2·Σ(A_n cos nθ − G_n sin nθ); evaluated by hand at the two saturated protocol phases.
    @Test
    void interiorSquirmer() {
        Flow s = new InteriorSquirmer();
        double tau = 3;
        Random rnd = new Random(1);
        for (int k = 0; k < 8; k++) {
            double th = 2 * Math.PI * rnd.nextDouble();
            double tt = 10 * rnd.nextDouble();
            assertEquals(0.0, f(s, 1.0, th, tt)[0], EXACT, "wall r = 1 must be impermeable");
            // area preservation, by finite differences of r·ṙ in r and of r·θ̇ in θ
            double r = 0.2 + 0.7 * rnd.nextDouble();
            double h = 1e-5;
            double drr = (((r + h) * f(s, r + h, th, tt)[0]) - ((r - h) * f(s, r - h, th, tt)[0])) / (2 * h);
            double dth = (r * f(s, r, th + h, tt)[1] - r * f(s, r, th - h, tt)[1]) / (2 * h);
            assertEquals(0.0, drr + dth, 1e-6 * Math.max(1, Math.abs(drr)), "squirmer flow must be area-preserving");
        }
        // tt = τ/4: w = 1 (sine modes a only); wall velocity at θ = 0 is 2·Σ a_n = 5
        assertEquals(5.0, f(s, 1.0, 0.0, tau / 4)[1], EXACT * 5);
        // tt = 3τ/4: w = 0 (cosine modes g only); at θ = π/2, −2·Σ g_n sin(nπ/2) = −2·0.5·(1 − 1 + 1) = −1
        assertEquals(-1.0, f(s, 1.0, Math.PI / 2, 3 * tau / 4)[1], 1e-12);
        // post-processing: (r cos θ, r sin θ, sin(2π tt/τ))
        double[] out = new double[3];
        s.postprocess(new double[] {0.5, Math.PI / 3, tau / 4}, out);
        assertEquals(0.25, out[0], 1e-15);
        assertEquals(0.5 * Math.sqrt(3) / 2, out[1], 1e-15);
        assertEquals(1.0, out[2], 1e-15);
    }

    // Fixed point derived by hand: γ = β, α = β/(1 + β²), β = μκ/(1 − μ); plus the closed-form
    // divergence −β² − 1 + (2αβ − 1)/σ − 1/δ.
    @Test
    void isothermalChemical() {
        Flow s = new IsothermalChemical();
        double mu = 0.29786;
        double kappa = 2.5;
        double sigma = 0.013;
        double delta = 1.0;
        double beta = mu * kappa / (1 - mu);
        assertFixedPoint(s, 100, beta / (1 + beta * beta), beta, beta);
        assertDivergence(s, 2, x -> -x[1] * x[1] - 1 + (2 * x[0] * x[1] - 1) / sigma - 1 / delta);
    }

    // Fixed points derived by hand: tumour–effector equilibrium with y = 0, where x solves
    // a31·x² + (a31·k3 + d3 − r3)·x + d3·k3 = 0 and z = (1 − x)/a13; plus a value evaluated by hand
    // at (½, ½, ½) that involves a12, a21 and r2.
    @Test
    void itikBanksTumor() {
        Flow s = new ItikBanksTumor();
        double a13 = 2.5;
        double a31 = 0.2;
        double d3 = 0.5;
        double k3 = 1;
        double r3 = 4.5;
        double qb = a31 * k3 + d3 - r3;
        double disc = Math.sqrt(qb * qb - 4 * a31 * d3 * k3);
        for (double x : new double[] {(-qb - disc) / (2 * a31), (-qb + disc) / (2 * a31)}) {
            assertFixedPoint(s, 100, x, 0, (1 - x) / a13);
        }
        // hand evaluation: (0.25 − 0.25 − 0.625, 0.15 − 0.375, 0.75 − 0.05 − 0.25)
        assertValues(s, new double[] {-0.625, -0.225, 0.45}, 0.5, 0.5, 0.5);
    }

    // Closed-form divergence −1; hand-evaluated values: at y = y0·ln 2 the diode term is exactly
    // −ε, and at (1, 0, 2) the field is (0, 2, −3).
    @Test
    void jerkCircuit() {
        Flow s = new JerkCircuit();
        assertDivergence(s, 0.3, x -> -1.0);
        double y = 0.026 * Math.log(2);
        assertEquals(-1e-9, f(s, 0, y, 0)[2], 1e-22);
        assertValues(s, new double[] {0, 2, -3}, 1, 0, 2);
    }

    // Fixed points derived by hand: z = x, y = x³ − 3μx, with x a root of x³ + (1 − μ)x − β = 0
    // (found by bisection); plus the closed-form divergence 3γ(μ − x²) − 1 − κ.
    @Test
    void kawczynskiStrizhak() {
        Flow s = new KawczynskiStrizhak();
        double beta = -0.4;
        double gamma = 0.49;
        double kappa = 0.2;
        double mu = 2.1;
        double[][] brackets = {{-2, -1}, {0, 0.5}, {0.5, 1}};
        for (double[] b : brackets) {
            double x = bisect(v -> v * v * v + (1 - mu) * v - beta, b[0], b[1]);
            assertFixedPoint(s, 100, x, x * x * x - 3 * mu * x, x);
        }
        assertDivergence(s, 3, x -> 3 * gamma * (mu - x[0] * x[0]) - 1 - kappa);
    }

    // Fixed point derived by hand: z² = −c/d, x² = −h·z/k, y = a·x/(a + b·z²) (z < 0 for the
    // default signs); plus the closed-form divergence h − a.
    @Test
    void laser() {
        Flow s = new Laser();
        double a = 10;
        double b = 1;
        double c = 5;
        double d = -1;
        double h = -5;
        double k = -6;
        double z = -Math.sqrt(-c / d);
        double x = Math.sqrt(-h * z / k);
        assertFixedPoint(s, 1000, x, a * x / (a + b * z * z), z);
        assertFixedPoint(s, 1000, -x, -a * x / (a + b * z * z), z);
        assertDivergence(s, 3, v -> h - a);
    }

    // Tangential lid velocity (boundary condition of the Stokes solution): at y = ±b the flow moves
    // with ±(s·u1·sin(πx/a) + u2·sin(2πx/a)), s = +1 at tt = τ/4 and −1 at tt = 3τ/4; no normal
    // flow through the four walls; incompressibility ∂ẋ/∂x + ∂ẏ/∂y = 0 everywhere.
    @Test
    void lidDrivenCavityFlow() {
        Flow s = new LidDrivenCavityFlow();
        double a = 6;
        double b = 1;
        double tau = 1.1;
        double u1 = 9.92786;
        double u2 = 8.34932;
        Random rnd = new Random(3);
        for (int k = 0; k < 8; k++) {
            double x = a * rnd.nextDouble();
            double y = b * (2 * rnd.nextDouble() - 1);
            for (double sw : new double[] {1, -1}) {
                double tt = sw > 0 ? tau / 4 : 3 * tau / 4;
                double lid = sw * u1 * Math.sin(Math.PI * x / a) + u2 * Math.sin(2 * Math.PI * x / a);
                double[] top = f(s, x, b, tt);
                double[] bottom = f(s, x, -b, tt);
                assertEquals(lid, top[0], 1e-12 * 20, "lid velocity at y = b");
                assertEquals(-lid, bottom[0], 1e-12 * 20, "lid velocity at y = −b");
                assertEquals(0.0, top[1], 1e-12 * 20, "no flow through y = b");
                assertEquals(0.0, bottom[1], 1e-12 * 20, "no flow through y = −b");
                assertEquals(0.0, f(s, 0, y, tt)[0], 1e-12 * 20, "no flow through x = 0");
                assertEquals(0.0, f(s, a, y, tt)[0], 1e-12 * 20, "no flow through x = a");
                assertEquals(1.0, f(s, x, y, tt)[2], 0.0);
            }
            double[] p = {x, y, 10 * rnd.nextDouble()};
            double div = fdPartial(s, p, 0, 0) + fdPartial(s, p, 1, 1);
            assertEquals(0.0, div, 1e-7 * 100, "cavity flow must be incompressible");
            double[] j = new double[9];
            s.jacobian(0, p, j);
            assertEquals(0.0, j[0] + j[4], 1e-12 * 100, "cavity flow Jacobian must be trace-free in (x, y)");
        }
        double[] out = new double[3];
        s.postprocess(new double[] {1.5, -0.25, tau / 4}, out);
        assertEquals(1.5, out[0], 0.0);
        assertEquals(-0.25, out[1], 0.0);
        assertEquals(1.0, out[2], 1e-15);
    }

    // Fixed point derived by hand (h = p = 0): z² = −ab/(sq), x² = cb/(rq), y = q·x·z/b; the
    // closed-form divergence a − b + c; and the linear cross terms h, p evaluated by hand on the axes.
    @Test
    void liuChen() {
        Flow s = new LiuChen();
        double a = 0.4;
        double b = 12;
        double c = -5;
        double q = -1;
        double r = 1;
        double sp = 1;
        double z = Math.sqrt(-a * b / (sp * q));
        double x = Math.sqrt(c * b / (r * q));
        assertFixedPoint(s, 1000, x, q * x * z / b, z);
        assertFixedPoint(s, 1000, -x, -q * x * z / b, z);
        assertDivergence(s, 5, v -> a - b + c);
        Flow hp = s.withParameter("h", 0.5).withParameter("p", 0.25);
        assertValues(hp, new double[] {0.5, -12, 0}, 0, 1, 0);
        assertValues(hp, new double[] {0.4, -0.25, 0}, 1, 0, 0);
    }

    // Fixed point derived by hand: for given x, (y, z) solve a 2×2 linear system, giving
    // y = −g(x − 1)/D, z = g·b·x/D with D = (x − 1)² + b²x², and x is a root of
    // a(f − x)·D − g² = 0 (bisection on [1, f]); plus the closed-form divergence 2x − a − 2.
    @Test
    void lorenz84() {
        Flow s = new Lorenz84();
        double a = 1.32;
        double b = 7.91;
        double f = 4.83;
        double g = 4.194;
        double x = bisect(v -> a * (f - v) * ((v - 1) * (v - 1) + b * b * v * v) - g * g, 1, f);
        double det = (x - 1) * (x - 1) + b * b * x * x;
        assertFixedPoint(s, 1000, x, -g * (x - 1) / det, g * b * x / det);
        assertDivergence(s, 3, v -> 2 * v[0] - a - 2);
    }

    // Fixed points of Lorenz's equations (±√(β(ρ−1)), ±√(β(ρ−1)), ρ − 1) stay fixed; the bounding
    // sphere x² + y² + z² = r² is a set of fixed points; one value evaluated by hand at (1, 2, 3).
    @Test
    void lorenzBounded() {
        Flow s = new LorenzBounded();
        double beta = 2.667;
        double rho = 28;
        double r = 64;
        double q = Math.sqrt(beta * (rho - 1));
        assertFixedPoint(s, 1000, q, q, rho - 1);
        assertFixedPoint(s, 1000, -q, -q, rho - 1);
        Random rnd = new Random(5);
        for (int k = 0; k < 8; k++) {
            double[] u = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            double n = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
            assertFixedPoint(s, 1e5, r * u[0] / n, r * u[1] / n, r * u[2] / n);
        }
        double factor = 1 - 14.0 / 4096;
        assertValues(s, new double[] {10 * factor, 23 * factor, (2 - 3 * 2.667) * factor}, 1, 2, 3);
    }

    // Fixed point derived by hand: the driver sits at Lorenz's fixed point with ρ1; the driven copy's
    // x2 solves ρ2·x2 − y2·(x2²/β + 1) = 0 with y2 = x2 + ε(x2 − x1)/σ, z2 = x2·y2/β (bisection);
    // plus the closed-form divergence −2σ − ε − 2 − 2β.
    @Test
    void lorenzCoupled() {
        Flow s = new LorenzCoupled();
        double beta = 2.667;
        double eps = 2.85;
        double rho1 = 35;
        double rho2 = 1.15;
        double sigma = 10;
        double x1 = Math.sqrt(beta * (rho1 - 1));
        DoubleUnaryOperator y2 = v -> v + eps * (v - x1) / sigma;
        double x2 = bisect(v -> rho2 * v - y2.applyAsDouble(v) * (v * v / beta + 1), 0, 100);
        double yy = y2.applyAsDouble(x2);
        assertFixedPoint(s, 1000, x1, x1, rho1 - 1, x2, yy, x2 * yy / beta);
        assertDivergence(s, 10, v -> -2 * sigma - eps - 2 - 2 * beta);
    }

    // Fixed point derived by hand: w = −x/a, y = x(1 + d/a²), z = c − 1 − d/a²,
    // x² = b·z/(1 + d/a²); plus the closed-form divergence −2a − 1 − b.
    @Test
    void lorenzStenflo() {
        Flow s = new LorenzStenflo();
        double a = 2;
        double b = 0.7;
        double c = 26;
        double d = 1.5;
        double m = 1 + d / (a * a);
        double z = c - 1 - d / (a * a);
        double x = Math.sqrt(b * z / m);
        assertFixedPoint(s, 1000, x, m * x, z, -x / a);
        assertFixedPoint(s, 1000, -x, -m * x, z, x / a);
        assertDivergence(s, 10, v -> -2 * a - 1 - b);
    }

    // Fixed points derived by hand: (c(a + b)/(ab), 0, 0); and x = ±√(ab) with
    // y² = −x(c − ab·x/(a + b))/a, z = −a·y/x; plus the closed-form divergence a + b − ab/(a + b).
    @Test
    void luChenCheng() {
        Flow s = new LuChenCheng();
        double a = -10;
        double b = -4;
        double c = 18.1;
        double e = a * b / (a + b);
        assertFixedPoint(s, 1000, c / e, 0, 0);
        double x = Math.sqrt(a * b);
        double y = Math.sqrt(-x * (c - e * x) / a);
        assertFixedPoint(s, 1000, x, y, -a * y / x);
        assertFixedPoint(s, 1000, x, -y, a * y / x);
        assertDivergence(s, 10, v -> a + b - e);
    }

    // Fixed points derived by hand: without consumers the resources relax to the supply
    // (N = 0, R = s); for each species j alone, its limiting resource i sits at
    // R_i = m·k[i][j]/(r − m), N_j = d(s_i − R_i)/(c[i][j]·m), the other resources at
    // R_l = s_l − c[l][j]·m·N_j/d (consistent when no other resource limits more).
    @Test
    void macArthur() {
        Flow s = new MacArthur();
        double[][] c = {{0.04, 0.04, 0.07, 0.04, 0.04}, {0.08, 0.08, 0.08, 0.1, 0.08}, {0.1, 0.1, 0.1, 0.1, 0.14},
            {0.05, 0.03, 0.03, 0.03, 0.03}, {0.07, 0.09, 0.07, 0.07, 0.07}};
        double[][] k = {{0.39, 0.34, 0.3, 0.24, 0.23}, {0.22, 0.39, 0.34, 0.3, 0.27}, {0.27, 0.22, 0.39, 0.34, 0.3},
            {0.3, 0.24, 0.22, 0.39, 0.34}, {0.34, 0.3, 0.22, 0.2, 0.39}};
        double[] sup = {6, 10, 14, 4, 9};
        double d = 0.25;
        double m = 0.25;
        double r = 1;
        double[] empty = new double[10];
        System.arraycopy(sup, 0, empty, 5, 5);
        assertFixedPoint(s, 100, empty);
        int found = 0;
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                double[] x = new double[10];
                x[5 + i] = m * k[i][j] / (r - m);
                x[j] = d * (sup[i] - x[5 + i]) / (c[i][j] * m);
                boolean consistent = x[j] > 0;
                for (int l = 0; l < 5; l++) {
                    if (l != i) {
                        x[5 + l] = sup[l] - c[l][j] * m * x[j] / d;
                        consistent &= x[5 + l] > 0 && r * x[5 + l] / (k[l][j] + x[5 + l]) > m;
                    }
                }
                if (consistent) {
                    found++;
                    assertFixedPoint(s, 100, x);
                }
            }
        }
        assertEquals(5, found, "each species should have one single-species equilibrium");
    }

    // Closed-form divergence −1; the field is odd (f(−x) = −f(x)); values evaluated by hand at (1, 2, 3):
    // (2, 10·3, −3 + 9·2 − 2·1 − 4·1) = (2, 30, 9).
    @Test
    void mooreSpiegel() {
        Flow s = new MooreSpiegel();
        assertDivergence(s, 5, x -> -1.0);
        assertValues(s, new double[] {2, 30, 9}, 1, 2, 3);
        assertValues(s, new double[] {-2, -30, -9}, -1, -2, -3);
    }

    // Fixed points derived by hand: (x*, 0, −x*) for every zero x* of the piecewise-linear
    // characteristic, built independently from its slopes m_k on [c_k, c_{k+1}] (h(0) = 0, h odd);
    // plus the divergence −a·m_k − 1 on each segment.
    @Test
    void multiChua() {
        Flow s = new MultiChua();
        double a = 9;
        double[] c = {0, 1.0, 2.15, 3.6, 8.2, 13.0};
        double[] m = {-0.14285714, 0.28571429, -0.57142857, 0.28571429, -0.57142857, 0.28571429};
        double[] edges = {0, 1.0, 2.15, 3.6, 8.2, 13.0, 100};
        double hk = 0; // h at the left edge of the segment
        int zeros = 0;
        for (int seg = 0; seg < 6; seg++) {
            double lo = edges[seg];
            double hi = edges[seg + 1];
            double slope = m[seg];
            double x0 = lo - hk / slope;
            if (x0 > lo && x0 < hi) {
                zeros++;
                assertFixedPoint(s, 1000, x0, 0, -x0);
                assertFixedPoint(s, 1000, -x0, 0, x0);
            }
            double mid = 0.5 * (lo + hi);
            assertEquals(-a * slope - 1, fdDivergence(s, new double[] {mid, 0.3, -0.2}), 1e-7 * 10);
            assertEquals(-a * slope - 1, fdDivergence(s, new double[] {-mid, 0.3, -0.2}), 1e-7 * 10);
            assertEquals(-a * slope - 1, trace(s, new double[] {mid, 0.3, -0.2}), 1e-12 * 10);
            hk += slope * (hi - lo);
        }
        assertEquals(5, zeros, "positive zeros of the multi-scroll characteristic");
        assertFixedPoint(s, 1, 0, 0, 0);
        assertEquals(c.length, m.length);
    }

    // Closed-form divergence −a − 0.4 + b; the symmetry (x, y, z) → (−x, −y, z); values evaluated by
    // hand at (1, 1, 1): (−0.4 + 1 + 10, −1 − 0.4 + 5, 0.175 − 5).
    @Test
    void newtonLiepnik() {
        Flow s = new NewtonLiepnik();
        assertDivergence(s, 2, x -> -0.4 - 0.4 + 0.175);
        assertValues(s, new double[] {10.6, 3.6, -4.825}, 1, 1, 1);
        assertValues(s, new double[] {-10.6, -3.6, -4.825}, -1, -1, 1);
    }

    // Invariant measure: the thermostat makes ρ = exp(−(x² + y² + z²)/(2a)) stationary, i.e.
    // ∇·(ρf) = ρ(div f − (x·ẋ + y·ẏ + z·ż)/a) = 0 at every point; plus the divergence z.
    @Test
    void noseHoover() {
        Flow s = new NoseHoover();
        double a = 1.5;
        Random rnd = new Random(7);
        for (int k = 0; k < 8; k++) {
            double[] x = {3 * rnd.nextGaussian(), 3 * rnd.nextGaussian(), 3 * rnd.nextGaussian()};
            double[] v = f(s, x);
            double liouville = fdDivergence(s, x) - (x[0] * v[0] + x[1] * v[1] + x[2] * v[2]) / a;
            assertEquals(0.0, liouville, 1e-7 * 100, "Nosé–Hoover stationary density");
        }
        assertDivergence(s, 3, x -> x[2]);
    }

    // Conserved quantity / Hamiltonian structure: with
    // H = (a/2)(p1² + p2² + q1² + q2²) − (b/√2)(q1³ − 3q1q2²) + (d/4)(q1² + q2²)²
    // the field is (∂H/∂p1, ∂H/∂p2, −∂H/∂q1, −∂H/∂q2) (gradient by finite differences of H), so
    // dH/dt = 0.
    @Test
    void nuclearQuadrupole() {
        Flow s = new NuclearQuadrupole();
        double a = 1.0;
        double b = 0.55;
        double d = 0.4;
        ToDoubleFunction<double[]> ham = v -> {
            double q1 = v[0];
            double q2 = v[1];
            double rr = q1 * q1 + q2 * q2;
            return a / 2 * (v[2] * v[2] + v[3] * v[3] + rr) - b / Math.sqrt(2) * (q1 * q1 * q1 - 3 * q1 * q2 * q2)
                    + d / 4 * rr * rr;
        };
        Random rnd = new Random(11);
        for (int k = 0; k < 8; k++) {
            double[] x = {2 * rnd.nextGaussian(), 2 * rnd.nextGaussian(), 2 * rnd.nextGaussian(), 2 * rnd.nextGaussian()};
            double[] grad = new double[4];
            for (int j = 0; j < 4; j++) {
                double h = 1e-3;
                double[] xp = x.clone();
                double[] vals = new double[4];
                double[] steps = {2 * h, h, -h, -2 * h};
                for (int n = 0; n < 4; n++) {
                    xp[j] = x[j] + steps[n];
                    vals[n] = ham.applyAsDouble(xp);
                }
                grad[j] = (-vals[0] + 8 * vals[1] - 8 * vals[2] + vals[3]) / (12 * h);
            }
            double[] v = f(s, x);
            double scale = 1;
            for (double g : grad) {
                scale = Math.max(scale, Math.abs(g));
            }
            double[] expected = {grad[2], grad[3], -grad[0], -grad[1]};
            for (int i = 0; i < 4; i++) {
                assertEquals(expected[i], v[i], 1e-8 * scale, "Hamilton's equations, component " + i);
            }
            double dHdt = 0;
            for (int i = 0; i < 4; i++) {
                dHdt += grad[i] * v[i];
            }
            assertEquals(0.0, dHdt, 1e-8 * scale * scale, "dH/dt");
        }
    }

    // Stream function: at fixed phase z the flow is (∂ψ/∂y, −∂ψ/∂x) with
    // ψ = (u/k)·sin(k(x + b·sin z))·sin(ky) (derivatives by finite differences of ψ), dz/dt = ω;
    // plus the post-processing (cos kx, y, sin z).
    @Test
    void oscillatingFlow() {
        Flow s = new OscillatingFlow();
        double b = 0.48;
        double k = 1.0;
        double omega = 0.49;
        double u = 0.72;
        Random rnd = new Random(13);
        for (int n = 0; n < 8; n++) {
            double x = 6 * rnd.nextDouble();
            double y = 3 * rnd.nextDouble();
            double z = 20 * rnd.nextDouble();
            DoubleBinaryOperator psi = (px, py) -> u / k * Math.sin(k * (px + b * Math.sin(z))) * Math.sin(k * py);
            double h = 1e-4;
            double psiY = (psi.applyAsDouble(x, y + h) - psi.applyAsDouble(x, y - h)) / (2 * h);
            double psiX = (psi.applyAsDouble(x + h, y) - psi.applyAsDouble(x - h, y)) / (2 * h);
            double[] v = f(s, x, y, z);
            assertEquals(psiY, v[0], 1e-8);
            assertEquals(-psiX, v[1], 1e-8);
            assertEquals(omega, v[2], 0.0);
        }
        double[] out = new double[3];
        s.postprocess(new double[] {Math.PI, 1.25, Math.PI / 2}, out);
        assertEquals(-1.0, out[0], 1e-15);
        assertEquals(1.25, out[1], 0.0);
        assertEquals(1.0, out[2], 1e-15);
    }

    // Fixed points derived by hand (d = f = ε = 0): x = y = ±√(−c·k), z = k; the divergence
    // −a + d·z + f + c; and the d, f, ε terms evaluated by hand at (1, 1, 1).
    @Test
    void panXuZhou() {
        Flow s = new PanXuZhou();
        double a = 10;
        double c = -2.6667;
        double k = 16;
        double x = Math.sqrt(-c * k);
        assertFixedPoint(s, 1000, x, x, k);
        assertFixedPoint(s, 1000, -x, -x, k);
        assertDivergence(s, 5, v -> -a + c);
        Flow full = s.withParameter("d", 0.5).withParameter("f", 0.5).withParameter("eps", 0.5);
        assertValues(full, new double[] {0.5, 15.5, -2.6667 + 1 - 0.5}, 1, 1, 1);
        assertDivergence(full, 5, v -> -a + 0.5 * v[2] + 0.5 + c);
    }

    // Fixed points derived by hand: (1, 1, 1) and (−1, −1, 1); divergence 1 + z.
    @Test
    void pehlivanWei() {
        Flow s = new PehlivanWei();
        assertFixedPoint(s, 10, 1, 1, 1);
        assertFixedPoint(s, 10, -1, -1, 1);
        assertDivergence(s, 3, x -> 1 + x[2]);
    }

    // Closed-form divergence −a + b − c − d; values evaluated by hand at (1, 1, 1, 1) and (1, 2, 3, 4).
    @Test
    void qi() {
        Flow s = new Qi();
        assertDivergence(s, 3, x -> -45 + 10 - 1 - 10);
        assertValues(s, new double[] {1, 19, 0, -9}, 1, 1, 1, 1);
        assertValues(s, new double[] {45 + 24, 30 - 12, -3 + 8, -40 + 6}, 1, 2, 3, 4);
    }

    // Closed-form divergence −a + 1 − b; values evaluated by hand at (1, 2, 3): (38 + 6, 80 + 2 − 3, 2 − 3·2.666).
    @Test
    void qiChen() {
        Flow s = new QiChen();
        assertDivergence(s, 10, x -> -38 + 1 - 2.666);
        assertValues(s, new double[] {44, 79, 2 - 3 * 2.666}, 1, 2, 3);
    }

    // Closed-form divergence 2g − 2a (the x·y terms cancel); values evaluated by hand at (1, 2, 3):
    // (6 − 2 + 2 + 0.87, 9 + 1 − 1 + 1.74, −6.6 − 12).
    @Test
    void rabinovichFabrikant() {
        Flow s = new RabinovichFabrikant();
        assertDivergence(s, 2, x -> 2 * 0.87 - 2 * 1.1);
        assertValues(s, new double[] {6.87, 10.74, -18.6}, 1, 2, 3);
    }

    // Fixed points derived by hand: (±√(br), ±√(br), r); divergence r − a − b.
    @Test
    void rayleighBenard() {
        Flow s = new RayleighBenard();
        double q = Math.sqrt(5 * 18);
        assertFixedPoint(s, 1000, q, q, 18);
        assertFixedPoint(s, 1000, -q, -q, 18);
        assertDivergence(s, 10, x -> 18 - 30 - 5);
    }

    // Fixed points derived by hand: x·y = 1, z = μx², μx⁴ − a·x² − μ = 0, i.e.
    // x² = (a + √(a² + 4μ²))/(2μ); divergence −2μ.
    @Test
    void rikitakeDynamo() {
        Flow s = new RikitakeDynamo();
        double a = 1.0;
        double mu = 1.0;
        double x = Math.sqrt((a + Math.sqrt(a * a + 4 * mu * mu)) / (2 * mu));
        assertFixedPoint(s, 10, x, 1 / x, mu * x * x);
        assertFixedPoint(s, 10, -x, -1 / x, mu * x * x);
        Flow other = s.withParameter("a", 2.0).withParameter("mu", 0.5);
        double x2 = Math.sqrt((2.0 + Math.sqrt(4.0 + 4 * 0.25)) / (2 * 0.5));
        assertFixedPoint(other, 10, x2, 1 / x2, 0.5 * x2 * x2);
        assertDivergence(s, 3, v -> -2 * mu);
    }

    // Fixed points derived by hand: (0, ±√b, b); divergence −a − 1.
    @Test
    void rucklidge() {
        Flow s = new Rucklidge();
        double b = 6.7;
        assertFixedPoint(s, 100, 0, Math.sqrt(b), b);
        assertFixedPoint(s, 100, 0, -Math.sqrt(b), b);
        assertDivergence(s, 5, x -> -2.0 - 1);
    }
}
