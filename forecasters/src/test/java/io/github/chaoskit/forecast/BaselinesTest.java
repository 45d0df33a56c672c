package io.github.chaoskit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.forecast.internal.Ridge;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    static final Trajectory LORENZ = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).build()
            .generate(Catalog.get("Lorenz"), 3000);

    @Test
    void registryFindsTheBaselines() {
        List<String> names = Forecasters.all().stream().map(ForecasterProvider::name).toList();
        assertTrue(names.containsAll(List.of("climatology", "persistence", "var")), names.toString());
        assertEquals("var", Forecasters.get("VAR").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Forecasters.get("lstm"));
        assertTrue(e.getMessage().contains("persistence"), e.getMessage());
    }

    @Test
    void persistenceAndClimatology() {
        Trajectory train = LORENZ.slice(0, 2000);
        Trajectory f = Forecasters.get("persistence").create().fit(train, 0).forecast(train, 5);
        assertEquals(5, f.size());
        assertArrayEquals(train.row(1999), f.row(4), 0.0);
        assertEquals(train.time(1999) + 5 * train.step(), f.time(4), 1e-12);
        Trajectory c = Forecasters.get("climatology").create().fit(train, 0).forecast(train, 3);
        for (int j = 0; j < 3; j++) {
            double m = java.util.Arrays.stream(train.column(j)).average().getAsDouble();
            assertEquals(m, c.value(2, j), 1e-12);
        }
    }

    @Test
    void varTracksLorenzOverAShortHorizon() {
        Trajectory train = LORENZ.slice(0, 2500);
        FittedModel m = Forecasters.get("var").create(Map.of("p", "4", "ridge", "1e-8")).fit(train, 0);
        Trajectory f = m.forecast(train, 10);
        // one step of 0.01: the fitted linear 4-lag recursion is accurate to 1e-2 of an attractor of
        // std ~8 (measured 1.6e-4 in x, 5.2e-3 in y)
        for (int j = 0; j < 3; j++) {
            assertEquals(LORENZ.value(2500, j), f.value(0, j), 1e-2, "one-step error, column " + j);
        }
        // and beats persistence over those steps
        Trajectory p = Forecasters.get("persistence").create().fit(train, 0).forecast(train, 10);
        assertTrue(err(f) < err(p), "VAR " + err(f) + " vs persistence " + err(p));
    }

    private static double err(Trajectory f) {
        double e = 0;
        for (int k = 0; k < f.size(); k++) {
            for (int j = 0; j < 3; j++) {
                double d = f.value(k, j) - LORENZ.value(2500 + k, j);
                e += d * d;
            }
        }
        return e;
    }

    @Test
    void ridgeRecoversALinearMapExactly() {
        Well19937c rng = new Well19937c(1);
        Ridge r = new Ridge(3, 2);
        double[][] w = {{1.5, -2}, {0.25, 3}, {-1, 0.5}};
        for (int i = 0; i < 1000; i++) {
            double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            double[] y = new double[2];
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 3; k++) {
                    y[j] += x[k] * w[k][j];
                }
            }
            r.add(x, y);
        }
        double[][] got = r.solve(0);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(w[k], got[k], 1e-10);
        }
    }

    @Test
    void ridgeReportsIllConditioning() {
        Ridge r = new Ridge(2, 1);
        for (int i = 0; i < 100; i++) {
            r.add(new double[] {i, i * 1.0}, new double[] {i});
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.solve(0));
        assertTrue(e.getMessage().contains("larger ridge"), e.getMessage());
        double[][] ok = r.solve(1e-3);
        assertEquals(0.5, ok[0][0], 1e-3);
    }

    @Test
    void badInputIsRejected() {
        ForecasterProvider var = Forecasters.get("var");
        assertThrows(IllegalArgumentException.class, () -> var.create(Map.of("q", "1")));
        assertThrows(IllegalArgumentException.class, () -> var.create(Map.of("p", "0")));
        assertThrows(IllegalArgumentException.class, () -> var.create(Map.of("ridge", "abc")));
        assertThrows(IllegalArgumentException.class, () -> var.create().fit(LORENZ.slice(0, 3), 0));
        double[] v = LORENZ.slice(0, 50).values();
        v[10] = Double.NaN;
        Trajectory bad = new Trajectory("x", LORENZ.columnNames(), LORENZ.slice(0, 50).times(), v, 0.01);
        assertThrows(IllegalArgumentException.class, () -> var.create().fit(bad, 0));
        FittedModel m = var.create().fit(LORENZ.slice(0, 500), 0);
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 500).columns(0, 1), 5));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 500), 0));
    }
}
