package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelayEmbeddingTest {

    @Test
    void embedsOneColumn() {
        Trajectory t = TestData.of(new double[] {0, 10, 1, 11, 2, 12, 3, 13, 4, 14, 5, 15, 6, 16}, 2, 0.5);
        Trajectory e = DelayEmbedding.embed(t, 1, 3, 2);
        assertEquals(3, e.size());
        assertEquals(3, e.dimension());
        assertEquals(List.of("x1(t)", "x1(t+2)", "x1(t+4)"), e.columnNames());
        assertEquals(0.5, e.step(), 0.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(i * 0.5, e.time(i), 0.0);
            for (int k = 0; k < 3; k++) {
                assertEquals(10 + i + 2 * k, e.value(i, k), 0.0);
            }
        }
    }

    /** ACF of a sine of period P is cos(2πτ/P): it reaches 1 − 1/e at τ = P·acos(1 − 1/e)/2π = 42.4 for P = 300. */
    @Test
    void autocorrelationLagOfSine() {
        double[] x = TestData.sine(30000, 1, 300).column(0);
        assertEquals(43, DelayEmbedding.autocorrelationLag(x));
    }

    @Test
    void badInputIsRejected() {
        Trajectory t = TestData.sine(100, 0.1, 3);
        assertThrows(IllegalArgumentException.class, () -> DelayEmbedding.embed(t, 1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> DelayEmbedding.embed(t, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> DelayEmbedding.embed(t, 0, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> DelayEmbedding.embed(t, 0, 60, 2));
        assertThrows(IllegalArgumentException.class, () -> DelayEmbedding.autocorrelationLag(new double[] {1, 1, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> DelayEmbedding.autocorrelationLag(new double[] {1, 2, Double.NaN, 1}));
    }
}
