package io.github.chaoskit.trajectory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.Parameters;
import io.github.chaoskit.systems.SystemInfo;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.systems.SystemSpec;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.flows.Lorenz;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.GraggBulirschStoerIntegrator;
import org.junit.jupiter.api.Test;

class TrajectoryGeneratorTest {

    private final Flow lorenz = new Lorenz();

    @Test
    void gridFollowsDystsLinspace() {
        int n = 1200;
        Trajectory tr = TrajectoryGenerator.defaults().generate(lorenz, n);
        double period = lorenz.info().period();
        double h = period * n / 100.0 / (n - 1);
        assertEquals(n, tr.size());
        assertEquals(h, tr.step(), 0.0);
        for (int k = 0; k < n; k++) {
            assertEquals(k * h, tr.time(k), 0.0, "grid time " + k);
        }
        assertEquals(12 * period, tr.time(n - 1), 1e-12);
        assertArrayEquals(lorenz.initialCondition(), tr.row(0), 0.0, "first row is the initial condition");
    }

    @Test
    void fixedStepAndLyapunovGrids() {
        Trajectory fixed = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).build().generate(lorenz, 101);
        assertEquals(0.01, fixed.step(), 0.0);
        assertEquals(100 * 0.01, fixed.time(100), 0.0);
        double lambda = lorenz.info().lyapunovMax().getAsDouble();
        Trajectory lyap = TrajectoryGenerator.builder().sampling(Sampling.pointsPerLyapunovTime(30)).build()
                .generate(lorenz, 301);
        assertEquals(301 / lambda / 30 / 300, lyap.step(), 1e-15);
    }

    /** The first two periods agree with an independent GBS integration at 1e-13 to 1e-7. */
    @Test
    void lorenzMatchesIndependentHighAccuracyIntegration() {
        int n = 201;
        Trajectory tr = TrajectoryGenerator.defaults().generate(lorenz, n);
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                // written out again, independently of Lorenz.rhs
                return new double[] {10 * (y[1] - y[0]), 28 * y[0] - y[0] * y[2] - y[1], y[0] * y[1] - 2.667 * y[2]};
            }
        };
        double[] y = lorenz.initialCondition();
        double maxErr = 0;
        for (int k = 1; k < n; k++) {
            GraggBulirschStoerIntegrator gbs = new GraggBulirschStoerIntegrator(1e-16, 1.0, 1e-13, 1e-13);
            y = gbs.integrate(ode, new ODEState(tr.time(k - 1), y), tr.time(k)).getPrimaryState();
            for (int j = 0; j < 3; j++) {
                maxErr = Math.max(maxErr, Math.abs(y[j] - tr.value(k, j)));
            }
        }
        assertTrue(tr.time(n - 1) >= 2 * lorenz.info().period());
        assertTrue(maxErr < 1e-7, "max deviation from GBS over two periods: " + maxErr);
    }

    @Test
    void transientIsDiscardedAndFirstRowIsStateAfterIt() {
        TrajectoryGenerator g = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.5)).build();
        Trajectory whole = g.generate(lorenz, 3);
        Trajectory after = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.5)).transientTime(1.0).build()
                .generate(lorenz, 1);
        assertEquals(0.0, after.time(0), 0.0);
        assertArrayEquals(whole.row(2), after.row(0), 1e-8);
    }

    @Test
    void streamingGivesTheSameBytesAsInMemory() {
        TrajectoryGenerator g = TrajectoryGenerator.builder().observationNoise(0.1).standardize(true).seed(42).build();
        Trajectory mem = g.generate(lorenz, 500);
        List<double[]> rows = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        g.stream(lorenz, 500, (k, t, row) -> {
            assertEquals(rows.size(), k);
            rows.add(row.clone());
            times.add(t);
        });
        for (int i = 0; i < 500; i++) {
            assertArrayEquals(mem.row(i), rows.get(i), 0.0);
            assertEquals(mem.time(i), times.get(i), 0.0);
        }
    }

    @Test
    void noiseIsSeededAndScaledByAttractorStd() {
        TrajectoryGenerator clean = TrajectoryGenerator.defaults();
        TrajectoryGenerator a = TrajectoryGenerator.builder().observationNoise(0.05).seed(7).build();
        TrajectoryGenerator b = TrajectoryGenerator.builder().observationNoise(0.05).seed(7).build();
        TrajectoryGenerator c = TrajectoryGenerator.builder().observationNoise(0.05).seed(8).build();
        Trajectory t0 = clean.generate(lorenz, 4000);
        Trajectory ta = a.generate(lorenz, 4000);
        assertArrayEquals(ta.values(), b.generate(lorenz, 4000).values(), 0.0);
        assertFalse(java.util.Arrays.equals(ta.values(), c.generate(lorenz, 4000).values()));
        double[] std = lorenz.info().std().get();
        for (int j = 0; j < 3; j++) {
            double s2 = 0;
            for (int i = 0; i < 4000; i++) {
                double e = ta.value(i, j) - t0.value(i, j);
                s2 += e * e;
            }
            double s = Math.sqrt(s2 / 4000);
            assertEquals(0.05 * std[j], s, 0.05 * std[j] * 0.05, "noise std of column " + j);
        }
    }

    @Test
    void standardisationUsesReferenceStatistics() {
        Trajectory raw = TrajectoryGenerator.defaults().generate(lorenz, 100);
        Trajectory z = TrajectoryGenerator.builder().standardize(true).build().generate(lorenz, 100);
        double[] mean = lorenz.info().mean().get();
        double[] std = lorenz.info().std().get();
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals((raw.value(i, j) - mean[j]) / std[j], z.value(i, j), 0.0);
            }
        }
    }

    @Test
    void mapsStartWithFirstIterateLikeDysts() {
        DiscreteMap henon = Catalog.map("Henon");
        Trajectory tr = TrajectoryGenerator.defaults().generate(henon, 10);
        double[] x = henon.initialCondition();
        double[] next = new double[2];
        for (int k = 0; k < 10; k++) {
            henon.next(x, next);
            x = next.clone();
            assertArrayEquals(x, tr.row(k), 0.0);
            assertEquals(k, tr.time(k), 0.0);
        }
    }

    @Test
    void blowUpIsReportedWithTimeAndState() {
        // dx/dt = x² from x = 1 reaches infinity at t = 1
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> TrajectoryGenerator.defaults().generate(new Riccati(), 1000));
        assertEquals("Riccati", e.systemName());
        assertTrue(e.time() > 0.99 && e.time() <= 1.0, "blow-up time " + e.time());
        assertTrue(e.getMessage().contains("diverged at t="), e.getMessage());
        DivergenceException m = assertThrows(DivergenceException.class,
                () -> TrajectoryGenerator.defaults().generate(Catalog.map("Henon").withParameter("a", 3.0), 100));
        assertTrue(m.getMessage().contains("Henon"));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TrajectoryGenerator.defaults().generate(lorenz, 0));
        assertThrows(IllegalArgumentException.class, () -> Sampling.fixedStep(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Sampling.pointsPerPeriod(0));
        assertThrows(IllegalArgumentException.class, () -> TrajectoryGenerator.builder().tolerances(0, 1e-9));
        assertThrows(IllegalArgumentException.class, () -> TrajectoryGenerator.builder().observationNoise(-1));
        assertThrows(IllegalArgumentException.class, () -> Catalog.get("Lorenz63"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalog.get("lorenx"));
        assertTrue(e.getMessage().contains("Lorenz"), e.getMessage());
    }

    @Test
    void integratorsAgreeOnShortHorizon() {
        Trajectory ref = TrajectoryGenerator.defaults().generate(lorenz, 101);
        for (Integrator i : Integrator.values()) {
            Trajectory tr = TrajectoryGenerator.builder().integrator(i).tolerances(1e-11, 1e-11).build().generate(lorenz, 101);
            for (int k = 0; k < 101; k++) {
                assertArrayEquals(ref.row(k), tr.row(k), 1e-6, i + " at row " + k);
            }
        }
    }

    @Test
    void segmentsJoinSeamlesslyForLongRuns() {
        // more points than one integration segment: the stream must be continuous across the seam
        long n = TrajectoryGenerator.SEGMENT + 3L;
        double[] prev = new double[3];
        double[] at = new double[3];
        long[] count = {0};
        TrajectoryGenerator.builder().sampling(Sampling.fixedStep(1e-3)).tolerances(1e-8, 1e-8).build()
                .stream(lorenz, n, (k, t, row) -> {
                    assertEquals(count[0], k);
                    assertEquals(k * 1e-3, t, 0.0);
                    if (k > 0) {
                        for (int j = 0; j < 3; j++) {
                            assertTrue(Math.abs(row[j] - prev[j]) < 0.5, "jump at row " + k);
                        }
                    }
                    if (k == TrajectoryGenerator.SEGMENT) {
                        System.arraycopy(row, 0, at, 0, 3);
                    }
                    System.arraycopy(row, 0, prev, 0, 3);
                    count[0]++;
                });
        assertEquals(n, count[0]);
        assertTrue(Double.isFinite(at[0]));
    }

    /**
     * Ornstein–Uhlenbeck process dx = −x dt + √2 dW: stationary variance exactly 1 and
     * autocorrelation e^{−|τ|}; both SDE schemes must reproduce them.
     */
    @Test
    void dynamicalNoiseReproducesOrnsteinUhlenbeckStatistics() {
        for (StochasticIntegrator.Scheme scheme : StochasticIntegrator.Scheme.values()) {
            Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.1)).dynamicalNoise(Math.sqrt(2))
                    .dynamicalNoiseScale(new double[] {1.0}).sdeScheme(scheme).seed(3).transientTime(5).build()
                    .generate(new Linear(), 40_000);
            double[] x = tr.column(0);
            double m = java.util.Arrays.stream(x).average().getAsDouble();
            double v = java.util.Arrays.stream(x).map(a -> (a - m) * (a - m)).average().getAsDouble();
            double c = 0;
            for (int i = 0; i + 10 < x.length; i++) {
                c += (x[i] - m) * (x[i + 10] - m);
            }
            c /= (x.length - 10) * v;
            assertEquals(0.0, m, 0.08, scheme + " mean");
            assertEquals(1.0, v, 0.08, scheme + " stationary variance");
            assertEquals(Math.exp(-1), c, 0.05, scheme + " lag-1 autocorrelation");
        }
    }

    @Test
    void dynamicalNoiseIsSeededAndZeroNoiseLeavesTheDeterministicPath() {
        TrajectoryGenerator a = TrajectoryGenerator.builder().dynamicalNoise(0.01).seed(5).build();
        Trajectory t1 = a.generate(lorenz, 500);
        assertArrayEquals(t1.values(), a.generate(lorenz, 500).values(), 0.0);
        Trajectory t2 = TrajectoryGenerator.builder().dynamicalNoise(0.01).seed(6).build().generate(lorenz, 500);
        assertFalse(java.util.Arrays.equals(t1.values(), t2.values()));
        assertArrayEquals(TrajectoryGenerator.defaults().generate(lorenz, 500).values(),
                TrajectoryGenerator.builder().dynamicalNoise(0).seed(5).build().generate(lorenz, 500).values(), 0.0);
        // noisy Lorenz stays on a bounded attractor and departs from the deterministic orbit
        double maxDiff = 0;
        for (int i = 0; i < 500; i++) {
            assertTrue(Math.abs(t1.value(i, 2)) < 100);
            maxDiff = Math.max(maxDiff, Math.abs(t1.value(i, 0) - TrajectoryGenerator.defaults().generate(lorenz, 500).value(i, 0)));
            if (maxDiff > 1) {
                break;
            }
        }
        assertTrue(maxDiff > 1, "dynamical noise must change the chaotic orbit");
        DiscreteMap henon = Catalog.map("Henon");
        Trajectory hn = TrajectoryGenerator.builder().dynamicalNoise(0.01).dynamicalNoiseScale(new double[] {1, 1}).seed(1)
                .build().generate(henon, 100);
        assertFalse(java.util.Arrays.equals(hn.values(), TrajectoryGenerator.defaults().generate(henon, 100).values()));
        assertThrows(IllegalArgumentException.class, () -> TrajectoryGenerator.builder().dynamicalNoise(-1));
        assertThrows(IllegalArgumentException.class, () -> TrajectoryGenerator.builder().dynamicalNoise(0.1)
                .build().generate(Catalog.get("MackeyGlass"), 10));
    }

    /** dx/dt = −x (the drift of the Ornstein–Uhlenbeck test). */
    static final class Linear extends AbstractFlow {
        Linear() {
            this(SystemSpec.of(SystemInfo.custom("Linear", SystemKind.ODE, List.of("x"), Parameters.empty(),
                    new double[] {0.0}, 1.0, "test")));
        }

        private Linear(SystemSpec spec) {
            super(spec);
        }

        @Override
        protected Flow create(SystemSpec spec) {
            return new Linear(spec);
        }

        @Override
        public void rhs(double t, double[] x, double[] dx) {
            dx[0] = -x[0];
        }

        @Override
        public void jacobian(double t, double[] x, double[] j) {
            j[0] = -1;
        }
    }

    /** dx/dt = x², x(0) = 1: the exact solution 1/(1 − t) blows up at t = 1. */
    static final class Riccati extends AbstractFlow {
        Riccati() {
            this(SystemSpec.of(SystemInfo.custom("Riccati", SystemKind.ODE, List.of("x"), Parameters.empty(),
                    new double[] {1.0}, 1.0, "test")));
        }

        private Riccati(SystemSpec spec) {
            super(spec);
        }

        @Override
        protected Flow create(SystemSpec spec) {
            return new Riccati(spec);
        }

        @Override
        public void rhs(double t, double[] x, double[] dx) {
            dx[0] = x[0] * x[0];
        }

        @Override
        public void jacobian(double t, double[] x, double[] j) {
            j[0] = 2 * x[0];
        }
    }
}
