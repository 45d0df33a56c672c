package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class InvariantMeasureEntropyTest {

    private static final double[] ORDERS = {-3, -1, 0, 0.3, 0.5, 0.9, 0.999999, 1, 1.000001, 1.2, 1.5, 2, 3, 7, 20,
        Double.POSITIVE_INFINITY};

    /** 16 points on a 4×4 grid of half-integers, each repeated 50 times: 16 equally likely unit boxes. */
    @Test
    void uniformOverKBoxesGivesLogKForEveryOrder() {
        int k = 16;
        double[] v = new double[k * 50 * 2];
        int r = 0;
        for (int rep = 0; rep < 50; rep++) {
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    v[r++] = a + 0.5;
                    v[r++] = b + 0.5;
                }
            }
        }
        InvariantMeasureEntropy e = InvariantMeasureEntropy.ofBoxSide(v, 2, 1.0);
        assertEquals(k, e.occupiedBoxes());
        assertEquals(800, e.points());
        for (double q : ORDERS) {
            assertEquals(Math.log(k), e.renyi(q), 1e-12, "Rényi q=" + q);
        }
        assertEquals(Math.log(k), e.renyi(Double.NEGATIVE_INFINITY), 1e-12);
        assertEquals(Math.log(k), e.shannon(), 1e-12);
        for (double q : new double[] {-1, 0, 0.5, 0.999999, 1.000001, 2, 3}) {
            double tsallis = (1 - Math.pow(k, 1 - q)) / (q - 1);
            assertEquals(tsallis, e.tsallis(q), 1e-9, "Tsallis q=" + q);
        }
        // the same grid through equal bins per dimension (range 3, 4 bins of width 0.75)
        InvariantMeasureEntropy bins = InvariantMeasureEntropy.ofBins(v, 2, 4);
        assertEquals(k, bins.occupiedBoxes());
        assertArrayEquals(new double[] {0.75, 0.75}, bins.boxSides(), 1e-15);
        assertEquals(Math.log(k), bins.renyi(2), 1e-12);
    }

    /** p = (0.3, 0.7): closed forms for every entropy. */
    @Test
    void twoBoxAnalyticValues() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < 300 ? 0.1 : 0.9; // two bins of [0.1, 0.9]
        }
        InvariantMeasureEntropy data = InvariantMeasureEntropy.ofBins(v, 1, 2);
        InvariantMeasureEntropy given = InvariantMeasureEntropy.ofProbabilities(new double[] {0.3, 0, 0.7});
        for (InvariantMeasureEntropy e : new InvariantMeasureEntropy[] {data, given}) {
            assertArrayEquals(new double[] {0.7, 0.3}, e.probabilities(), 1e-15);
            assertEquals(-0.3 * Math.log(0.3) - 0.7 * Math.log(0.7), e.shannon(), 1e-15);
            assertEquals(Math.log(2), e.renyi(0), 1e-15);
            assertEquals(-Math.log(0.09 + 0.49), e.renyi(2), 1e-15);
            assertEquals(2 * Math.log(Math.sqrt(0.3) + Math.sqrt(0.7)), e.renyi(0.5), 1e-14);
            assertEquals(-Math.log(0.7), e.renyi(Double.POSITIVE_INFINITY), 1e-15);
            assertEquals(-Math.log(0.3), e.renyi(Double.NEGATIVE_INFINITY), 1e-15);
            assertEquals(Math.log(Math.pow(0.3, -2) + Math.pow(0.7, -2)) / 3, e.renyi(-2), 1e-14);
            assertEquals(1 - 0.09 - 0.49, e.tsallis(2), 1e-15);
            assertEquals((Math.sqrt(0.3) + Math.sqrt(0.7) - 1) / 0.5, e.tsallis(0.5), 1e-14);
            // continuity at q = 1, where the closed forms cancel catastrophically
            assertEquals(e.shannon(), e.renyi(1 + 1e-10), 1e-10);
            assertEquals(e.shannon(), e.tsallis(1 - 1e-10), 1e-10);
        }
    }

    /**
     * Logistic map r = 4: the invariant density is 1/(π√(x(1−x))) (Ulam and von Neumann 1947), so the
     * probability of a bin [a, b] is (2/π)(asin √b − asin √a) and the binned entropies are known exactly.
     */
    @Test
    void logisticMapMatchesTheArcsineLaw() {
        int n = 1_000_000;
        Trajectory t = TrajectoryGenerator.defaults().generate(Catalog.map("Logistic").withParameter("r", 4.0), n);
        double[] x = t.column(0);
        int bins = 100;
        InvariantMeasureEntropy e = InvariantMeasureEntropy.ofBins(t, bins);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double total = cdf(hi) - cdf(lo);
        double h = 0;
        double s2 = 0;
        for (int i = 0; i < bins; i++) {
            double p = (cdf(lo + (i + 1) * (hi - lo) / bins) - cdf(lo + i * (hi - lo) / bins)) / total;
            h -= p * Math.log(p);
            s2 += p * p;
        }
        System.out.printf("logistic r=4, 100 bins: H = %.5f (arcsine law %.5f), H2 = %.5f (%.5f)%n", e.shannon(), h,
                e.renyi(2), -Math.log(s2));
        assertEquals(bins, e.occupiedBoxes());
        assertEquals(h, e.shannon(), 2e-3);
        assertEquals(-Math.log(s2), e.renyi(2), 5e-3);
    }

    private static double cdf(double x) {
        return 2 / Math.PI * Math.asin(Math.sqrt(Math.min(1, Math.max(0, x))));
    }

    /**
     * Hénon map (a = 1.4, b = 0.3): the scaling of H_q with the box side gives the generalised dimensions,
     * D_0 ≈ 1.26–1.28 (Russell, Hanson and Ott 1980; Grassberger 1983), D_1 ≈ 1.23–1.26, D_2 ≈ 1.21–1.22
     * (Grassberger and Procaccia 1983), with D_0 ≥ D_1 ≥ D_2; H_q is non-increasing in q. Local slopes
     * over one octave oscillate by ±0.05 (lacunarity), so the slope is taken over five octaves, ε = 1/32 …
     * 1/1024 (measured: D0 = 1.241, D1 = 1.233, D2 = 1.197).
     */
    @Test
    void henonGeneralisedDimensionsAndMonotoneRenyi() {
        int n = 1_000_000;
        Trajectory t = TrajectoryGenerator.defaults().generate(Catalog.map("Henon"), n);
        double e1 = 1.0 / 32;
        double e2 = 1.0 / 1024;
        InvariantMeasureEntropy coarse = InvariantMeasureEntropy.ofBoxSide(t, e1);
        InvariantMeasureEntropy fine = InvariantMeasureEntropy.ofBoxSide(t, e2);
        double lr = Math.log(e1 / e2);
        double d0 = (fine.renyi(0) - coarse.renyi(0)) / lr;
        double d1 = (fine.shannon() - coarse.shannon()) / lr;
        double d2 = (fine.renyi(2) - coarse.renyi(2)) / lr;
        System.out.printf("Hénon boxes %d / %d: D0 = %.4f, D1 = %.4f, D2 = %.4f%n", coarse.occupiedBoxes(),
                fine.occupiedBoxes(), d0, d1, d2);
        assertEquals(1.26, d0, 0.04, "D0");
        assertEquals(1.24, d1, 0.03, "D1");
        assertEquals(1.21, d2, 0.03, "D2");
        assertTrue(d0 >= d1 && d1 >= d2, "D0 ≥ D1 ≥ D2");
        double previous = Double.POSITIVE_INFINITY;
        for (double q = -4; q <= 30; q += 0.25) {
            double h = fine.renyi(q);
            assertTrue(h <= previous + 1e-12, "H_q non-increasing at q=" + q);
            previous = h;
        }
        assertTrue(fine.renyi(Double.POSITIVE_INFINITY) <= previous);
    }

    /** 10-dimensional noise with ε = 0.01: ~10³⁰ boxes in the bounding box, only the occupied ones are stored. */
    @Test
    void countingIsSparse() {
        Well19937c rng = new Well19937c(7);
        int n = 20_000;
        double[] v = new double[n * 10];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        InvariantMeasureEntropy e = InvariantMeasureEntropy.ofBoxSide(v, 10, 0.01);
        assertEquals(n, e.occupiedBoxes());
        assertEquals(Math.log(n), e.shannon(), 1e-9);
        assertEquals(Math.log(n), e.renyi(3), 1e-9);
    }

    @Test
    void badInputIsRejected() {
        double[] ok = {0, 1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> InvariantMeasureEntropy.ofBoxSide(ok, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> InvariantMeasureEntropy.ofBoxSide(ok, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> InvariantMeasureEntropy.ofBoxSide(ok, 1, 1e-300));
        assertThrows(IllegalArgumentException.class, () -> InvariantMeasureEntropy.ofBins(ok, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> InvariantMeasureEntropy.ofBins(ok, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> InvariantMeasureEntropy.ofBins(new double[] {1, 1, 1}, 1, 4));
        assertThrows(IllegalArgumentException.class,
                () -> InvariantMeasureEntropy.ofBins(new double[] {1, Double.NaN, 1}, 1, 4));
        assertThrows(IllegalArgumentException.class,
                () -> InvariantMeasureEntropy.ofProbabilities(new double[] {0.5, 0.6}));
        assertThrows(IllegalArgumentException.class,
                () -> InvariantMeasureEntropy.ofProbabilities(new double[] {1.5, -0.5}));
        InvariantMeasureEntropy e = InvariantMeasureEntropy.ofBins(ok, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> e.renyi(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> e.tsallis(Double.POSITIVE_INFINITY));
    }
}
