package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * A PLRNN-family forecaster with fixed hyper-parameters (dynamical-systems reconstruction,
 * Durstewitz lab: Hess et al. 2023, ICML, "Generalized teacher forcing for learning chaotic
 * dynamics"; Brenner et al. 2024, NeurIPS, "Almost-linear RNNs yield highly interpretable symbolic
 * codes in dynamical systems reconstruction"). {@link #fit} z-scores the training data with its own
 * statistics, trains with {@link PlrnnTrainer} and returns the selected checkpoint as a
 * {@link PlrnnModel} ({@link AlRnnModel} for the AL-RNN).
 */
public final class PlrnnForecaster implements Forecaster {

    /** Fewest training rows accepted. */
    public static final int MIN_ROWS = 10;

    private final PlrnnConfig config;
    private final String name;

    /**
     * @param config hyper-parameters
     * @param name the forecaster's name (provider name plus non-default settings)
     */
    public PlrnnForecaster(PlrnnConfig config, String name) {
        this.config = Objects.requireNonNull(config, "config");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** @param config hyper-parameters */
    public PlrnnForecaster(PlrnnConfig config) {
        this(config, config.architecture().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** @return the hyper-parameters. */
    public PlrnnConfig config() {
        return config;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PlrnnModel fit(Trajectory train, long seed) {
        return fit(train, seed, f -> { });
    }

    /** Fits and reports the fraction of epochs completed after every epoch. */
    @Override
    public PlrnnModel fit(Trajectory train, long seed, DoubleConsumer progress) {
        Forecasts.requireUsable(train, MIN_ROWS, "training data", name);
        int n = train.dimension();
        int rows = train.size();
        double[][] moments = Forecasts.moments(train);
        double[] mean = moments[0];
        double[] std = moments[1];
        double[] data = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < n; k++) {
                data[i * n + k] = (train.value(i, k) - mean[k]) / std[k];
            }
        }
        try (PlrnnTrainer trainer = new PlrnnTrainer(config, data, n, seed)) {
            PlrnnTrainer.Result r = trainer.train(progress);
            double[] first = java.util.Arrays.copyOf(data, n);
            Network net = trainer.network();
            if (config.architecture() == Architecture.ALRNN) {
                return new AlRnnModel(net, r.theta(), mean, std, train.step(), first, config, r.report(), name,
                        train.systemName(), trainer.tau());
            }
            return new PlrnnModel(net, r.theta(), mean, std, train.step(), first, config, r.report(), name,
                    train.systemName(), trainer.tau());
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
