package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.DelayIntegrator;
import io.github.chaoskit.trajectory.DivergenceException;
import io.github.chaoskit.trajectory.Integrator;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The delay-equation solver against closed-form solutions, the generator's delay-embedding
 * layout, and an independent check of each catalog delay equation (fixed points derived by hand
 * from the published equations; a statistic of Mackey–Glass against the dysts metadata).
 */
class DelayEquationsTest {

    /**
     * A linear test equation {@code x' = A·x + B·x(t − τ)} outside the catalog, with d×d matrix
     * parameters {@code a}, {@code b}.
     */
    static final class LinearDelay extends AbstractDelayFlow {
        private final double[][] a;
        private final double[][] b;

        LinearDelay(double[][] a, double[][] b, double tau, double[] x0, int m) {
            this(SystemSpec.of(info(a, b, tau, x0, m)), Settings.DEFAULT);
        }

        private LinearDelay(SystemSpec spec, Settings settings) {
            super(spec, settings);
            a = spec.parameters().matrix("a");
            b = spec.parameters().matrix("b");
        }

        private static SystemInfo info(double[][] a, double[][] b, double tau, double[] x0, int m) {
            SystemInfo.Builder bl = new SystemInfo.Builder();
            bl.name = "LinearDelay";
            bl.kind = SystemKind.DDE;
            bl.dimension = x0.length;
            bl.embeddingDimension = m;
            bl.parameters = Parameters.of(Map.of("a", a, "b", b, "tau", tau));
            bl.initialCondition = x0;
            bl.period = 1.0;
            bl.dt = 0.01;
            bl.reference = new ReferenceInvariants("test", null, null, null, null, null, null);
            return bl.build();
        }

        @Override
        protected DelayFlow create(SystemSpec spec, Settings settings) {
            return new LinearDelay(spec, settings);
        }

        @Override
        public void rhs(double t, double[] x, double[] xd, double[] dx) {
            int d = x.length;
            for (int i = 0; i < d; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += a[i][j] * x[j] + b[i][j] * xd[j];
                }
                dx[i] = s;
            }
        }

