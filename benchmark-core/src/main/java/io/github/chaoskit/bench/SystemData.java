package io.github.chaoskit.bench;

import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;

/**
 * Everything a protocol prepares for one system: the data a forecaster is fitted on, the data
 * its hyper-parameters are tuned on, the forecast windows, the metric context (λ₁, Δt, attractor
 * std, training data) and, for long-term scores, a true trajectory to compare a free run with.
 *
 * @param system the system's name
 * @param fit the data models are fitted on
 * @param tune the data hyper-parameters are chosen on (never the scored data)
 * @param windows the forecasts to score
 * @param context metric context
 * @param longTermTruth a true trajectory for attractor scores, or null when the preset has none
 * @param independentTruth an independent true trajectory of the same length, for the floors, or null
 * @param timeUnitNote how one "Lyapunov time" is defined for this system (λ₁ or the period fallback)
 */
public record SystemData(String system, Trajectory fit, Trajectory tune, List<Window> windows, MetricContext context,
        Trajectory longTermTruth, Trajectory independentTruth, String timeUnitNote) {
}
