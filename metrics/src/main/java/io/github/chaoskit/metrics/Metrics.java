package io.github.chaoskit.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The registry of built-in metrics, as defined in chaoskit's protocol ({@code docs/protocol.md},
 * "Metrics") and, where it is silent, by dysts's {@code metrics.py} (Gilpin 2023, Phys. Rev.
 * Research 5, 043252). Short-term metrics (truth y, forecast ŷ, T×D; means over all T·D elements
 * unless stated):
 *
 * <table>
 *   <caption>short-term metrics</caption>
 *   <tr><th>name</th><th>definition</th><th>better</th></tr>
 *   <tr><td>mse</td><td>mean (y−ŷ)²</td><td>lower</td></tr>
 *   <tr><td>mae</td><td>mean |y−ŷ|</td><td>lower</td></tr>
 *   <tr><td>rmse</td><td>sqrt(mse)</td><td>lower</td></tr>
 *   <tr><td>nrmse</td><td>sqrt(mean ((y−ŷ)/σ_d)²), σ_d the attractor std from the context</td><td>lower</td></tr>
 *   <tr><td>marre</td><td>100·mae / (max y − min y)</td><td>lower</td></tr>
 *   <tr><td>r2</td><td>1 − Σ(y−ŷ)²/Σ(y−ȳ)², ȳ the global mean</td><td>higher</td></tr>
 *   <tr><td>rmsle</td><td>sqrt(mean (log(1+ŷ′) − log(1+y′))²), y′, ŷ′ shifted by their column minima</td><td>lower</td></tr>
 *   <tr><td>smape</td><td>200·mean |y−ŷ|/(|y|+|ŷ|), 0–200</td><td>lower</td></tr>
 *   <tr><td>mape</td><td>100·mean |y−ŷ|/|y|</td><td>lower</td></tr>
 *   <tr><td>wape</td><td>100·Σ|y−ŷ|/Σ|y|</td><td>lower</td></tr>
 *   <tr><td>mase</td><td>mae / mean|x_{t+1}−x_t| over the training data x (context)</td><td>lower</td></tr>
 *   <tr><td>spearman, pearson, kendall</td><td>mean over coordinates of ρ, r, τ_b of (y_d, ŷ_d)</td><td>higher</td></tr>
 *   <tr><td>coefficient_of_variation</td><td>100·std(y−ŷ)/|mean y| (population std)</td><td>lower</td></tr>
 *   <tr><td>mutual_information</td><td>mean over coordinates of the KSG (k = 3) estimate of I(y_d; ŷ_d), nats</td><td>higher</td></tr>
 * </table>
 *
 * <p>Zero-denominator conventions are documented on each metric's formula: 0/0 terms count as 0, a
 * degenerate truth (constant, all zero, zero mean) is an IllegalArgumentException, a constant
 * forecast coordinate scores 0 in the correlations. Long-term metrics: {@code dstsp}
 * ({@link StateSpaceDivergence}) and {@code dh} ({@link PowerSpectrumDistance}); valid prediction
 * times {@code vpt_nrmse} and {@code vpt_smape} ({@link ValidPredictionTime}). The re-started
 * prediction error PE(n) needs a model, not two trajectories, and is not a {@link Metric}.
 */
public final class Metrics {

    private static final List<Metric> SHORT_TERM = List.of(
            new ShortTermMetrics.Mse(),
            new ShortTermMetrics.Mae(),
            new ShortTermMetrics.Rmse(),
            new ShortTermMetrics.Nrmse(),
            new ShortTermMetrics.Marre(),
            new ShortTermMetrics.R2(),
            new ShortTermMetrics.Rmsle(),
            new ShortTermMetrics.Smape(),
            new ShortTermMetrics.Mape(),
            new ShortTermMetrics.Wape(),
            new ShortTermMetrics.Mase(),
            new ShortTermMetrics.Spearman(),
            new ShortTermMetrics.Pearson(),
            new ShortTermMetrics.Kendall(),
            new ShortTermMetrics.CoefficientOfVariation(),
            new ShortTermMetrics.MutualInformation());

    private static final List<Metric> LONG_TERM = List.of(StateSpaceDivergence.defaults(),
            PowerSpectrumDistance.defaults());

    private static final List<Metric> ALL;

    static {
        List<Metric> all = new ArrayList<>(SHORT_TERM);
        all.add(ValidPredictionTime.NRMSE);
        all.add(ValidPredictionTime.SMAPE);
        all.addAll(LONG_TERM);
        ALL = List.copyOf(all);
    }

    private Metrics() {
    }

    /** @return the 16 short-term metrics of the protocol, in the order of the table above (immutable). */
    public static List<Metric> shortTerm() {
        return SHORT_TERM;
    }

    /** @return the long-term metrics with default settings: dstsp, dh (immutable). */
    public static List<Metric> longTerm() {
        return LONG_TERM;
    }

    /**
     * Looks a metric up by name, ignoring case: the short-term metrics, {@code vpt_nrmse},
     * {@code vpt_smape}, {@code dstsp} and {@code dh}.
     *
     * @param name the metric's name
     * @return the metric
     * @throws IllegalArgumentException if the name is unknown (the message lists the known names)
     */
    public static Metric byName(String name) {
        if (name != null) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            for (Metric m : ALL) {
                if (m.name().equals(key)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; known metrics: "
                + ALL.stream().map(Metric::name).collect(Collectors.joining(", ")));
    }
}
