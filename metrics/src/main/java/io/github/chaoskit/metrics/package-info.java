/**
 * Forecast scores of chaoskit's benchmark protocol: point-wise short-term metrics
 * ({@link io.github.chaoskit.metrics.Metrics}), their horizon curves against Lyapunov time
 * ({@link io.github.chaoskit.metrics.HorizonCurve}), valid prediction times
 * ({@link io.github.chaoskit.metrics.ValidPredictionTime}) and the long-term attractor scores
 * D_stsp ({@link io.github.chaoskit.metrics.StateSpaceDivergence}) and D_H
 * ({@link io.github.chaoskit.metrics.PowerSpectrumDistance}). Normalisation data (λ₁, Δt,
 * attractor σ, training data) travel in a {@link io.github.chaoskit.metrics.MetricContext}.
 */
package io.github.chaoskit.metrics;
