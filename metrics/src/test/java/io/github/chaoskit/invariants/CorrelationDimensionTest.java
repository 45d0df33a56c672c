package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorrelationDimensionTest {

    private static Trajectory henon;
    private static Trajectory lorenz;

    @BeforeAll
    static void data() {
        henon = TestData.henon(20000);
        lorenz = TestData.lorenz(20000);
    }

    /** Hénon: D₂ = 1.21 ± 0.01 (Grassberger and Procaccia 1983). Measured 1.197–1.200 over seeds. */
    @Test
    void henon() {
        for (long seed = 0; seed < 3; seed++) {
            CorrelationDimension c = CorrelationDimension.estimate(henon,
                    CorrelationDimension.Options.defaults().withSeed(seed));
            System.out.println("Henon: " + c + " — " + c.method());
            assertEquals(1.22, c.dimension(), 0.05, "seed " + seed);
            assertTrue(c.hasScalingRegion());
            assertEquals(3000, c.points());
            assertTrue(c.fitHighRadius() / c.fitLowRadius() > 10, "scaling region spans more than a decade");
        }
    }

    /** Lorenz: D₂ = 2.05 ± 0.01 (Grassberger and Procaccia 1983). Measured 2.05–2.09. */
    @Test
    void lorenz() {
        for (long seed = 0; seed < 2; seed++) {
            CorrelationDimension c = CorrelationDimension.estimate(lorenz,
                    CorrelationDimension.Options.defaults().withSeed(seed));
            System.out.println("Lorenz: " + c + " — " + c.method());
            assertEquals(2.05, c.dimension(), 0.1, "seed " + seed);
        }
    }

    /** A limit cycle (circle) is one-dimensional; uniform noise in the unit square is two-dimensional. */
    @Test
    void circleAndSquare() {
        CorrelationDimension circle = CorrelationDimension.estimate(TestData.circle(10000, 0.01, 2.9137));
        System.out.println("circle: " + circle);
        assertEquals(1.0, circle.dimension(), 0.05);
        CorrelationDimension square = CorrelationDimension.estimate(TestData.uniform(10000, 2, 11));
        System.out.println("square: " + square);
        // the local slope of the square is 2 − (8/3π)·r + …: edges pull the fit slightly below 2
        assertEquals(2.0, square.dimension(), 0.1);
        CorrelationDimension cube = CorrelationDimension.estimate(TestData.uniform(10000, 3, 12));
        System.out.println("cube: " + cube);
        assertEquals(3.0, cube.dimension(), 0.2);
    }

    @Test
    void curveIsConsistentAndSeeded() {
        CorrelationDimension.Options o = CorrelationDimension.Options.defaults().withMaxPoints(1500).withSeed(7);
        CorrelationDimension a = CorrelationDimension.estimate(henon, o);
        CorrelationDimension b = CorrelationDimension.estimate(henon, o);
        CorrelationDimension other = CorrelationDimension.estimate(henon, o.withSeed(8));
        assertArrayEquals(a.correlationSum(), b.correlationSum(), 0.0);
        assertEquals(a.dimension(), b.dimension(), 0.0);
        assertFalse(Arrays.equals(a.correlationSum(), other.correlationSum()), "another seed draws other points");
        double[] r = a.radii();
        double[] c = a.correlationSum();
        assertEquals(r.length, c.length);
        assertEquals(r.length, a.localSlopes().length);
        long all = 1500L * 1499 / 2;
        assertTrue(a.pairs() <= all && a.pairs() >= all - 1500L * a.theilerWindow(), "pairs minus Theiler window");
        for (int i = 1; i < r.length; i++) {
            assertEquals(Math.pow(10, 0.1), r[i] / r[i - 1], 1e-9, "10 radii per decade");
            assertTrue(c[i] >= c[i - 1] && c[i] <= 1 && c[i] > 0);
        }
        assertTrue(c[0] * a.pairs() >= 500, "every radius has at least minPairs pairs below it");
        assertTrue(0 <= a.fitStart() && a.fitStart() < a.fitEnd() && a.fitEnd() < r.length);
    }

    /** Values of the literal dysts code (numpy 2.4.6, scipy 1.17.1, `gp_dim` at dysts HEAD) on the same points. */
    @Test
    void dystsEstimatorMatchesNumpyReference() {
        // distinct points ((37i mod 101)/101, (53i mod 103)/103), i < 300
        double[] v = new double[600];
        for (int i = 0; i < 300; i++) {
            v[2 * i] = (i * 37 % 101) / 101.0;
            v[2 * i + 1] = (i * 53 % 103) / 103.0;
        }
        CorrelationDimension.Options all = CorrelationDimension.Options.defaults().withMaxPoints(100_000);
        assertEquals(2.0956114934760555, CorrelationDimension.dystsEstimate(TestData.of(v, 2, 1), all), 1e-12);
        // a 6×6×5 grid: massive ties at the percentiles
        List<Double> g = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                for (int c = 0; c < 5; c++) {
                    g.add((double) a);
                    g.add((double) b);
                    g.add((double) c);
                }
            }
        }
        double[] grid = g.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(3.2210086496586854, CorrelationDimension.dystsEstimate(TestData.of(grid, 3, 1), all), 1e-12);
        // 1000 Hénon points from (0.1, 0.1) after 1000 iterations, computed the same way in Python
        double[] h = new double[2000];
        double x = 0.1;
        double y = 0.1;
        for (int i = 0; i < 2000; i++) {
            double xn = 1 - 1.4 * x * x + y;
            y = 0.3 * x;
            x = xn;
            if (i >= 1000) {
                h[2 * (i - 1000)] = x;
                h[2 * (i - 1000) + 1] = y;
            }
        }
        assertEquals(1.7641543852292534, CorrelationDimension.dystsEstimate(TestData.of(h, 2, 1), all), 1e-12);
    }

    /** The bucketed selection equals sorting the full symmetric distance sample. */
    @Test
    void dystsEstimatorMatchesBruteForce() {
        Trajectory part = lorenz.slice(0, 700);
        double expected = bruteForceDysts(part.values(), 700, 3);
        assertEquals(expected, CorrelationDimension.dystsEstimate(part,
                CorrelationDimension.Options.defaults().withMaxPoints(700)), 1e-12 * expected);
        System.out.println("dysts gp_dim of 3000 Lorenz points: "
                + CorrelationDimension.dystsEstimate(lorenz, CorrelationDimension.Options.defaults()));
    }

    private static double bruteForceDysts(double[] v, int n, int d) {
        double[] all = new double[n * (n - 1)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += (v[i * d + c] - v[j * d + c]) * (v[i * d + c] - v[j * d + c]);
                }
                double r = Math.sqrt(s);
                if (r > 0) {
                    all[k++] = r;
                }
            }
        }
        double[] r = Arrays.copyOf(all, k);
        Arrays.sort(r);
        double p5 = percentile(r, 0.05);
        double[] r1 = Arrays.stream(r).filter(x -> x > p5).toArray();
        double p50 = percentile(r1, 0.5);
        double[] r2 = Arrays.stream(r1).filter(x -> x < p50).toArray();
        double min = r2[0];
        double s = 0;
        for (double x : r2) {
            s += Math.log(x / min);
        }
        return 1 + r2.length / s;
    }

    private static double percentile(double[] sorted, double q) {
        double virtual = q * (sorted.length - 1);
        int lo = (int) Math.floor(virtual);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double g = virtual - lo;
        return sorted[lo] + (sorted[hi] - sorted[lo]) * g;
    }

    @Test
    void badInputIsRejected() {
        double[] v = henon.slice(0, 100).values();
        v[5] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.estimate(TestData.of(v, 2, 1)));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.estimate(TestData.of(new double[200], 2, 1)));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.estimate(henon.slice(0, 5)));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.estimate(henon.slice(0, 30)));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.dystsEstimate(TestData.of(new double[20], 2, 1),
                CorrelationDimension.Options.defaults()));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.Options.defaults().withMaxPoints(3));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.Options.defaults().withTolerance(1.5));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.Options.defaults().withRadiiPerDecade(2));
        assertThrows(IllegalArgumentException.class, () -> CorrelationDimension.Options.defaults().withMinPairs(0));
    }
}
