package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * A score comparing a forecast with the true trajectory over the same time steps.
 *
 * <p>The definitions are those of chaoskit's benchmark protocol ({@code docs/protocol.md}, "Metrics"),
 * which follow the forecasting benchmarks of dysts (Gilpin 2021, NeurIPS Datasets and Benchmarks;
 * Gilpin 2023, Phys. Rev. Research 5, 043252) for the point-wise scores. The catalogue of built-in
 * metrics is {@link Metrics}.
 */
public interface Metric {

    /** @return the metric's name, lower case (e.g. {@code "smape"}), as used in result files. */
    String name();

    /**
     * Scores a forecast.
     *
     * @param truth the true trajectory, T×D
     * @param forecast the forecast of the same T steps, T×D
     * @param context the normalisation data some metrics need (Lyapunov exponent, sampling step,
     *     attractor standard deviations, training data)
     * @return the score
     * @throws IllegalArgumentException if the shapes differ (the message names both shapes), the
     *     data are not finite, the score is undefined for the truth given (e.g. a constant truth
     *     for r2), or the context lacks what this metric needs
     */
    double score(Trajectory truth, Trajectory forecast, MetricContext context);

    /** @return true if a smaller score means a better forecast. */
    boolean lowerIsBetter();
}
