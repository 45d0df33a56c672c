package io.github.chaoskit.forecast.internal;

import java.util.stream.IntStream;

/**
 * Symmetric rank-k update of a Gram matrix, {@code G ← G + XᵀX} on the upper triangle only (the
 * BLAS {@code dsyrk} operation), for {@link Ridge}.
 *
 * <p>X arrives transposed (feature-major: feature i's values over the block's rows are contiguous),
 * so each entry of G is a dot product over rows. The kernel computes 4×4 tiles of G with sixteen
 * scalar accumulators and reads each of the eight feature rows once per tile: about twice the
 * throughput of EJML's {@code multAddTransA} on the same block before symmetry is counted, four to
 * five times after. Strips of four rows of G are independent, so large updates are spread over the
 * common fork-join pool; every entry is computed by the same sequence of operations whatever the
 * thread count, so the result is bitwise reproducible.
 */
final class Gram {

    /** Features from which the update runs in parallel. */
    static final int PARALLEL_FEATURES = 256;

    private Gram() {
    }

    /**
     * @param xt the block, transposed: feature i's value in row r at {@code xt[i·stride + r]}
     * @param rows rows in the block
     * @param stride row length of {@code xt} (≥ rows)
     * @param f number of features F
     * @param g F×F row-major; its upper triangle (j ≥ i) is incremented, the lower one untouched
     */
    static void addUpper(double[] xt, int rows, int stride, int f, double[] g) {
        int strips = (f + 3) / 4;
        if (f >= PARALLEL_FEATURES) {
            IntStream.range(0, strips).parallel().forEach(s -> strip(xt, rows, stride, f, g, 4 * s));
        } else {
            for (int s = 0; s < strips; s++) {
                strip(xt, rows, stride, f, g, 4 * s);
            }
        }
    }

    /** Rows i0 … i0+3 of the upper triangle of G. */
    private static void strip(double[] xt, int rows, int stride, int f, double[] g, int i0) {
        if (i0 + 4 > f) {
            for (int i = i0; i < f; i++) {
                for (int j = i; j < f; j++) {
                    g[i * f + j] += dot(xt, i * stride, j * stride, rows);
                }
            }
            return;
        }
        // the 4×4 diagonal block, then full 4×4 tiles to the right, then a ragged edge
        for (int i = i0; i < i0 + 4; i++) {
            for (int j = i; j < i0 + 4; j++) {
                g[i * f + j] += dot(xt, i * stride, j * stride, rows);
            }
        }
        int p0 = i0 * stride;
        int p1 = p0 + stride;
        int p2 = p1 + stride;
        int p3 = p2 + stride;
        int j = i0 + 4;
        for (; j + 4 <= f; j += 4) {
            int q0 = j * stride;
            int q1 = q0 + stride;
            int q2 = q1 + stride;
            int q3 = q2 + stride;
            double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
            double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
            double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
            double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
            for (int r = 0; r < rows; r++) {
                double u0 = xt[p0 + r];
                double u1 = xt[p1 + r];
                double u2 = xt[p2 + r];
                double u3 = xt[p3 + r];
                double v0 = xt[q0 + r];
                double v1 = xt[q1 + r];
                double v2 = xt[q2 + r];
                double v3 = xt[q3 + r];
                c00 += u0 * v0;
                c01 += u0 * v1;
                c02 += u0 * v2;
                c03 += u0 * v3;
                c10 += u1 * v0;
                c11 += u1 * v1;
                c12 += u1 * v2;
                c13 += u1 * v3;
                c20 += u2 * v0;
                c21 += u2 * v1;
                c22 += u2 * v2;
                c23 += u2 * v3;
                c30 += u3 * v0;
                c31 += u3 * v1;
                c32 += u3 * v2;
                c33 += u3 * v3;
            }
            int g0 = i0 * f + j;
            int g1 = g0 + f;
            int g2 = g1 + f;
            int g3 = g2 + f;
            g[g0] += c00;
            g[g0 + 1] += c01;
            g[g0 + 2] += c02;
            g[g0 + 3] += c03;
            g[g1] += c10;
            g[g1 + 1] += c11;
            g[g1 + 2] += c12;
            g[g1 + 3] += c13;
            g[g2] += c20;
            g[g2 + 1] += c21;
            g[g2 + 2] += c22;
            g[g2 + 3] += c23;
            g[g3] += c30;
            g[g3 + 1] += c31;
            g[g3 + 2] += c32;
            g[g3 + 3] += c33;
        }
        for (; j < f; j++) {
            for (int i = i0; i < i0 + 4; i++) {
                g[i * f + j] += dot(xt, i * stride, j * stride, rows);
            }
        }
    }

    private static double dot(double[] x, int a, int b, int n) {
        double s = 0;
        for (int r = 0; r < n; r++) {
            s += x[a + r] * x[b + r];
        }
        return s;
    }
}
