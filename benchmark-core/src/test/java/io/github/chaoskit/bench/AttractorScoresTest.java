package io.github.chaoskit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

class AttractorScoresTest {

    private static final SystemData LORENZ = new LyapunovProtocol().prepare(Catalog.get("Lorenz"), Budget.QUICK);

    @Test
    void invariantErrors() {
        double lambda = LORENZ.context().lyapunovMax().getAsDouble();
        FittedModel tooChaotic = new FittedModel() {
            @Override
            public Trajectory forecast(Trajectory history, int steps) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.OptionalDouble largestLyapunovExponent() {
                return java.util.OptionalDouble.of(1.1 * lambda);
            }
        };
        assertEquals(0.1, AttractorScores.lyapunovError(tooChaotic, LORENZ).getAsDouble(), 1e-12);
        FittedModel persistence = Forecasters.get("persistence").create().fit(LORENZ.fit(), 0);
        assertTrue(AttractorScores.lyapunovError(persistence, LORENZ).isEmpty(), "no λ̂₁, no error");
        SystemData fallback = new SystemData("x", LORENZ.fit(), LORENZ.tune(), LORENZ.windows(), LORENZ.context(),
                LORENZ.longTermTruth(), LORENZ.independentTruth(), "λ₁ not clearly positive: time unit = 10 iterations");
        assertTrue(AttractorScores.lyapunovError(tooChaotic, fallback).isEmpty(), "no relative error in a fallback unit");
        // correlation dimension: zero against itself, a small floor for an independent Lorenz orbit, and
        // Lorenz's D2 ≈ 2.05 (docs/invariants.md)
        assertEquals(0, AttractorScores.correlationDimensionError(LORENZ.longTermTruth(), LORENZ), 0);
        double d2 = AttractorScores.correlationDimension(LORENZ.longTermTruth());
        assertEquals(2.05, d2, 0.15);
        double floor = AttractorScores.correlationDimensionFloor(LORENZ);
        assertTrue(floor >= 0 && floor < 0.15, "floor " + floor);
    }

    /** Continues any history cut from {@code truth} with the true samples: a perfect model. */
    private static FittedModel oracle(Trajectory truth) {
        return (history, steps) -> {
            double last = history.time(history.size() - 1);
            int i = (int) Math.round((last - truth.time(0)) / truth.step());
            if (Math.abs(truth.time(i) - last) > 1e-9 * Math.max(1, Math.abs(last))) {
                throw new IllegalArgumentException("history does not end on the truth's grid");
            }
            return truth.slice(i + 1, i + 1 + steps);
        };
    }

    @Test
    void restartedPredictionErrorIsZeroForAPerfectModelAndTheMeanSquaredJumpForPersistence() {
        Trajectory truth = LORENZ.longTermTruth();
        int warm = LORENZ.windows().get(0).history().size();
        assertEquals(0, AttractorScores.restartedPredictionError(oracle(truth), truth, warm), 0);
        // persistence repeats the last true state: PE(n) = mean over restarts of |x(o−1) − x(o+n−1)|²/d
        FittedModel persistence = Forecasters.get("persistence").create().fit(LORENZ.fit(), 0);
        int n = AttractorScores.PE_STEPS;
        int span = truth.size() - warm - n;
        int d = truth.dimension();
        double expected = 0;
        for (int r = 0; r < AttractorScores.PE_RESTARTS; r++) {
            int o = warm + (int) Math.round((double) r * span / (AttractorScores.PE_RESTARTS - 1));
            for (int j = 0; j < d; j++) {
                double e = truth.value(o - 1, j) - truth.value(o + n - 1, j);
                expected += e * e / d;
            }
        }
        expected /= AttractorScores.PE_RESTARTS;
        assertEquals(expected, AttractorScores.restartedPredictionError(persistence, LORENZ), 1e-12 * expected);
        assertThrows(IllegalArgumentException.class,
                () -> AttractorScores.restartedPredictionError(persistence, truth.slice(0, warm + n - 1), warm));
    }

    @Test
    void floorsAndFreeRunScores() {
        AttractorScores.Scores f = AttractorScores.floor(LORENZ);
        AttractorScores.Scores self = AttractorScores.of(LORENZ.longTermTruth(), LORENZ);
        assertEquals(0, self.dstsp(), 1e-12, "a trajectory against itself");
        assertEquals(0, self.dh(), 1e-12);
        assertEquals(f.dstsp(), AttractorScores.of(LORENZ.independentTruth().slice(0, LORENZ.longTermTruth().size()),
                LORENZ).dstsp(), 1e-12);
        // the free run continues window 0's history for as long as the long-term truth
        FittedModel persistence = Forecasters.get("persistence").create().fit(LORENZ.fit(), 0);
        Trajectory free = AttractorScores.freeRun(persistence, LORENZ);
        Trajectory h = LORENZ.windows().get(0).history();
        assertEquals(LORENZ.longTermTruth().size(), free.size());
        for (int j = 0; j < h.dimension(); j++) {
            assertEquals(h.value(h.size() - 1, j), free.value(free.size() - 1, j), 0);
        }
        FittedModel oracle = oracle(LORENZ.longTermTruth());
        SystemData none = new SystemData("x", LORENZ.fit(), LORENZ.tune(), LORENZ.windows(), LORENZ.context(), null,
                null, "");
        assertNull(AttractorScores.floor(none));
        assertThrows(IllegalArgumentException.class, () -> AttractorScores.freeRun(oracle, none));
    }
}
