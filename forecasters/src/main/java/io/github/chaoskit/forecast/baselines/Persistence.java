package io.github.chaoskit.forecast.baselines;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Map;
import java.util.Set;

/**
 * The persistence (naive, random-walk) baseline: every future value equals the last observed
 * one. Its error sets the scale of the MASE metric.
 */
public final class Persistence implements Forecaster, ForecasterProvider {

    @Override
    public String name() {
        return "persistence";
    }

    @Override
    public String description() {
        return "naive baseline: repeats the last observed value";
    }

    @Override
    public Forecaster create(Map<String, String> settings) {
        new Settings(name(), settings, Set.of());
        return this;
    }

    @Override
    public FittedModel fit(Trajectory train, long seed) {
        Forecasts.requireUsable(train, 1, "training data", name());
        int d = train.dimension();
        return new FittedModel() {
            @Override
            public Trajectory forecast(Trajectory history, int steps) {
                Forecasts.requireForecastable(history, d, steps, name());
                Forecasts.requireUsable(history, 1, "history", name());
                double[] last = history.row(history.size() - 1);
                double[] v = new double[steps * d];
                for (int k = 0; k < steps; k++) {
                    System.arraycopy(last, 0, v, k * d, d);
                }
                return Forecasts.continuation(history, v, steps);
            }

            @Override
            public String describe() {
                return "persistence of the last observed value";
            }
        };
    }
}
