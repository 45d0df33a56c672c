package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Time-delay reconstruction of a state space from one observed coordinate: the vector at time
 * {@code t_i} is {@code (x_i, x_{i+τ}, …, x_{i+(m−1)τ})} (Takens 1981, Lecture Notes in Math. 898,
 * 366–381; Packard, Crutchfield, Farmer and Shaw 1980, Phys. Rev. Lett. 45, 712).
 */
public final class DelayEmbedding {

    private DelayEmbedding() {
    }

    /**
     * Embeds one column of a trajectory.
     *
     * @param t the trajectory
     * @param column the observed coordinate
     * @param dimension embedding dimension m ≥ 1
     * @param lag delay τ ≥ 1, in samples
     * @return a trajectory of n − (m−1)τ rows and m columns {@code name(t), name(t+τ), …}; row i
     *     keeps the time of sample i and the sampling step of {@code t}
     * @throws IllegalArgumentException if the column is out of range, m or τ is not positive, or
     *     the trajectory is shorter than (m−1)τ + 2 samples
     */
    public static Trajectory embed(Trajectory t, int column, int dimension, int lag) {
        Objects.requireNonNull(t, "trajectory");
        if (column < 0 || column >= t.dimension()) {
            throw new IllegalArgumentException("column " + column + " out of range [0, " + t.dimension() + ")");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("embedding dimension must be at least 1, got " + dimension);
        }
        if (lag < 1) {
            throw new IllegalArgumentException("embedding lag must be at least 1 sample, got " + lag);
        }
        long span = (long) (dimension - 1) * lag;
        if (t.size() < span + 2) {
            throw new IllegalArgumentException("embedding with dimension " + dimension + " and lag " + lag
                    + " needs at least " + (span + 2) + " samples, got " + t.size());
        }
        int rows = (int) (t.size() - span);
        double[] x = t.column(column);
        double[] v = new double[rows * dimension];
        double[] times = new double[rows];
        for (int i = 0; i < rows; i++) {
            times[i] = t.time(i);
            for (int k = 0; k < dimension; k++) {
                v[i * dimension + k] = x[i + k * lag];
            }
        }
        String name = t.columnNames().get(column);
        List<String> names = new ArrayList<>(dimension);
        for (int k = 0; k < dimension; k++) {
            names.add(k == 0 ? name + "(t)" : name + "(t+" + (k * lag) + ")");
        }
        return new Trajectory(t.systemName(), names, times, v, t.step());
    }

    /**
     * The delay at which the autocorrelation of a series first falls to {@code 1 − 1/e} or below,
     * the rule used by Rosenstein, Collins and De Luca (1993, Physica D 65, 117–134, §3) to choose
     * the reconstruction delay. The autocorrelation is the biased estimate
     * {@code r(τ) = Σ_{i<n−τ} (x_i − x̄)(x_{i+τ} − x̄) / Σ_i (x_i − x̄)²}.
     *
     * @param series the values, finite and not constant
     * @return the lag in samples (at least 1)
     * @throws IllegalArgumentException if the series is constant, holds a non-finite value, is
     *     shorter than 4 samples, or its autocorrelation stays above 1 − 1/e up to lag n/2
     */
    public static int autocorrelationLag(double[] series) {
        Objects.requireNonNull(series, "series");
        int n = series.length;
        if (n < 4) {
            throw new IllegalArgumentException("autocorrelation lag needs at least 4 samples, got " + n);
        }
        double mean = 0;
        for (double v : series) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("autocorrelation lag: non-finite value " + v);
            }
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : series) {
            var += (v - mean) * (v - mean);
        }
        if (!(var > 0)) {
            throw new IllegalArgumentException("autocorrelation lag: the series is constant (" + series[0] + ")");
        }
        double threshold = 1 - Math.exp(-1);
        for (int lag = 1; lag <= n / 2; lag++) {
            double acc = 0;
            for (int i = 0; i + lag < n; i++) {
                acc += (series[i] - mean) * (series[i + lag] - mean);
            }
            if (acc / var <= threshold) {
                return lag;
            }
        }
        throw new IllegalArgumentException("autocorrelation lag: the autocorrelation stays above 1 − 1/e up to lag "
                + (n / 2) + "; the series is too short for its time scale");
    }
}
