package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * Base of the built-in metrics: checks shape and finiteness once, then works on the row-major
 * value arrays. Metrics with an O(T) recurrence over prefixes override {@link #prefixScores}.
 */
abstract class AbstractMetric implements Metric {

    private final String name;
    private final boolean lowerIsBetter;

    AbstractMetric(String name, boolean lowerIsBetter) {
        this.name = name;
        this.lowerIsBetter = lowerIsBetter;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    @Override
    public final double score(Trajectory truth, Trajectory forecast, MetricContext context) {
        Checks.sameShape(name, truth, forecast);
        if (context == null) {
            throw new IllegalArgumentException(name + ": context must not be null (use MetricContext.empty())");
        }
        int d = truth.dimension();
        double[] y = truth.values();
        double[] f = forecast.values();
        Checks.finite(name, "truth", y, d);
        Checks.finite(name, "forecast", f, d);
        return compute(y, f, truth.size(), d, context);
    }

    /**
     * @param y truth, row-major n×d, finite
     * @param f forecast, row-major n×d, finite
     * @return the score on all n rows
     */
    abstract double compute(double[] y, double[] f, int n, int d, MetricContext c);

    /**
     * Scores every prefix [0, i] in one O(n·d) pass, writing {@code out[i]} (NaN where the score is
     * undefined on that prefix). The inputs have been validated by a call of {@link #score}.
     *
     * @return false if this metric has no such recurrence (then {@code out} is untouched)
     */
    boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
        return false;
    }

    /** @return an IllegalArgumentException prefixed by this metric's name */
    final IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(name + ": " + message);
    }

    @Override
    public String toString() {
        return name;
    }
}
