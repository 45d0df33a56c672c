package io.github.chaoskit.bench;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Map;

/** Test-only forecasters that fail in the ways the runner must survive. */
public final class BrokenForecasters {

    private BrokenForecasters() {
    }

    /** Throws while fitting. */
    public static final class Throwing implements ForecasterProvider {
        @Override
        public String name() {
            return "test-throwing";
        }

        @Override
        public String description() {
            return "test: throws in fit";
        }

        @Override
        public Forecaster create(Map<String, String> settings) {
            return new Forecaster() {
                @Override
                public String name() {
                    return "test-throwing";
                }

                @Override
                public FittedModel fit(Trajectory train, long seed) {
                    throw new IllegalStateException("boom in fit");
                }
            };
        }
    }

    /** Returns NaN forecasts. */
    public static final class NotANumber implements ForecasterProvider {
        @Override
        public String name() {
            return "test-nan";
        }

        @Override
        public String description() {
            return "test: forecasts NaN";
        }

        @Override
        public Forecaster create(Map<String, String> settings) {
            return new Forecaster() {
                @Override
                public String name() {
                    return "test-nan";
                }

                @Override
                public FittedModel fit(Trajectory train, long seed) {
                    return (history, steps) -> {
                        double[] v = new double[steps * history.dimension()];
                        java.util.Arrays.fill(v, Double.NaN);
                        double[] t = new double[steps];
                        return new Trajectory(history.systemName(), history.columnNames(), t, v, history.step());
                    };
                }
            };
        }
    }
}
