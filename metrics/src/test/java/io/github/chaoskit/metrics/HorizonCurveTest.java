package io.github.chaoskit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Set;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class HorizonCurveTest {

    static final Set<String> INCREMENTAL = Set.of("mse", "mae", "rmse", "nrmse", "marre", "r2", "smape", "mape",
            "wape", "mase", "pearson", "coefficient_of_variation");

    /** A forecast drifting away from a noisy truth, 120×3, Δt = 0.05, λ₁ = 0.9. */
    static Trajectory[] pair() {
        RandomGenerator rng = new Well19937c(21);
        int n = 120;
        double[][] y = new double[n][3];
        double[][] f = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                y[i][j] = Math.sin(0.1 * i + j) + 0.2 * rng.nextGaussian() + j;
                f[i][j] = y[i][j] + 0.01 * Math.exp(0.05 * i) * rng.nextGaussian();
            }
        }
        return new Trajectory[] {TestData.of(0.05, y), TestData.of(0.05, f)};
    }

    static MetricContext context(Trajectory train) {
        return MetricContext.builder().lyapunovMax(0.9).step(0.05).attractorStd(0.8, 0.9, 1.1).training(train).build();
    }

    /** The O(T) running-sum curves agree with re-scoring every prefix, and the x axis is i·Δt·λ₁. */
    @Test
    void incrementalCurvesEqualPrefixScores() {
        Trajectory[] p = pair();
        MetricContext c = context(p[0]);
        for (Metric m : Metrics.shortTerm()) {
            HorizonCurve curve = HorizonCurve.of(m, p[0], p[1], c);
            assertEquals(INCREMENTAL.contains(m.name()), curve.incremental(), m.name());
            assertEquals(120, curve.size());
            double[] v = curve.values();
            double[] t = curve.lyapunovTimes();
            for (int i = 0; i < 120; i++) {
                assertEquals(i * 0.05 * 0.9, t[i], 1e-12);
                double direct;
                try {
                    direct = m.score(p[0].slice(0, i + 1), p[1].slice(0, i + 1), c);
                } catch (IllegalArgumentException undefined) {
                    direct = Double.NaN;
                }
                if (Double.isNaN(direct)) {
                    assertTrue(Double.isNaN(v[i]), m.name() + " prefix " + i + " should be undefined");
                } else {
                    assertEquals(direct, v[i], 1e-9 * Math.max(1, Math.abs(direct)), m.name() + " prefix " + i);
                }
            }
            // the last point is the whole-window score
            assertEquals(m.score(p[0], p[1], c), v[119], 1e-9 * Math.max(1, Math.abs(v[119])), m.name());
        }
        // prefixes of one point: correlations are undefined there (r2 is not: it pools all D columns)
        assertTrue(Double.isNaN(HorizonCurve.of(Metrics.byName("pearson"), p[0], p[1], c).values()[0]));
        assertTrue(Double.isFinite(HorizonCurve.of(Metrics.byName("r2"), p[0], p[1], c).values()[0]));
        assertTrue(Double.isNaN(HorizonCurve.of(Metrics.byName("kendall"), p[0], p[1], c).values()[0]));
        // the error grows along the window
        double[] nrmse = HorizonCurve.of(Metrics.byName("nrmse"), p[0], p[1], c).values();
        assertTrue(nrmse[119] > 5 * nrmse[10]);
    }

    @Test
    void maxPrefixesCapsTheFallback() {
        Trajectory[] p = pair();
        MetricContext c = context(p[0]);
        HorizonCurve k = HorizonCurve.of(Metrics.byName("kendall"), p[0], p[1], c, 7);
        assertEquals(7, k.size());
        int[] ends = k.prefixEnds();
        assertEquals(119, ends[6]);
        for (int i = 1; i < 7; i++) {
            assertTrue(ends[i] > ends[i - 1]);
        }
        assertEquals(ends[3] * 0.05 * 0.9, k.lyapunovTimes()[3], 1e-12);
        // running-sum metrics ignore the cap
        assertEquals(120, HorizonCurve.of(Metrics.byName("mse"), p[0], p[1], c, 7).size());
        assertFalse(k.incremental());
        assertArrayEquals(k.values(), HorizonCurve.of(Metrics.byName("kendall"), p[0], p[1], c, 7).values());
    }

    @Test
    void needsTheTimeUnit() {
        Trajectory[] p = pair();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> HorizonCurve.of(Metrics.byName("mse"), p[0], p[1], MetricContext.empty()));
        assertTrue(ex.getMessage().contains("mse") && ex.getMessage().contains("lyapunovMax"), ex.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HorizonCurve.of(Metrics.byName("mse"), p[0], p[1].slice(0, 5), context(p[0])));
    }
}
