package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class DominantPeriodTest {

    /** sin(2πt/3): period 3.0 (measured 3.00014); also for a period that is not a whole number of samples. */
    @Test
    void sine() {
        DominantPeriod p = DominantPeriod.estimate(TestData.sine(20000, 0.01, 3));
        System.out.println("sine: " + p + " — " + p.method());
        assertTrue(p.isPresent());
        assertEquals(3.0, p.period().getAsDouble(), 0.01 * 3.0);
        double[] f = p.significantFrequencies(0);
        System.out.println("significant: " + Arrays.toString(f));
        assertTrue(f.length > 0);
        for (double v : f) {
            // the main lobe (±4 bins of 1/200) and the window's side lobes, far above the rounding floor
            assertEquals(1 / 3.0, v, 15 / 200.0, "significant bins lie within 15 bins of 1/3");
        }
        DominantPeriod q = DominantPeriod.estimate(TestData.sine(20000, 0.01, 2.9137));
        assertEquals(2.9137, q.period().getAsDouble(), 0.001 * 2.9137);
    }

    /** Of two tones, the stronger wins; the weaker is significant as well. */
    @Test
    void twoTones() {
        int n = 8192;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i * 0.05;
            v[i] = 0.5 * Math.sin(2 * Math.PI * t / 0.7) + Math.sin(2 * Math.PI * t / 5.0 + 1);
        }
        DominantPeriod p = DominantPeriod.estimate(TestData.of(v, 1, 0.05));
        assertEquals(5.0, p.period().getAsDouble(), 0.01 * 5.0);
        double[] f = p.significantFrequencies(0);
        assertTrue(Arrays.stream(f).anyMatch(x -> Math.abs(x - 1 / 0.7) < 0.01), "the weaker tone is significant");
    }

    /**
     * Lorenz: only z has a spectral peak (at 1/0.75 ≈ 1.33, the oscillation about the fixed points); x
     * and y have broadband spectra without significant peaks. dysts's metadata period 1.5008 is
     * twice this (1.5008 / 2 = 0.7504); see the class documentation.
     */
    @Test
    void lorenz() {
        Trajectory lorenz = TestData.lorenz(10000);
        DominantPeriod p = DominantPeriod.estimate(lorenz);
        System.out.println("Lorenz: " + p + " — " + p.method());
        double[] per = p.coordinatePeriods();
        assertTrue(Double.isNaN(per[0]) && Double.isNaN(per[1]), "x and y have no significant peak");
        double dysts = Catalog.get("Lorenz").info().period();
        assertEquals(1.5008, dysts, 1e-12);
        assertEquals(dysts / 2, per[2], 0.03 * dysts / 2, "z: half of dysts's period");
        assertEquals(per[2], p.period().getAsDouble(), 0.0);
    }

    /** White noise has no period; over 20 independent series the family-wise 5 % level holds. */
    @Test
    void whiteNoiseHasNoPeriod() {
        DominantPeriod p = DominantPeriod.estimate(TestData.gaussian(20000, 1, 1));
        System.out.println("noise: " + p + " threshold " + p.threshold(0));
        assertFalse(p.isPresent());
        assertTrue(p.period().isEmpty());
        assertEquals(0, p.significantFrequencies(0).length);
        int detections = 0;
        for (long seed = 0; seed < 20; seed++) {
            DominantPeriod q = DominantPeriod.estimate(TestData.gaussian(2048, 1, 100 + seed),
                    DominantPeriod.Options.defaults().withSeed(seed));
            if (q.isPresent()) {
                detections++;
            }
        }
        assertTrue(detections <= 3, "expected about 1 false detection in 20, got " + detections);
    }

    /** Median over coordinates that have a period; a constant coordinate has none. */
    @Test
    void medianOverCoordinates() {
        int n = 6000;
        double dt = 0.02;
        Well19937c rng = new Well19937c(4);
        double[] v = new double[4 * n];
        for (int i = 0; i < n; i++) {
            double t = i * dt;
            v[4 * i] = Math.sin(2 * Math.PI * t / 3);
            v[4 * i + 1] = Math.cos(2 * Math.PI * t / 5);
            v[4 * i + 2] = rng.nextGaussian();
            v[4 * i + 3] = 7;
        }
        DominantPeriod p = DominantPeriod.estimate(TestData.of(v, 4, dt));
        double[] per = p.coordinatePeriods();
        assertEquals(3, per[0], 0.01 * 3);
        assertEquals(5, per[1], 0.01 * 5);
        assertTrue(Double.isNaN(per[2]) && Double.isNaN(per[3]));
        assertEquals(0.5 * (per[0] + per[1]), p.period().getAsDouble(), 1e-12);
        assertNull(p.power(3));
        assertTrue(Double.isNaN(p.threshold(3)));
        assertEquals(n / 2 + 1, p.frequencies().length);
        assertEquals(1 / (n * dt), p.frequencies()[1], 1e-15);
        // same seed, same result
        DominantPeriod again = DominantPeriod.estimate(TestData.of(v, 4, dt));
        assertArrayEquals(per, again.coordinatePeriods(), 0.0);
        assertArrayEquals(p.power(0), again.power(0), 0.0);
        assertEquals(p.threshold(2), again.threshold(2), 0.0);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DominantPeriod.estimate(TestData.sine(50, 0.1, 3)));
        double[] v = TestData.sine(500, 0.1, 3).values();
        v[100] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> DominantPeriod.estimate(TestData.of(v, 1, 0.1)));
        assertThrows(IllegalArgumentException.class, () -> DominantPeriod.estimate(TestData.of(new double[500], 1, 0.1)));
        assertThrows(IllegalArgumentException.class,
                () -> DominantPeriod.estimate(new Trajectory("x", List.of("x"), new double[500], new double[500], 0)));
        assertThrows(IllegalArgumentException.class, () -> DominantPeriod.Options.defaults().withSurrogates(5));
        assertThrows(IllegalArgumentException.class, () -> DominantPeriod.Options.defaults().withLevel(1));
        assertThrows(IllegalArgumentException.class, () -> DominantPeriod.Options.defaults().withMinCycles(0));
    }
}
