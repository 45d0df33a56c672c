package io.github.chaoskit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

class ValidPredictionTimeTest {

    static final MetricContext CTX = MetricContext.builder().lyapunovMax(0.9056).step(0.01).attractorStd(2, 4).build();

    @Test
    void perfectForecastIsCensoredAtTheHorizon() {
        double[][] y = new double[300][2];
        for (int i = 0; i < 300; i++) {
            y[i][0] = Math.sin(0.05 * i) + 3;
            y[i][1] = Math.cos(0.03 * i) - 2;
        }
        Trajectory t = TestData.of(0.01, y);
        for (ValidPredictionTime v : new ValidPredictionTime[] {ValidPredictionTime.NRMSE, ValidPredictionTime.SMAPE}) {
            ValidPredictionTime.Result r = v.evaluate(t, t, CTX);
            assertTrue(r.censored(), v.name());
            assertEquals(300, r.validSteps());
            assertEquals(300 * 0.01 * 0.9056, r.lyapunovTimes(), 1e-12);
            assertEquals(r.lyapunovTimes(), v.score(t, t, CTX), 0);
            assertFalse(v.lowerIsBetter());
        }
    }

    /** Error (ŷ−y)/σ = (0.1·i, 0) in column 0 only: E_i = 0.1·i/√2 exceeds 0.5 first at i = 8 (0.566). */
    @Test
    void nrmseCrossingByHand() {
        double[][] y = new double[20][2];
        double[][] f = new double[20][2];
        for (int i = 0; i < 20; i++) {
            y[i][0] = 1;
            y[i][1] = 5;
            f[i][0] = 1 + 2 * 0.1 * i; // σ_0 = 2
            f[i][1] = 5;
        }
        ValidPredictionTime.Result r = ValidPredictionTime.NRMSE.evaluate(TestData.of(0.01, y), TestData.of(0.01, f), CTX);
        // i = 7: 0.7/√2 = 0.495 ≤ 0.5; i = 8: 0.8/√2 = 0.566 > 0.5
        assertEquals(8, r.validSteps());
        assertFalse(r.censored());
        assertEquals(8 * 0.01 * 0.9056, r.lyapunovTimes(), 1e-12);
        // the stricter ε = 0.3: 0.4/√2 = 0.283, 0.5/√2 = 0.354 → 5
        assertEquals(5, ValidPredictionTime.nrmse(0.3).evaluate(TestData.of(0.01, y), TestData.of(0.01, f), CTX)
                .validSteps());
        assertEquals("vpt_nrmse@0.3", ValidPredictionTime.nrmse(0.3).name());
    }

    /**
     * Cumulative sMAPE, one column, y = 1 and ŷ = (1, 1, 1.5, 2, 3, …): terms 0, 0, 0.5/2.5 = 0.2,
     * 1/3, 0.5; cumulative 200·Σ/(i+1) = 0, 0, 13.3, 26.7, 41.3 → first above 30 at i = 4.
     */
    @Test
    void smapeCrossingIsCumulative() {
        Trajectory y = TestData.column(1, 1, 1, 1, 1, 1);
        Trajectory f = TestData.column(1, 1, 1.5, 2, 3, 1);
        MetricContext c = MetricContext.builder().lyapunovMax(1).step(0.5).build();
        ValidPredictionTime.Result r = ValidPredictionTime.SMAPE.evaluate(y, f, c);
        assertEquals(4, r.validSteps());
        assertEquals(2.0, r.lyapunovTimes(), 1e-12);
        // a point-wise threshold would cross at i = 3 (term 1/3·200 = 66.7 > 30) or even i = 2 (40)
        assertFalse(r.censored());
        // sMAPE VPT needs no σ; NRMSE VPT does
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ValidPredictionTime.NRMSE.evaluate(y, f, c));
        assertTrue(ex.getMessage().contains("vpt_nrmse") && ex.getMessage().contains("attractorStd"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class,
                () -> ValidPredictionTime.SMAPE.evaluate(y, f, MetricContext.empty()));
        assertTrue(ex.getMessage().contains("vpt_smape") && ex.getMessage().contains("step"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ValidPredictionTime.smape(0));
    }
}
