package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * differences on the attractor, long integration without blow-up, parameter round trip.
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

    /** Raw (not post-processed) states spread over a few periods of the attractor. */
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
    void flowStaysOnBoundedAttractorFor100Periods(Flow f) {
        int n = 100 * 20 + 1;
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(20)).build()
                .generate(f, n);
        assertBoundedAttractor(f, tr);
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
        // every declared parameter must be used: perturbing it changes the vector field somewhere
        double[][] pts = attractorPoints(s, 3);
        for (String p : s.parameters().names()) {
            if (!s.parameters().isScalar(p) || s.info().notes().stream().anyMatch(n -> n.contains("unused")
                    && n.contains("`" + p + "`"))) {
                continue;
            }
            double v = s.parameters().get(p);
            DynamicalSystem c = s.withParameter(p, v == 0 ? 0.5 : v * 1.1);
            boolean differs = false;
            for (double[] x : pts) {
                differs |= !java.util.Arrays.equals(evaluate(s, x), evaluate(c, x));
            }
            if (!differs && s.info().notes().stream().noneMatch(n -> n.toLowerCase().contains("unused"))) {
                assertNotEquals(s.parameters(), c.parameters());
                assertTrue(differs, s.name() + ": parameter '" + p + "' has no effect on the equations");
            }
        }
    }

    static double[] evaluate(DynamicalSystem s, double[] x) {
        double[] out = new double[s.dimension()];
        if (s instanceof Flow) {
            ((Flow) s).rhs(0.7, x, out);
        } else {
            ((DiscreteMap) s).next(x, out);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void defaultInitialConditionMatchesMetadata(DynamicalSystem s) {
        assertArrayEquals(s.info().initialCondition(), s.initialCondition(), 0.0);
        assertEquals(s.info().dimension(), s.dimension());
    }
}
