package io.github.chaoskit.forecast.baselines;

import io.github.chaoskit.forecast.Grid;
import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.forecast.internal.Ridge;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linear vector autoregression VAR(p): {@code x_{t+1} = c + Σ_{k=1..p} A_k x_{t−k+1}}, fitted
 * by ridge regression on z-scored data (Lütkepohl 2005, New Introduction to Multiple Time Series
 * Analysis). The linear baseline every nonlinear forecaster should beat.
 *
 * <p>Settings: {@code p} (lags, default 4), {@code ridge} (λ, default 1e-6).
 */
public final class VectorAutoregression implements ForecasterProvider {

    @Override
    public String name() {
        return "var";
    }

    @Override
    public String description() {
        return "linear vector autoregression VAR(p) fitted by ridge regression (Lutkepohl 2005)";
    }

    @Override
    public Forecaster create(Map<String, String> settings) {
        Settings s = new Settings(name(), settings, Set.of("p", "ridge"));
        return new Var(s.integer("p", 4, 1), s.real("ridge", 1e-6, 0));
    }

    @Override
    public List<Map<String, String>> grid() {
        return Grid.of().with("p", "1", "2", "4", "8").with("ridge", "1e-8", "1e-6", "1e-4").list();
    }

    /** A VAR(p) forecaster with fixed settings. */
    static final class Var implements Forecaster {
        private final int p;
        private final double ridge;

        Var(int p, double ridge) {
            this.p = p;
            this.ridge = ridge;
        }

        @Override
        public String name() {
            return "var(p=" + p + ",ridge=" + ridge + ")";
        }

        @Override
        public FittedModel fit(Trajectory train, long seed) {
            Forecasts.requireUsable(train, p + 2, "training data", name());
            int d = train.dimension();
            double[][] moments = Forecasts.moments(train);
            double[] mean = moments[0];
            double[] std = moments[1];
            int f = 1 + p * d;
            Ridge r = new Ridge(f, d);
            double[] x = new double[f];
            double[] y = new double[d];
            for (int t = p - 1; t < train.size() - 1; t++) {
                x[0] = 1;
                for (int k = 0; k < p; k++) {
                    for (int j = 0; j < d; j++) {
                        x[1 + k * d + j] = (train.value(t - k, j) - mean[j]) / std[j];
                    }
                }
                for (int j = 0; j < d; j++) {
                    y[j] = (train.value(t + 1, j) - mean[j]) / std[j];
                }
                r.add(x, y);
            }
            double[][] w = r.solve(ridge);
            return new Model(p, d, w, mean, std, name());
        }
    }

    /** The fitted VAR(p). */
    static final class Model implements FittedModel {
        private final int p;
        private final int d;
        private final double[][] w;
        private final double[] mean;
        private final double[] std;
        private final String name;

        Model(int p, int d, double[][] w, double[] mean, double[] std, String name) {
            this.p = p;
            this.d = d;
            this.w = w;
            this.mean = mean;
            this.std = std;
            this.name = name;
        }

        @Override
        public Trajectory forecast(Trajectory history, int steps) {
            Forecasts.requireForecastable(history, d, steps, name);
            Forecasts.requireUsable(history, p, "history", name);
            // ring of the last p z-scored states, newest first
            double[][] lags = new double[p][d];
            for (int k = 0; k < p; k++) {
                for (int j = 0; j < d; j++) {
                    lags[k][j] = (history.value(history.size() - 1 - k, j) - mean[j]) / std[j];
                }
            }
            double[] out = new double[steps * d];
            double[] next = new double[d];
            for (int s = 0; s < steps; s++) {
                for (int j = 0; j < d; j++) {
                    double acc = w[0][j];
                    for (int k = 0; k < p; k++) {
                        double[] lag = lags[k];
                        for (int m = 0; m < d; m++) {
                            acc += w[1 + k * d + m][j] * lag[m];
                        }
                    }
                    next[j] = acc;
                }
                Forecasts.checkState(name, s, next, 1e6);
                double[] oldest = lags[p - 1];
                System.arraycopy(lags, 0, lags, 1, p - 1);
                System.arraycopy(next, 0, oldest, 0, d);
                lags[0] = oldest;
                for (int j = 0; j < d; j++) {
                    out[s * d + j] = next[j] * std[j] + mean[j];
                }
            }
            return Forecasts.continuation(history, out, steps);
        }

        @Override
        public String describe() {
            return name + " on " + d + " coordinates";
        }
    }
}
