package io.github.chaoskit.forecast.koopman;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;
import java.util.Locale;

/**
 * A fitted Koopman forecaster ({@code edmd} or {@code kedmd}): a {@link KoopmanOperator} fitted on
 * z-scored training data (training mean and standard deviation per coordinate), iterated in a
 * {@link ForecastMode}. Immutable and thread-safe: every forecast allocates its own buffers.
 */
public final class KoopmanModel implements FittedModel {

    /** Largest |state| (in training standard deviations) before a forecast counts as diverged. */
    public static final double BOUND = 1e6;

    private final KoopmanOperator operator;
    private final ForecastMode mode;
    private final double[] mean;
    private final double[] std;
    private final String name;

    private final List<Eigenpair> kept;
    private final double threshold;

    /**
     * @param x training inputs in the operator's coordinates (for the ResDMD residuals of {@link ForecastMode#MODES})
     * @param y their images
     * @param threshold ResDMD ε: eigenpairs with a larger residual on (x, y) are left out of the mode expansion
     */
    KoopmanModel(KoopmanOperator operator, ForecastMode mode, double[] mean, double[] std, String name, double[][] x,
            double[][] y, double threshold) {
        this.operator = operator;
        this.mode = mode;
        this.mean = mean;
        this.std = std;
        this.name = name;
        this.threshold = threshold;
        if (mode == ForecastMode.MODES) {
            double[] res = ResDmd.residuals(operator, x, y);
            this.kept = List.copyOf(ResDmd.filter(operator.spectrum(), res, threshold));
        } else {
            this.kept = null;
        }
    }

    /**
     * @return the eigenpairs of the mode expansion (those with a ResDMD residual ≤ ε on the training
     *     snapshots) under {@link ForecastMode#MODES}; empty otherwise
     */
    public List<Eigenpair> keptEigenpairs() {
        return kept == null ? List.of() : kept;
    }

    /** @return the fitted operator, in z-scored coordinates (spectrum, modes, residuals). */
    public KoopmanOperator operator() {
        return operator;
    }

    /** @return how forecasts iterate the operator. */
    public ForecastMode mode() {
        return mode;
    }

    /** @return the training mean per coordinate (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** @return the training standard deviation per coordinate (a copy). */
    public double[] std() {
        return std.clone();
    }

    /**
     * The snapshot pairs of a trajectory in the operator's coordinates (z-scored with the training
     * statistics, delay-embedded if the dictionary is), e.g. for {@link ResDmd} on a separate split.
     *
     * @param data a trajectory with the training data's columns
     * @return {inputs, images}, each (n − lags) rows
     */
    public double[][][] pairs(Trajectory data) {
        int d = mean.length;
        if (data.dimension() != d) {
            throw new IllegalArgumentException(name + ": data have " + data.dimension() + " columns, the model was"
                    + " trained on " + d);
        }
        Forecasts.requireUsable(data, operator.dictionary().lags() + 1, "data", name);
        return Snapshots.pairs(Snapshots.standardise(data, mean, std), data.size(), d, operator.dictionary().lags(), 1);
    }

    /**
     * ResDMD residuals of every eigenpair of {@link #operator()}'s spectrum on the pairs of
     * {@code data} (Colbrook &amp; Townsend 2024).
     *
     * @param data training data or a separate split
     * @return res_j in spectrum order
     */
    public double[] residuals(Trajectory data) {
        double[][][] p = pairs(data);
        return ResDmd.residuals(operator, p[0], p[1]);
    }

    @Override
    public Trajectory forecast(Trajectory history, int steps) {
        int d = mean.length;
        int lags = operator.dictionary().lags();
        Forecasts.requireForecastable(history, d, steps, name);
        if (history.size() < lags) {
            throw new IllegalArgumentException(name + ": history has " + history.size() + " rows, needs at least "
                    + lags);
        }
        // only the last `lags` rows are used, so only they must be finite
        double[] z = new double[d * lags];
        int last = history.size() - 1;
        for (int l = 0; l < lags; l++) {
            for (int j = 0; j < d; j++) {
                double v = history.value(last - l, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(name + ": history has a non-finite value at row " + (last - l)
                            + ", column " + j);
                }
                z[l * d + j] = (v - mean[j]) / std[j];
            }
        }
        double[] out = mode == ForecastMode.MODES ? operator.modes(z, steps, kept, name, BOUND)
                : operator.rollout(z, steps, mode, name, BOUND);
        for (int s = 0; s < steps; s++) {
            for (int j = 0; j < d; j++) {
                out[s * d + j] = out[s * d + j] * std[j] + mean[j];
            }
        }
        return Forecasts.continuation(history, out, steps);
    }

    @Override
    public String describe() {
        return name + ": " + operator + (kept == null ? "" : "; mode expansion over " + kept.size() + " of "
                + operator.size() + " eigenpairs with ResDMD residual <= " + threshold);
    }

    /**
     * The operator and its leading Koopman eigenvalues (largest modulus first, at most 12) with
     * their continuous-time counterparts {@code log(μ)/Δt}: growth or decay rate and frequency;
     * under {@link ForecastMode#MODES} the pairs of the expansion are marked.
     */
    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder(describe()).append(System.lineSeparator());
        KoopmanSpectrum spectrum = operator.spectrum();
        sb.append(String.format(Locale.ROOT, "Koopman spectrum: %d eigenvalues, spectral radius %.6f%n",
                spectrum.size(), spectrum.spectralRadius()));
        int shown = Math.min(12, spectrum.size());
        for (int j = 0; j < shown; j++) {
            sb.append("  ").append(spectrum.get(j));
            if (kept != null && kept.contains(spectrum.get(j))) {
                sb.append("  [kept: ResDMD residual <= ").append(threshold).append(']');
            }
            sb.append(System.lineSeparator());
        }
        if (shown < spectrum.size()) {
            sb.append("  … ").append(spectrum.size() - shown).append(" more").append(System.lineSeparator());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
