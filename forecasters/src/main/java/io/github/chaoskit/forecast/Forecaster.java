package io.github.chaoskit.forecast;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.function.DoubleConsumer;

/**
 * A forecasting method with fixed hyper-parameters. {@link #fit} learns from a training
 * trajectory and returns an immutable model; fitting never changes the forecaster.
 *
 * <p>To add a forecaster to chaoskit, implement this interface and a {@link ForecasterProvider},
 * list the provider in {@code META-INF/services/io.github.chaoskit.forecast.ForecasterProvider}
 * and put the jar on the class path: the CLI and the benchmark find it by name.
 */
public interface Forecaster {

    /** @return the provider's name plus any non-default hyper-parameters, e.g. {@code "var(p=3)"}. */
    String name();

    /**
     * Fits the method to a training trajectory.
     *
     * @param train training data (n×d, uniformly sampled)
     * @param seed seed of every random choice the method makes
     * @return the fitted model
     * @throws IllegalArgumentException if the data are too short, not finite, or otherwise unusable
     */
    FittedModel fit(Trajectory train, long seed);

    /**
     * Fits like {@link #fit(Trajectory, long)} — the same model, bit for bit — and reports how far
     * the fit has got, for a progress bar on long fits (the PLRNN family reports after every epoch).
     * The default reports only the end.
     *
     * @param train training data
     * @param seed seed of every random choice
     * @param progress receives the fraction done, non-decreasing in [0, 1], on the fitting thread
     * @return the fitted model
     */
    default FittedModel fit(Trajectory train, long seed, DoubleConsumer progress) {
        FittedModel m = fit(train, seed);
        progress.accept(1);
        return m;
    }
}
