package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Arrays;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class RecurrenceQuantificationTest {

    private static final RecurrenceQuantification.Options DEFAULTS = RecurrenceQuantification.Options.defaults();

    private static void assertRateHitsTarget(RecurrenceQuantification q) {
        assertEquals(Math.round(q.targetRecurrenceRate() * q.eligiblePairs()), q.recurrentPairs());
        assertTrue(Math.abs(q.recurrenceRate() - q.targetRecurrenceRate()) <= 0.5 / q.eligiblePairs() + 1e-15,
                "RR " + q.recurrenceRate() + " vs target " + q.targetRecurrenceRate());
    }

    /** A limit cycle: every recurrence continues along the diagonal, DET → 1 (Marwan et al. 2007, §5.2). */
    @Test
    void periodicSignalIsDeterministic() {
        int n = 4000;
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * i / 40.3;
            v[2 * i] = Math.cos(ph);
            v[2 * i + 1] = Math.sin(ph);
        }
        RecurrenceQuantification q = RecurrenceQuantification.of(v, 2, DEFAULTS);
        System.out.println("circle " + q);
        assertEquals(2000, q.points());
        assertEquals(2, q.stride());
        assertRateHitsTarget(q);
        assertTrue(q.determinism() > 0.99, "DET " + q.determinism());
        // diagonals at offsets near a multiple of the period (20.15 thinned samples) are recurrent end to end
        assertTrue(q.longestDiagonalLine() >= q.points() - 21, "Lmax " + q.longestDiagonalLine());
    }

    /**
     * I.i.d. noise: recurrences at different (i, j) are independent, so a recurrent point has a recurrent
     * diagonal neighbour with probability ≈ RR and DET ≈ 1 − (1 − RR)² = 0.0975 at RR = 5%.
     */
    @Test
    void noiseHasLowDeterminism() {
        Well19937c rng = new Well19937c(17);
        double[] v = new double[2000];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble();
        }
        RecurrenceQuantification q = RecurrenceQuantification.of(v, 1, DEFAULTS);
        System.out.println("uniform noise " + q);
        assertRateHitsTarget(q);
        assertEquals(1 - 0.95 * 0.95, q.determinism(), 0.015);
        assertTrue(q.laminarity() < 0.2, "LAM " + q.laminarity());
        assertTrue(q.averageDiagonalLength() < 2.2);
        // ε is the 5% quantile of |U − U'| for U, U' uniform: 1 − sqrt(0.95) ≈ 0.0253
        assertEquals(1 - Math.sqrt(0.95), q.threshold(), 0.002);
    }

    /** Lorenz (chaotic flow, 2000 points over ~100 periods): strongly deterministic, far above noise. */
    @Test
    void lorenzIsDeterministic() {
        Trajectory t = TrajectoryGenerator.builder().transientTime(20).build().generate(Catalog.get("Lorenz"), 8000);
        RecurrenceQuantification q = RecurrenceQuantification.of(t, DEFAULTS.withTheilerWindow(5));
        System.out.println("Lorenz " + q);
        assertEquals(4, q.stride());
        assertRateHitsTarget(q);
        assertTrue(q.determinism() > 0.9, "DET " + q.determinism());
    }

    /** A period-4 integer sequence: distances take 4 values, ties at ε are broken to hit the rate exactly. */
    @Test
    void tiesStillGiveTheExactRate() {
        double[] v = new double[400];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 4;
        }
        for (double rate : new double[] {0.05, 0.2, 0.3}) {
            RecurrenceQuantification q = RecurrenceQuantification.of(v, 1, DEFAULTS.withRecurrenceRate(rate));
            assertRateHitsTarget(q);
            long count = 0;
            for (int i = 0; i < q.points(); i++) {
                for (int j = 0; j < q.points(); j++) {
                    if (q.isRecurrent(i, j)) {
                        count++;
                        assertTrue(q.isRecurrent(j, i));
                    }
                }
            }
            assertEquals(2 * q.recurrentPairs(), count);
        }
        assertEquals(0.0, RecurrenceQuantification.of(v, 1, DEFAULTS.withRecurrenceRate(0.2)).threshold(), 0.0);
    }

    /** Threshold, plot and line statistics against a direct computation on small random data. */
    @Test
    void matchesBruteForce() {
        Well19937c rng = new Well19937c(23);
        int n = 300;
        int d = 3;
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian() + (i / d) * 0.01;
        }
        for (RecurrenceQuantification.Norm norm : RecurrenceQuantification.Norm.values()) {
            int w = 3;
            RecurrenceQuantification q = RecurrenceQuantification.of(v, d,
                    DEFAULTS.withTheilerWindow(w).withRecurrenceRate(0.1).withNorm(norm));
            double[] dist = new double[n * n];
            double[] eligible = new double[(n - w) * (n - w + 1) / 2];
            int e = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int c = 0; c < d; c++) {
                        double diff = Math.abs(v[i * d + c] - v[j * d + c]);
                        s = norm == RecurrenceQuantification.Norm.MAXIMUM ? Math.max(s, diff) : s + diff * diff;
                    }
                    dist[i * n + j] = norm == RecurrenceQuantification.Norm.MAXIMUM ? s : Math.sqrt(s);
                    if (j >= i + w) {
                        eligible[e++] = dist[i * n + j];
                    }
                }
            }
            assertEquals(eligible.length, q.eligiblePairs());
            Arrays.sort(eligible);
            long k = Math.round(0.1 * eligible.length);
            assertEquals(eligible[(int) k - 1], q.threshold(), 1e-12);
            boolean[][] r = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] = Math.abs(i - j) >= w && dist[i * n + j] <= q.threshold();
                    assertEquals(r[i][j], q.isRecurrent(i, j), "R(" + i + "," + j + ")");
                }
            }
            long[] diag = new long[n + 1];
            long[] vert = new long[n + 1];
            for (int off = 1; off < n; off++) {
                for (int i = 0; i + off < n; ) {
                    int len = 0;
                    while (i + off < n && r[i][i + off]) {
                        len++;
                        i++;
                    }
                    diag[len]++;
                    i++;
                }
            }
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; ) {
                    int len = 0;
                    while (i < n && r[i][j]) {
                        len++;
                        i++;
                    }
                    vert[len]++;
                    i++;
                }
            }
            diag[0] = 0;
            vert[0] = 0;
            assertArrayEquals(Arrays.copyOf(diag, q.longestDiagonalLine() + 1), q.diagonalLineHistogram());
            assertArrayEquals(Arrays.copyOf(vert, q.longestVerticalLine() + 1), q.verticalLineHistogram());
            long pts = 0;
            long onLines = 0;
            long lines = 0;
            for (int l = 1; l <= n; l++) {
                pts += l * diag[l];
                if (l >= 2) {
                    onLines += l * diag[l];
                    lines += diag[l];
                }
            }
            assertEquals(k, pts);
            assertEquals((double) onLines / pts, q.determinism(), 1e-15);
            assertEquals((double) onLines / lines, q.averageDiagonalLength(), 1e-12);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RecurrenceQuantification.of(new double[100], 1, DEFAULTS),
                "constant");
        assertThrows(IllegalArgumentException.class,
                () -> RecurrenceQuantification.of(new double[] {1, 2, Double.NaN, 4}, 1, DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> RecurrenceQuantification.of(new double[] {1, 2, 3}, 2, DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> RecurrenceQuantification.of(new double[] {1, 2, 3, 4}, 1, DEFAULTS), "K rounds to 0");
        assertThrows(IllegalArgumentException.class,
                () -> RecurrenceQuantification.of(new double[] {1, 2, 3}, 1, DEFAULTS.withTheilerWindow(3)));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withRecurrenceRate(1));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTheilerWindow(0));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMinLines(1, 2));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxPoints(5));
    }
}
