package io.github.chaoskit.forecast;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.OptionalDouble;

/**
 * A fitted forecasting model: immutable and safe to use from several threads at once.
 */
public interface FittedModel {

    /**
     * Forecasts {@code steps} samples past the end of {@code history} in closed loop. The tail of
     * the history warms up any internal state (e.g. a reservoir); the forecast's times continue
     * the history's grid.
     *
     * @param history observed data ending where the forecast starts (same columns as the training data)
     * @param steps number of samples to forecast, at least 1
     * @return the forecast, {@code steps} rows
     * @throws IllegalArgumentException if the history is too short or has the wrong dimension
     * @throws io.github.chaoskit.trajectory.DivergenceException if the forecast leaves every bounded
     *     region (reported with the step and state, never returned as NaN)
     */
    Trajectory forecast(Trajectory history, int steps);

    /** @return a short human-readable description of the fitted model. */
    default String describe() {
        return toString();
    }

    /**
     * A longer, human-readable account of what the model learned, for a user inspecting it
     * ({@code chaoskit forecast --explain}): for example the Lyapunov spectrum of a trained RNN, the
     * symbolic code and fixed points of an almost-linear RNN, the leading Koopman eigenvalues. It may
     * compute (run the model freely); it never changes the model.
     *
     * @return several lines of text; by default {@link #describe()}
     */
    default String explain() {
        return describe();
    }

    /**
     * The largest Lyapunov exponent of the learned dynamics, for models that can compute it from
     * their exact Jacobians along a free run (the PLRNN family); the benchmark compares it with the
     * system's λ₁ (docs/protocol.md, invariant errors).
     *
     * @return λ₁ in 1/(time unit of the training data), or empty if the model cannot compute it (the
     *     default) or its free run diverges
     */
    default OptionalDouble largestLyapunovExponent() {
        return OptionalDouble.empty();
    }
}
