package io.github.chaoskit.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.ops.DConvertMatrixStruct;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class ReservoirNumericsTest {

    @Test
    void ridgeWithManyFeaturesMatchesADenseSolveAndIsReproducible() {
        // 300 features takes the parallel Gram path; 1000 rows leave a partial last block
        int f = 300;
        int rows = 1000;
        Well19937c rng = new Well19937c(5);
        DMatrixRMaj x = new DMatrixRMaj(rows, f);
        DMatrixRMaj y = new DMatrixRMaj(rows, 2);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = rng.nextGaussian();
        }
        double lambda = 0.5;
        Ridge a = new Ridge(f, 2);
        Ridge b = new Ridge(f, 2);
        for (int i = 0; i < rows; i++) {
            double[] xi = java.util.Arrays.copyOfRange(x.data, i * f, (i + 1) * f);
            double[] yi = java.util.Arrays.copyOfRange(y.data, i * 2, (i + 1) * 2);
            a.add(xi, yi);
            b.add(xi, yi);
        }
        double[][] wa = a.solve(lambda);
        double[][] wb = b.solve(lambda);
        DMatrixRMaj g = new DMatrixRMaj(f, f);
        CommonOps_DDRM.multTransA(x, x, g);
        for (int i = 0; i < f; i++) {
            g.add(i, i, lambda);
        }
        DMatrixRMaj h = new DMatrixRMaj(f, 2);
        CommonOps_DDRM.multTransA(x, y, h);
        DMatrixRMaj w = new DMatrixRMaj(f, 2);
        assertTrue(CommonOps_DDRM.solve(g, h, w));
        for (int i = 0; i < f; i++) {
            assertArrayEquals(wa[i], wb[i], 0.0, "bitwise reproducible");
            for (int j = 0; j < 2; j++) {
                assertEquals(w.get(i, j), wa[i][j], 1e-10 * (1 + Math.abs(w.get(i, j))));
            }
        }
    }

    @Test
    void fastTanhIsAccurate() {
        Well19937c rng = new Well19937c(9);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = i % 2 == 0 ? 40 * (rng.nextDouble() - 0.5) : Math.scalb(rng.nextDouble() - 0.5, -rng.nextInt(30));
            double t = Math.tanh(x);
            if (t != 0) {
                worst = Math.max(worst, Math.abs((Activations.tanh(x) - t) / t));
            }
        }
        assertTrue(worst < 1e-15, "relative error " + worst);
        assertEquals(0.0, Activations.tanh(0.0));
        assertEquals(1.0, Activations.tanh(40));
        assertEquals(-1.0, Activations.tanh(-Double.MAX_VALUE));
        assertTrue(Double.isNaN(Activations.tanh(Double.NaN)));
    }

    @Test
    void spectralRadiusOfKnownMatrices() {
        // a rotation by 90° scaled by 2 (complex pair ±2i) beside a real eigenvalue 1.5
        DMatrixRMaj d = new DMatrixRMaj(new double[][] {{0, -2, 0}, {2, 0, 0}, {0, 0, 1.5}});
        assertEquals(2.0, SpectralRadius.of(DConvertMatrixStruct.convert(d, (DMatrixSparseCSC) null, 0), 1e-12), 1e-12);
        // strictly upper triangular: nilpotent
        DMatrixRMaj u = new DMatrixRMaj(new double[][] {{0, 1, 3}, {0, 0, 2}, {0, 0, 0}});
        assertEquals(0.0, SpectralRadius.of(DConvertMatrixStruct.convert(u, (DMatrixSparseCSC) null, 0), 1e-12), 1e-12);
        // a cyclic permutation times 0.8: every eigenvalue on the circle of radius 0.8; within the Krylov
        // dimension the Krylov space is invariant and the answer exact
        assertEquals(0.8, SpectralRadius.of(cycle(120, 0.8), 1e-10), 1e-12);
    }

    private static DMatrixSparseCSC cycle(int n, double v) {
        DMatrixSparseCSC c = new DMatrixSparseCSC(n, n, n);
        for (int i = 0; i < n; i++) {
            c.set((i + 1) % n, i, v);
        }
        return c;
    }
}