        @Override
        public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
            int d = x.length;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    jx[i * d + j] = a[i][j];
                    jd[i * d + j] = b[i][j];
                }
            }
        }
    }

    // ------------------------------------------------------------------ solver vs closed forms

    /**
     * Solution of {@code x'(t) = −x(t − 1)}, {@code x = 1} on [−1, 0], by the method of steps
     * done by hand: integrating −x(s − 1) over each unit interval adds one term,
     * x = 1 − t on [0, 1]; 1 − t + (t − 1)²/2 on [1, 2]; 1 − t + (t − 1)²/2 − (t − 2)³/6 on [2, 3];
     * in general {@code x(t) = Σ_{k=0}^{⌈t⌉} (−1)^k (t − k + 1)^k / k!}.
     */
    static double stepsSolution(double t) {
        if (t <= 0) {
            return 1.0;
        }
        int n = (int) Math.ceil(t);
        double sum = 0;
        double fact = 1;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                fact *= k;
            }
            sum += ((k & 1) == 0 ? 1 : -1) * Math.pow(t - k + 1, k) / fact;
        }
        return sum;
    }

    /** Derivative of {@link #stepsSolution}, term by term. */
    static double stepsSolutionDerivative(double t) {
        int n = (int) Math.ceil(t);
        double sum = 0;
        double fact = 1;
        for (int k = 1; k <= n; k++) {
            fact *= k;
            sum += ((k & 1) == 0 ? 1 : -1) * k * Math.pow(t - k + 1, k - 1) / fact;
        }
        return sum;
    }

    @Test
    void closedFormPiecesSatisfyTheEquation() {
        // the pieces written out in the brief, and the general sum, satisfy x'(t) = −x(t − 1)
        for (double t = 0.05; t < 6; t += 0.1) {
            assertEquals(-stepsSolution(t - 1), stepsSolutionDerivative(t), 1e-12, "t=" + t);
        }
        for (double t = 2.05; t < 3; t += 0.1) {
            double piece = 1 - t + (t - 1) * (t - 1) / 2 - Math.pow(t - 2, 3) / 6;
            assertEquals(piece, stepsSolution(t), 1e-14);
        }
        for (int k = 1; k <= 5; k++) {
            assertEquals(stepsSolution(k - 1e-12), stepsSolution(k + 1e-12), 1e-10, "continuous at " + k);
        }
    }

    @Test
    void methodOfStepsMatchesClosedFormOfXPrimeEqualsMinusXDelayed() {
        DelayFlow f = new LinearDelay(new double[][] {{0}}, new double[][] {{-1}}, 1.0, new double[] {1.0}, 10);
        DelayIntegrator solver = new DelayIntegrator(f);
        double[] x = new double[1];
        double[] maxErr = {0};
        solver.integrateTo(5.0, (t0, t1) -> {
            for (int i = 0; i <= 20; i++) {
                double t = t0 + (t1 - t0) * i / 20;
                solver.valueAt(t, x);
                maxErr[0] = Math.max(maxErr[0], Math.abs(x[0] - stepsSolution(t)));
            }
        });
        System.out.printf("x' = -x(t-1): max |error| on [0, 5] = %.3g (%d steps, %d evaluations, %d nodes)%n",
                maxErr[0], solver.steps(), solver.evaluations(), solver.storedNodes());
        assertEquals(5.0, solver.time(), 0.0);
        assertTrue(maxErr[0] <= 1e-9, "max error " + maxErr[0]);

        // the same through the trajectory generator: every embedding column, lags before 0 from the history
        int m = f.embeddingDimension();
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).build().generate(f, 501);
        assertEquals(m, tr.dimension());
        double genErr = 0;
        for (int k = 0; k < tr.size(); k++) {
            double t = k * 0.01;
            assertEquals(t, tr.time(k), 1e-15);
            for (int j = 0; j < m; j++) {
                genErr = Math.max(genErr, Math.abs(tr.value(k, j) - stepsSolution(t - j / (m - 1.0))));
            }
        }
        System.out.printf("x' = -x(t-1) via TrajectoryGenerator, all 10 columns, t <= 5: max |error| = %.3g%n", genErr);
        assertTrue(genErr <= 1e-9, "generator max error " + genErr);
    }

    @Test
    void repeatedCallsWithTargetsBetweenBreakingPointsGiveTheSameSolution() {
        DelayFlow f = new LinearDelay(new double[][] {{0}}, new double[][] {{-1}}, 1.0, new double[] {1.0}, 10);
        DelayIntegrator solver = new DelayIntegrator(f);
        double[] x = new double[1];
        double maxErr = 0;
        for (double t = 0.37; t < 5; t += 0.37) {
            solver.integrateTo(t);
            solver.state(x);
            maxErr = Math.max(maxErr, Math.abs(x[0] - stepsSolution(t)));
        }
        solver.integrateTo(solver.time()); // a no-op
        assertTrue(maxErr <= 1e-9, "max error " + maxErr);
        assertThrows(IllegalArgumentException.class, () -> solver.integrateTo(1.0));
    }

    @Test
    void blowUpIsReportedAsDivergence() {
        // x' = x(t): e^t passes the divergence bound 1e3 at t = ln(1000) ≈ 6.91
        DelayFlow f = new LinearDelay(new double[][] {{1}}, new double[][] {{0}}, 1.0, new double[] {1.0}, 10);
        DivergenceException e = assertThrows(DivergenceException.class, () -> TrajectoryGenerator.builder()
                .sampling(Sampling.fixedStep(0.1)).divergenceBound(1e3).build().generate(f, 200));
        assertEquals("LinearDelay", e.systemName());
        assertTrue(e.time() > Math.log(1000) && e.time() < Math.log(1000) + 1.0, "time " + e.time());
        assertTrue(e.state()[0] > 1e3);
    }

    @Test
    void methodOfStepsMatchesExponentialSolutionOfLinearDelayEquation() {
        // x' = a·x + b·x(t − τ) has the solution e^{λt} when λ = a + b·e^{−λτ}: choose λ, a, τ; solve for b
        double lambda = 0.2;
        double a = -1.0;
        double tau = 1.5;
        double b = (lambda - a) * Math.exp(lambda * tau);
        DelayFlow f = new LinearDelay(new double[][] {{a}}, new double[][] {{b}}, tau, new double[] {1.0}, 10)
                .withHistory(DelayHistory.scalar(t -> Math.exp(lambda * t)));
        DelayIntegrator solver = new DelayIntegrator(f);
        double[] x = new double[1];
        double[] maxRel = {0};
        solver.integrateTo(10.0, (t0, t1) -> {
            for (int i = 0; i <= 10; i++) {
                double t = t0 + (t1 - t0) * i / 10;
                solver.valueAt(t, x);
                maxRel[0] = Math.max(maxRel[0], Math.abs(x[0] / Math.exp(lambda * t) - 1));
            }
        });
        System.out.printf("x' = a x + b x(t-τ), x = e^{0.2 t}: max relative error on [0, 10] = %.3g%n", maxRel[0]);
        assertTrue(maxRel[0] <= 1e-9, "max relative error " + maxRel[0]);
    }

    @Test
    void twoDimensionalComplexExponentialSolutionAndEmbeddingLayout() {
        // z' = α·z + β·z(t − τ) over the complex numbers, written as a real 2-D system (u, v) = (Re z, Im z):
        // z = e^{λt} solves it when β = (λ − α)·e^{λτ}; λ = −0.05 + 2i, α = −0.5 + 0.3i, τ = 0.8
        double lr = -0.05;
        double li = 2.0;
        double ar = -0.5;
        double ai = 0.3;
        double tau = 0.8;
        double er = Math.exp(lr * tau) * Math.cos(li * tau);
        double ei = Math.exp(lr * tau) * Math.sin(li * tau);
        double br = (lr - ar) * er - (li - ai) * ei;
        double bi = (lr - ar) * ei + (li - ai) * er;
        int m = 5;
        DelayFlow f = new LinearDelay(new double[][] {{ar, -ai}, {ai, ar}}, new double[][] {{br, -bi}, {bi, br}},
                tau, new double[] {1.0, 0.0}, m).withHistory((t, out) -> {
                    out[0] = Math.exp(lr * t) * Math.cos(li * t);
                    out[1] = Math.exp(lr * t) * Math.sin(li * t);
                });
        double h = 0.01;
        double skip = 3.0;
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(h)).transientTime(skip)
                .build().generate(f, 1001);
        assertEquals(2 * m, tr.dimension());
        double maxErr = 0;
        for (int k = 0; k < tr.size(); k++) {
            assertEquals(k * h, tr.time(k), 1e-12, "reported times start at 0 after the transient");
            for (int j = 0; j < m; j++) {
                double t = skip + k * h - j * tau / (m - 1);
                double u = Math.exp(lr * t) * Math.cos(li * t);
                double v = Math.exp(lr * t) * Math.sin(li * t);
                maxErr = Math.max(maxErr, Math.abs(tr.value(k, 2 * j) - u));
                maxErr = Math.max(maxErr, Math.abs(tr.value(k, 2 * j + 1) - v));
            }
        }
        System.out.printf("2-D complex exponential via TrajectoryGenerator, t in [3, 13]: max |error| = %.3g%n", maxErr);
        assertTrue(maxErr <= 1e-9, "max error " + maxErr);
    }

    @Test
    void storedSolutionStaysBoundedOnLongRuns() {
        DelayFlow f = (DelayFlow) Catalog.get("MackeyGlass");
        DelayIntegrator solver = new DelayIntegrator(f);
        int[] maxNodes = {0};
        double tau = f.delay();
        solver.integrateTo(400 * tau, (t0, t1) -> {
            maxNodes[0] = Math.max(maxNodes[0], solver.storedNodes());
            // the store reaches back at least one step plus one delay, and not much further than 2τ
            assertTrue(solver.earliestStoredTime() <= Math.max(0, t0 - tau));
            assertTrue(solver.earliestStoredTime() >= t1 - 2 * tau - (t1 - t0) - 1.0);
        });
        System.out.printf("MackeyGlass to t = %.0f: %d steps, at most %d stored nodes%n", solver.time(), solver.steps(),
                maxNodes[0]);
        assertTrue(maxNodes[0] < 50_000, "stored nodes " + maxNodes[0]);
        assertThrows(IllegalArgumentException.class, () -> solver.valueAt(10.0, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> solver.valueAt(solver.time() + 1, new double[1]));
    }

    @Test
    void embeddingColumnsAreLaggedCopiesOfTheFirstColumn() {
        DelayFlow f = (DelayFlow) Catalog.get("IkedaDelay");
        int m = f.embeddingDimension();
        double h = f.delay() / (m - 1);
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(h)).transientTime(7.3).build()
                .generate(f, 200);
        for (int k = m; k < tr.size(); k++) {
            for (int j = 0; j < m; j++) {
                assertEquals(tr.value(k - j, 0), tr.value(k, j), 1e-9, "row " + k + " column " + j);
            }
        }
    }

    // ------------------------------------------------------------------ independent per-system checks

    private static double rhs(DelayFlow f, double x, double xd) {
        double[] out = new double[1];
        f.rhs(0.0, new double[] {x}, new double[] {xd}, out);
        return out[0];
    }

    private static double jacDelayed(DelayFlow f, double x, double xd) {
        double[] jx = new double[1];
        double[] jd = new double[1];
        f.jacobian(0.0, new double[] {x}, new double[] {xd}, jx, jd);
        return jd[0];
    }

    /** Starting from the constant history x*, the solution must stay at x* for three delays. */
    private static void assertConstantHistoryStays(DelayFlow f, double xStar, double tol) {
        DelayFlow g = f.withHistory(DelayHistory.constant(xStar));
        DelayIntegrator solver = new DelayIntegrator(g);
        double[] x = new double[1];
        double[] maxDev = {0};
        solver.integrateTo(3 * g.delay(), (t0, t1) -> {
            solver.state(x);
            maxDev[0] = Math.max(maxDev[0], Math.abs(x[0] - xStar));
        });
        assertTrue(maxDev[0] <= tol * Math.max(1, Math.abs(xStar)), f.name() + ": drift " + maxDev[0] + " from x* = " + xStar);
    }

    // MackeyGlass — fixed point by hand: β·x/(1 + xⁿ) = γ·x  ⇒  x* = (β/γ − 1)^{1/n}; slope ∂f/∂x_τ by hand
    @Test
    void mackeyGlassFixedPoint() {
        DelayFlow f = (DelayFlow) Catalog.get("MackeyGlass");
        double xStar = Math.pow(0.2 / 0.1 - 1, 1 / 10.0); // = 1 with the defaults
        assertEquals(0.0, rhs(f, xStar, xStar), 1e-15);
        // at x* = 1: ∂/∂u [β u/(1+uⁿ)] = β(1 + (1−n))/4 = 0.2·(−8)/4 = −0.4
        assertEquals(-0.4, jacDelayed(f, xStar, xStar), 1e-14);
        // value by hand, x = 0.5, x_τ = 1: 0.2·1/(1 + 1) − 0.1·0.5 = 0.05 (the delay sits in the feedback term)
        assertEquals(0.05, rhs(f, 0.5, 1.0), 1e-15);
        // off the defaults, β = 0.3: x* = 2^{1/10} ≠ 1
        DelayFlow g = f.withParameter("beta", 0.3);
        double y = Math.pow(0.3 / 0.1 - 1, 0.1);
        assertEquals(0.0, rhs(g, y, y), 1e-15);
        assertTrue(Math.abs(rhs(g, y, 1.0)) > 1e-3, "x_τ must enter the equation");
        assertConstantHistoryStays(f, xStar, 1e-9);
        assertConstantHistoryStays(g, y, 1e-9);
    }

    // IkedaDelay — fixed point by hand: choose x* = 2, then x0 = x* − arcsin(c·x*/μ) makes μ·sin(x* − x0) = c·x*
    @Test
    void ikedaFixedPoint() {
        DelayFlow f = (DelayFlow) Catalog.get("IkedaDelay"); // c = 1, μ = −20
        double xStar = 2.0;
        double x0 = xStar - Math.asin(1.0 * xStar / -20.0);
        DelayFlow g = f.withParameter("x0", x0);
        assertEquals(0.0, rhs(g, xStar, xStar), 1e-13);
        // slope by hand: μ·cos(x* − x0) = −20·√(1 − 0.01)
        assertEquals(-20 * Math.sqrt(0.99), jacDelayed(g, xStar, xStar), 1e-12);
        // the decay acts on x(t), not on x(t − τ): moving x alone changes f by −c·Δx
        assertEquals(-1.0, rhs(g, xStar + 1, xStar) - rhs(g, xStar, xStar), 1e-12);
        assertConstantHistoryStays(g, xStar, 1e-8);
    }

    // SprottDelay — fixed points by hand: dx/dt = sin(x_τ) vanishes at x_τ = kπ (c = 0, μ = 1, x0 = 0)
    @Test
    void sprottFixedPoints() {
        DelayFlow f = (DelayFlow) Catalog.get("SprottDelay");
        for (int k = -3; k <= 3; k++) {
            assertEquals(0.0, rhs(f, 0.7, k * Math.PI), 1e-14);
        }
        assertEquals(1.0, rhs(f, 0.7, Math.PI / 2), 1e-15); // μ·sin(π/2)
        assertEquals(-1.0, jacDelayed(f, 0.0, Math.PI), 1e-15); // cos(π)
        assertConstantHistoryStays(f, 3 * Math.PI, 1e-9);
    }

    // VossDelay — fixed point by hand: −α·x + (−10.44x³ − 13.95x² − 3.63x + 0.85) = 0, solved by Newton here
    @Test
    void vossFixedPoint() {
        DelayFlow f = (DelayFlow) Catalog.get("VossDelay"); // α = 3.24
        double x = 0.0;
        for (int i = 0; i < 50; i++) {
            double p = -10.44 * x * x * x - 13.95 * x * x - (3.63 + 3.24) * x + 0.85;
            double dp = -31.32 * x * x - 27.9 * x - (3.63 + 3.24);
            x -= p / dp;
        }
        double xStar = x;
        assertTrue(xStar > 0.09 && xStar < 0.11, "x* = " + xStar);
        assertEquals(0.0, rhs(f, xStar, xStar), 1e-14);
        // values by hand: f(u = 1) = −10.44 − 13.95 − 3.63 + 0.85 = −27.17; f(u = −1) = 0.97
        assertEquals(-27.17, rhs(f, 0.0, 1.0), 1e-12);
        assertEquals(0.97, rhs(f, 0.0, -1.0), 1e-12);
        assertEquals(-3.24, rhs(f, 1.0, 0.0) - 0.85, 1e-12);
        assertConstantHistoryStays(f, xStar, 1e-9);
    }

    // ScrollDelay — fixed points by hand: −α·x* + β·tanh(10·x*) = 0; with α = β, x* = tanh(10·x*) ≈ 1 (iterated here)
    @Test
    void scrollFixedPoint() {
        DelayFlow f = (DelayFlow) Catalog.get("ScrollDelay");
        double xStar = 1.0;
        for (int i = 0; i < 20; i++) {
            xStar = Math.tanh(10 * xStar);
        }
        assertEquals(0.0, rhs(f, 0.3, xStar), 1e-15);
        assertEquals(0.0, rhs(f, 0.3, -xStar), 1e-15);
        assertEquals(0.0, rhs(f, 0.3, 0.0), 0.0);
        // dysts deviation kept: the right-hand side ignores x(t)
        assertEquals(rhs(f, -5.0, 0.4), rhs(f, 5.0, 0.4), 0.0);
        // value by hand: −0.2·0.4 + 0.2·tanh(4)
        assertEquals(-0.08 + 0.2 * Math.tanh(4), rhs(f, 0.0, 0.4), 1e-15);
        assertConstantHistoryStays(f, xStar, 1e-9);
    }

    // PiecewiseCircuit — fixed points by hand: −α·u + β(−(u/c)³ + 3u/c) = 0 ⇒ u² = c²(3 − α·c/β)
    @Test
    void piecewiseCircuitFixedPoint() {
        DelayFlow f = (DelayFlow) Catalog.get("PiecewiseCircuit"); // α = β = 1, c = 2.24
        double xStar = 2.24 * Math.sqrt(3 - 2.24);
        assertEquals(0.0, rhs(f, 0.3, xStar), 1e-14);
        assertEquals(0.0, rhs(f, 0.3, -xStar), 1e-14);
        // dysts deviation kept: the decay uses x(t − τ), so the right-hand side ignores x(t)
        assertEquals(rhs(f, -5.0, 0.4), rhs(f, 5.0, 0.4), 0.0);
        // slope by hand at x*: −α + β(3 − 3u²/c²)/c = −1 + (3 − 3·0.76)/2.24
        assertEquals(-1 + (3 - 3 * 0.76) / 2.24, jacDelayed(f, 0.0, xStar), 1e-12);
        assertConstantHistoryStays(f, xStar, 1e-9);
    }

    // MackeyGlass — statistics against the dysts metadata. The metadata's 10 column means (0.78 … 1.00)
    // and stds (0.15 … 0.33) come from a short, coarsely integrated dysts run; for a stationary
    // trajectory all columns estimate the same mean. Tolerance: mean within 0.25 metadata-std of
    // the metadata's first-column mean, std within 25 %, and our own columns within 0.03 of each other.
    @Test
    void mackeyGlassStatisticsMatchMetadata() {
        DelayFlow f = (DelayFlow) Catalog.get("MackeyGlass");
        Trajectory tr = TrajectoryGenerator.builder().transientTime(10 * f.delay()).build().generate(f, 20_000);
        double[] metaMean = f.info().mean().orElseThrow();
        double[] metaStd = f.info().std().orElseThrow();
        int n = tr.size();
        double[] mean = new double[tr.dimension()];
        for (int j = 0; j < tr.dimension(); j++) {
            for (int i = 0; i < n; i++) {
                mean[j] += tr.value(i, j) / n;
            }
        }
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += Math.pow(tr.value(i, 0) - mean[0], 2) / n;
        }
        double std = Math.sqrt(var);
        System.out.printf("MackeyGlass over %.0f time units: mean %.4f (dysts %.4f), std %.4f (dysts %.4f)%n",
                tr.time(n - 1), mean[0], metaMean[0], std, metaStd[0]);
        assertEquals(metaMean[0], mean[0], 0.25 * metaStd[0]);
        assertEquals(metaStd[0], std, 0.25 * metaStd[0]);
        for (int j = 1; j < tr.dimension(); j++) {
            assertEquals(mean[0], mean[j], 0.03, "column " + j);
        }
    }
}
