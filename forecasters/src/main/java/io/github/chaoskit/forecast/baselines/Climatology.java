package io.github.chaoskit.forecast.baselines;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The climatology baseline: every future value equals the training mean of its coordinate (the
 * best constant forecast in mean squared error; dysts's "NaiveMean").
 */
public final class Climatology implements Forecaster, ForecasterProvider {

    @Override
    public String name() {
        return "climatology";
    }

    @Override
    public String description() {
        return "naive baseline: the training mean of each coordinate";
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
        double[] mean = new double[d];
        for (int i = 0; i < train.size(); i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += train.value(i, j);
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= train.size();
        }
        return new FittedModel() {
            @Override
            public Trajectory forecast(Trajectory history, int steps) {
                Forecasts.requireForecastable(history, d, steps, name());
                double[] v = new double[steps * d];
                for (int k = 0; k < steps; k++) {
                    System.arraycopy(mean, 0, v, k * d, d);
                }
                return Forecasts.continuation(history, v, steps);
            }

            @Override
            public String describe() {
                return "training mean " + Arrays.toString(mean);
            }
        };
    }
}
