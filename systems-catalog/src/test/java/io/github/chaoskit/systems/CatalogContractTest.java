package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract tests run over every system of the catalog: analytic Jacobian against central finite
 * differences on the attractor, long integration without blow-up, parameter round trip. Delay
 * equations are covered by their own Jacobian (both Jacobians), integration and settings tests;
 * the kind-independent tests treat them through {@link #evaluate}.
 */
class CatalogContractTest {

    /** Relative tolerance of the Jacobian check: |J − J_fd| ≤ TOL·max(1, max|J_fd|). */
    static final double JACOBIAN_TOL = 1e-6;

    static Stream<DynamicalSystem> systems() {
        return Catalog.all().stream();
    }

    static Stream<Flow> flows() {
        return Catalog.all().stream().filter(s -> s instanceof Flow).map(s -> (Flow) s);
    }

    static Stream<DiscreteMap> maps() {
        return Catalog.all().stream().filter(s -> s instanceof DiscreteMap).map(s -> (DiscreteMap) s);
    }

    static Stream<DelayFlow> delayFlows() {
        return Catalog.all().stream().filter(s -> s instanceof DelayFlow).map(s -> (DelayFlow) s);
    }

    /**
     * Raw (not post-processed) states spread over a few periods of the attractor; for a delay
     * equation, delay-embedding rows (x(t) in the first d columns, x(t − τ) in the last d).
     */
    static double[][] attractorPoints(DynamicalSystem s, int count) {
        Trajectory tr = TrajectoryGenerator.builder().postprocess(false).tolerances(1e-10, 1e-10)
                .sampling(Sampling.pointsPerPeriod(1.37)).build().generate(s, count);
        return tr.toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void flowJacobianMatchesFiniteDifferences(Flow f) {
        int d = f.dimension();
        double[] ja = new double[d * d];
        double[] jf = new double[d * d];
        for (double[] x : attractorPoints(f, 6)) {
            f.jacobian(1.3, x, ja);
            Jacobians.centralDifference(f, 1.3, x, jf);
            assertJacobian(f.name(), x, ja, jf);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void mapJacobianMatchesFiniteDifferences(DiscreteMap m) {
        int d = m.dimension();
        double[] ja = new double[d * d];
        double[] jf = new double[d * d];
        for (double[] x : attractorPoints(m, 6)) {
            m.jacobian(x, ja);
            Jacobians.centralDifference(m, x, jf);
            assertJacobian(m.name(), x, ja, jf);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delayFlows")
    void delayJacobiansMatchFiniteDifferences(DelayFlow f) {
        int d = f.dimension();
        int m = f.embeddingDimension();
        double[] jx = new double[d * d];
        double[] jd = new double[d * d];
        double[] fx = new double[d * d];
        double[] fd = new double[d * d];
        for (double[] row : attractorPoints(f, 6)) {
            double[] x = java.util.Arrays.copyOfRange(row, 0, d);
            double[] xd = java.util.Arrays.copyOfRange(row, (m - 1) * d, m * d);
            f.jacobian(1.3, x, xd, jx, jd);
            Jacobians.centralDifference(f, 1.3, x, xd, fx, fd);
            assertJacobian(f.name() + " (∂f/∂x)", row, jx, fx);
            assertJacobian(f.name() + " (∂f/∂x_τ)", row, jd, fd);
        }
    }

    static void assertJacobian(String name, double[] x, double[] ja, double[] jf) {
        double scale = 1;
        for (double v : jf) {
            scale = Math.max(scale, Math.abs(v));
        }
        int d = (int) Math.round(Math.sqrt(ja.length));
        for (int k = 0; k < ja.length; k++) {
            double err = Math.abs(ja[k] - jf[k]);
            if (err > JACOBIAN_TOL * scale) {
                throw new AssertionError(name + ": J[" + (k / d) + "][" + (k % d) + "] analytic " + ja[k]
                        + " vs finite difference " + jf[k] + " at " + java.util.Arrays.toString(x));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void flowStaysOnBoundedAttractorFor1000Periods(Flow f) {
        // 1000 dominant periods at the default tolerances (rtol = atol = 1e-12), sampled 10 times per period
        int periods = LIMITED_PERIODS.getOrDefault(f.name(), 1000);
        int n = periods * 10 + 1;
        TrajectoryGenerator.Builder b = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(10));
        if (NEEDS_GBS.contains(f.name())) {
            b.integrator(io.github.chaoskit.trajectory.Integrator.GRAGG_BULIRSCH_STOER);
        }
        Trajectory tr = b.build().generate(f, n);
        assertBoundedAttractor(f, tr);
    }

    /**
     * Sakarya: Dormand–Prince 8(5,3) at 1e-12 leaves the attractor near t ≈ 4400 (a run-away
     * excursion to |z| ~ 6·10⁶), while Gragg–Bulirsch–Stoer at the same tolerance stays bounded
     * for the full 1000 periods; the test uses GBS for it. Known limitation, see docs/catalog.md.
     */
    static final java.util.Set<String> NEEDS_GBS = java.util.Set.of("Sakarya");

    /**
     * StickSlipOscillator: its friction sgn(v − vs) makes the right-hand side discontinuous, and
     * orbits stick (slide along v = vs, a Filippov sliding mode); an explicit adaptive integrator
     * then chatters across the discontinuity with vanishing steps and stalls after ~260 time
     * units. It is checked over 100 periods until an event-located sliding integrator exists.
     */
    static final java.util.Map<String, Integer> LIMITED_PERIODS = java.util.Map.of("StickSlipOscillator", 100);

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void sameSeedGivesIdenticalBytes(DynamicalSystem s) {
        TrajectoryGenerator g = TrajectoryGenerator.builder().observationNoise(0.05).seed(11).standardize(true).build();
        double[] a = g.generate(s, 200).values();
        double[] b = g.generate(s, 200).values();
        assertArrayEquals(a, b, 0.0);
        double[] c = TrajectoryGenerator.builder().observationNoise(0.05).seed(12).standardize(true).build()
                .generate(s, 200).values();
        assertFalse(java.util.Arrays.equals(a, c), "a different seed must give different noise");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delayFlows")
    void delayFlowStaysOnBoundedAttractorFor100Periods(DelayFlow f) {
        int n = 100 * 20 + 1;
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(20)).build()
                .generate(f, n);
        assertEquals(f.outputDimension(), tr.dimension());
        assertBoundedAttractor(f, tr);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delayFlows")
    void delaySettingsRoundTrip(DelayFlow f) {
        assertEquals(f.info().embeddingDimension() * f.dimension(), f.outputDimension());
        assertEquals(f.parameters().get("tau"), f.delay(), 0.0);
        DelayFlow g = f.withEmbeddingDimension(4);
        assertEquals(4 * f.dimension(), g.outputDimension());
        assertEquals(f.embeddingDimension(), f.withParameter("tau", 2 * f.delay()).embeddingDimension());
        assertEquals(4, g.withParameter("tau", 2 * f.delay()).embeddingDimension(),
                "a parameter change keeps the embedding dimension");
        assertEquals(2 * f.delay(), g.withParameter("tau", 2 * f.delay()).delay(), 0.0);
        assertEquals(f.getClass(), g.getClass());
        DelayHistory h = DelayHistory.constant(new double[f.dimension()]);
        assertTrue(g.withHistory(h).withParameter("tau", 3.0).history() == h, "a parameter change keeps the history");
        double[] x0 = f.initialState();
        assertEquals(f.initialCondition()[0], x0[0], 0.0, "default history: constant at IC[0..d)");
        double[] y = new double[f.dimension()];
        f.history().value(-0.37 * f.delay(), y);
        assertArrayEquals(x0, y, 0.0);
        double[] ic = new double[f.dimension()];
        java.util.Arrays.fill(ic, 0.25);
        DelayFlow short1 = f.withInitialCondition(ic);
        assertArrayEquals(ic, short1.initialState(), 0.0);
        assertEquals(f.dimension(), short1.dimension());
        assertThrows(IllegalArgumentException.class, () -> f.withEmbeddingDimension(0));
        assertThrows(IllegalArgumentException.class, () -> f.withParameter("tau", -1.0));
        assertThrows(IllegalArgumentException.class, () -> f.withParameter("tau", 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void mapStaysOnBoundedAttractorFor10000Iterations(DiscreteMap m) {
        Trajectory tr = TrajectoryGenerator.defaults().generate(m, 10_000);
        assertBoundedAttractor(m, tr);
    }

    /** Finite values; the second half's range does not outgrow the first half's (no slow blow-up). */
    static void assertBoundedAttractor(DynamicalSystem s, Trajectory tr) {
        int n = tr.size();
        for (int j = 0; j < tr.dimension(); j++) {
            if (s.info().isUnbounded(j) && !s.hasPostprocessing()) {
                continue;
            }
            double first = 0;
            double second = 0;
            for (int i = 0; i < n; i++) {
                double v = Math.abs(tr.value(i, j));
                assertTrue(Double.isFinite(v), s.name() + " column " + j + " not finite at row " + i);
                if (i < n / 2) {
                    first = Math.max(first, v);
                } else {
                    second = Math.max(second, v);
                }
            }
            final double a = first;
            final double b = second;
            int col = j;
            assertTrue(b <= 10 * a + 1e-9, () -> s.name() + " column " + col + " grows: max|x| " + a
                    + " in the first half, " + b + " in the second");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void parameterRoundTrip(DynamicalSystem s) {
        for (String p : s.parameters().names()) {
            if (!s.parameters().isScalar(p)) {
                continue;
            }
            double v = s.parameters().get(p);
            DynamicalSystem changed = s.withParameter(p, v + 0.125);
            assertEquals(v + 0.125, changed.parameters().get(p), 0.0);
            assertEquals(v, s.parameters().get(p), 0.0, "the original instance must not change");
            assertEquals(s.parameters(), changed.withParameter(p, v).parameters());
            assertEquals(s.getClass(), changed.getClass());
        }
        assertThrows(IllegalArgumentException.class, () -> s.withParameter("no_such_parameter", 1.0));
        assertThrows(IllegalArgumentException.class, () -> s.withInitialCondition(new double[0]));
        double[] nan = s.initialCondition();
        nan[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> s.withInitialCondition(nan));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void parameterChangeChangesDynamics(DynamicalSystem s) {
        // every declared parameter must be used: perturbing it changes the vector field somewhere;
        // the parameters the metadata declares unused (dysts passes them but never reads them) must not;
        // 40 points, so that steep switches (WindmiReduced's tanh(2200·(i − 1))) are seen unsaturated
        double[][] pts = attractorPoints(s, 40);
        for (String p : s.parameters().names()) {
            if (!s.parameters().isScalar(p)) {
                continue;
            }
            double v = s.parameters().get(p);
            DynamicalSystem c = s.withParameter(p, v == 0 ? 0.5 : v * 1.1);
            assertNotEquals(s.parameters(), c.parameters());
            boolean differs = false;
            for (double[] x : pts) {
                differs |= !java.util.Arrays.equals(evaluate(s, x), evaluate(c, x));
            }
            if (s.info().unusedParameters().contains(p)) {
                assertFalse(differs, s.name() + ": parameter '" + p + "' is declared unused but changes the equations");
            } else {
                assertTrue(differs, s.name() + ": parameter '" + p + "' has no effect on the equations");
            }
        }
    }

    /**
     * The vector field at an attractor point; for a delay equation the right-hand side at
     * (x(t), x(t − τ)) of an embedding row followed by the delay τ (τ enters the dynamics
     * through the delay, not through the right-hand side).
     */
    static double[] evaluate(DynamicalSystem s, double[] x) {
        double[] out = new double[s.dimension()];
        if (s instanceof DelayFlow) {
            DelayFlow f = (DelayFlow) s;
            int d = f.dimension();
            int m = x.length / d;
            double[] r = new double[d + 1];
            f.rhs(0.7, java.util.Arrays.copyOfRange(x, 0, d), java.util.Arrays.copyOfRange(x, (m - 1) * d, m * d),
                    out);
            System.arraycopy(out, 0, r, 0, d);
            r[d] = f.delay();
            return r;
        }
        if (s instanceof Flow) {
            ((Flow) s).rhs(0.7, x, out);
        } else {
            ((DiscreteMap) s).next(x, out);
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void everySystemOfTheMetadataIsImplemented() {
        assertEquals(java.util.List.of(), Catalog.unimplemented());
        assertEquals(129, Catalog.select(s -> s.kind() == SystemKind.ODE).size());
        assertEquals(6, Catalog.select(s -> s.kind() == SystemKind.DDE).size());
        assertEquals(25, Catalog.select(s -> s.kind() == SystemKind.MAP).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void defaultInitialConditionMatchesMetadata(DynamicalSystem s) {
        assertArrayEquals(s.info().initialCondition(), s.initialCondition(), 0.0);
        assertEquals(s.info().dimension(), s.dimension());
    }
}
