package io.github.chaoskit.forecast.koopman;

import io.github.chaoskit.trajectory.Trajectory;

/** Standardisation and delay-embedded snapshot pairs shared by the Koopman forecasters. */
final class Snapshots {

    private Snapshots() {
    }

    /** @return the z-scored values, n×d row-major. */
    static double[] standardise(Trajectory tr, double[] mean, double[] std) {
        int n = tr.size();
        int d = tr.dimension();
        double[] s = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                s[i * d + j] = (tr.value(i, j) - mean[j]) / std[j];
            }
        }
        return s;
    }

    /**
     * Delay-embedded pairs {@code z_t = (s_t, s_{t−1}, …, s_{t−lags+1})} → {@code z_{t+1}}, t from
     * lags − 1 to n − 2, keeping every {@code stride}-th pair.
     *
     * @return {inputs, images}
     */
    static double[][][] pairs(double[] s, int n, int d, int lags, int stride) {
        int total = n - lags;
        int m = (total + stride - 1) / stride;
        double[][] x = new double[m][];
        double[][] y = new double[m][];
        for (int k = 0; k < m; k++) {
            int t = lags - 1 + k * stride;
            x[k] = embed(s, t, d, lags);
            y[k] = embed(s, t + 1, d, lags);
        }
        return new double[][][] {x, y};
    }

    /**
     * Keeps {@code count} of the n − lags pairs, evenly spaced over the trajectory.
     *
     * @return {inputs, images}
     */
    static double[][][] evenlySpaced(double[] s, int n, int d, int lags, int count) {
        int total = n - lags;
        int m = Math.min(count, total);
        double[][] x = new double[m][];
        double[][] y = new double[m][];
        for (int k = 0; k < m; k++) {
            int t = lags - 1 + (int) ((long) k * total / m);
            x[k] = embed(s, t, d, lags);
            y[k] = embed(s, t + 1, d, lags);
        }
        return new double[][][] {x, y};
    }

    private static double[] embed(double[] s, int t, int d, int lags) {
        double[] z = new double[d * lags];
        for (int l = 0; l < lags; l++) {
            System.arraycopy(s, (t - l) * d, z, l * d, d);
        }
        return z;
    }
}
