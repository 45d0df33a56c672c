package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * A metric as a function of forecast horizon: the score of every prefix [0, i] of the forecast
 * window against the horizon i·Δt·λ₁ in Lyapunov times (chaoskit protocol; dysts's
 * {@code horizoned_metric}, Gilpin 2023, Phys. Rev. Research 5, 043252).
 *
 * <p>Built-in metrics with a running-sum form (mse, mae, rmse, nrmse, smape, mape, wape, mase,
 * marre, r2, pearson, coefficient of variation) are computed in one O(T·D) pass. Any other metric
 * (rmsle, spearman, kendall, mutual information, user metrics) is re-evaluated on each prefix,
 * O(T) evaluations; {@link #of(Metric, Trajectory, Trajectory, MetricContext, int)} caps their
 * number. On a prefix where the metric is undefined (e.g. r2 or a correlation on one point) the
 * value is NaN; the metric must be defined on the whole window, else the call fails.
 */
public final class HorizonCurve {

    private final String metric;
    private final int[] prefixEnds;
    private final double[] lyapunovTimes;
    private final double[] values;
    private final boolean incremental;

    private HorizonCurve(String metric, int[] prefixEnds, double[] lyapunovTimes, double[] values,
            boolean incremental) {
        this.metric = metric;
        this.prefixEnds = prefixEnds;
        this.lyapunovTimes = lyapunovTimes;
        this.values = values;
        this.incremental = incremental;
    }

    /**
     * The curve over every prefix i = 0 … T−1.
     *
     * @param metric the metric
     * @param truth the true trajectory, T×D
     * @param forecast the forecast, T×D
     * @param context needs λ₁ and Δt, plus whatever the metric needs
     * @return the curve
     * @throws IllegalArgumentException if the metric fails on the whole window or the context lacks
     *     λ₁ or Δt
     */
    public static HorizonCurve of(Metric metric, Trajectory truth, Trajectory forecast, MetricContext context) {
        return of(metric, truth, forecast, context, Integer.MAX_VALUE);
    }

    /**
     * The curve, with at most {@code maxPrefixes} prefixes for metrics without a running-sum form
     * (evenly spaced prefix ends {@code round((k+1)·T/m) − 1}, k = 0 … m−1, always including the
     * whole window). Running-sum metrics always give all T prefixes.
     *
     * @param metric the metric
     * @param truth the true trajectory, T×D
     * @param forecast the forecast, T×D
     * @param context needs λ₁ and Δt, plus whatever the metric needs
     * @param maxPrefixes at least 1
     * @return the curve
     */
    public static HorizonCurve of(Metric metric, Trajectory truth, Trajectory forecast, MetricContext context,
            int maxPrefixes) {
        if (metric == null) {
            throw new IllegalArgumentException("metric must not be null");
        }
        if (maxPrefixes < 1) {
            throw new IllegalArgumentException("maxPrefixes must be at least 1, got " + maxPrefixes);
        }
        if (context == null) {
            throw new IllegalArgumentException("horizon curve of " + metric.name() + ": context must not be null");
        }
        context.requireTimeUnit("the horizon curve of " + metric.name());
        metric.score(truth, forecast, context); // validates shapes, data and context once
        int n = truth.size();
        int d = truth.dimension();
        if (metric instanceof AbstractMetric) {
            double[] out = new double[n];
            if (((AbstractMetric) metric).prefixScores(truth.values(), forecast.values(), n, d, context, out)) {
                int[] ends = new int[n];
                double[] times = new double[n];
                for (int i = 0; i < n; i++) {
                    ends[i] = i;
                    times[i] = context.lyapunovTimes(i);
                }
                return new HorizonCurve(metric.name(), ends, times, out, true);
            }
        }
        int m = Math.min(n, maxPrefixes);
        int[] ends = new int[m];
        double[] times = new double[m];
        double[] out = new double[m];
        for (int k = 0; k < m; k++) {
            ends[k] = m == n ? k : (int) Math.round((k + 1.0) * n / m) - 1;
            times[k] = context.lyapunovTimes(ends[k]);
            try {
                out[k] = metric.score(truth.slice(0, ends[k] + 1), forecast.slice(0, ends[k] + 1), context);
            } catch (IllegalArgumentException undefinedOnShortPrefix) {
                out[k] = Double.NaN;
            }
        }
        return new HorizonCurve(metric.name(), ends, times, out, false);
    }

    /** @return the metric's name. */
    public String metric() {
        return metric;
    }

    /** @return the last index i of each prefix [0, i] (a copy). */
    public int[] prefixEnds() {
        return prefixEnds.clone();
    }

    /** @return the horizon of each prefix in Lyapunov times, i·Δt·λ₁ (a copy). */
    public double[] lyapunovTimes() {
        return lyapunovTimes.clone();
    }

    /** @return the metric on each prefix, NaN where undefined (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** @return true if the curve came from the O(T) running-sum form. */
    public boolean incremental() {
        return incremental;
    }

    /** @return the number of points on the curve. */
    public int size() {
        return values.length;
    }
}
