package io.github.chaoskit.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastsTest {

    @Test
    void momentsArePopulationMeanAndStdWithConstantColumnsLeftUnscaled() {
        // column 0: 1, 2, 3 (mean 2, population std √(2/3)); column 1: 0.1 three times, whose mean
        // rounds to 0.10000000000000002, so its std is 1.4e-17 rather than 0 — still treated as constant
        double[] v = {1, 0.1, 2, 0.1, 3, 0.1};
        Trajectory tr = new Trajectory("t", List.of("a", "b"), new double[] {0, 1, 2}, v, 1);
        double[][] m = Forecasts.moments(tr);
        assertEquals(2, m[0][0], 0);
        assertEquals(Math.sqrt(2.0 / 3), m[1][0], 1e-15);
        assertEquals(0.1, m[0][1], 1e-16);
        assertEquals(1, m[1][1], 0, "constant column: unit scale");
    }
}
