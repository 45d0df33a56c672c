package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * Valid prediction time (VPT) in Lyapunov times, the two published definitions of the protocol:
 *
 * <ul>
 *   <li>{@link #NRMSE}: the first step i (0-based) where the instantaneous normalised error
 *       {@code E_i = sqrt(mean_d ((ŷ_id − y_id)/σ_d)²)} exceeds ε = 0.5, σ_d the attractor standard
 *       deviation from the context (Pathak et al. 2018, Phys. Rev. Lett. 120, 024102; Vlachas et
 *       al. 2020, Neural Networks 126, 191).</li>
 *   <li>{@link #SMAPE}: the first i where the cumulative sMAPE over [0, i],
 *       {@code 200/((i+1)·D) Σ_{t≤i} Σ_d |y−ŷ|/(|y|+|ŷ|)} (0–200 scale), exceeds 30 (Gilpin 2023,
 *       Phys. Rev. Research 5, 043252).</li>
 * </ul>
 *
 * <p>The first crossing at index i means that steps 0 … i−1 were valid, so the VPT is
 * {@code i·Δt·λ₁} Lyapunov times ({@link MetricContext#lyapunovTimes(int)}). A forecast that never
 * crosses is capped at the horizon T (T·Δt·λ₁) and marked {@linkplain Result#censored() censored}:
 * its true VPT is at least that. The two definitions give different numbers for the same forecast
 * (the sMAPE one depends on the coordinate origin); never mix them.
 */
public final class ValidPredictionTime implements Metric {

    /** VPT_nrmse with ε = 0.5. */
    public static final ValidPredictionTime NRMSE = new ValidPredictionTime("vpt_nrmse", true, 0.5);

    /** VPT_smape with threshold 30 (0–200 scale). */
    public static final ValidPredictionTime SMAPE = new ValidPredictionTime("vpt_smape", false, 30);

    private final String name;
    private final boolean nrmse;
    private final double threshold;

    private ValidPredictionTime(String name, boolean nrmse, double threshold) {
        this.name = name;
        this.nrmse = nrmse;
        this.threshold = threshold;
    }

    /**
     * VPT_nrmse with another threshold (e.g. the stricter 0.3 also found in the literature).
     *
     * @param epsilon threshold on the instantaneous NRMSE, finite and positive
     * @return the metric, named {@code vpt_nrmse@ε} unless ε = 0.5
     */
    public static ValidPredictionTime nrmse(double epsilon) {
        requirePositive(epsilon);
        return epsilon == 0.5 ? NRMSE : new ValidPredictionTime("vpt_nrmse@" + epsilon, true, epsilon);
    }

    /**
     * VPT_smape with another threshold.
     *
     * @param threshold threshold on the cumulative sMAPE (0–200 scale), finite and positive
     * @return the metric, named {@code vpt_smape@threshold} unless it is 30
     */
    public static ValidPredictionTime smape(double threshold) {
        requirePositive(threshold);
        return threshold == 30 ? SMAPE : new ValidPredictionTime("vpt_smape@" + threshold, false, threshold);
    }

    private static void requirePositive(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("VPT threshold must be finite and positive, got " + v);
        }
    }

    /**
     * The outcome of a VPT evaluation.
     *
     * @param validSteps number of valid steps i (the index of the first crossing, or T if none)
     * @param lyapunovTimes {@code validSteps·Δt·λ₁}
     * @param censored true if the error never crossed the threshold within the T steps
     */
    public record Result(int validSteps, double lyapunovTimes, boolean censored) {
    }

    /** @return the threshold ε (NRMSE) or the sMAPE threshold. */
    public double threshold() {
        return threshold;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean lowerIsBetter() {
        return false;
    }

    /** @return the VPT in Lyapunov times, {@link Result#lyapunovTimes()} of {@link #evaluate}. */
    @Override
    public double score(Trajectory truth, Trajectory forecast, MetricContext context) {
        return evaluate(truth, forecast, context).lyapunovTimes();
    }

    /**
     * @param truth the true trajectory, T×D
     * @param forecast the forecast, T×D
     * @param context needs λ₁ and Δt; VPT_nrmse also needs attractorStd
     * @return the valid steps, the VPT in Lyapunov times, and whether it was censored at T
     * @throws IllegalArgumentException if the shapes differ, data are not finite or the context lacks
     *     what is needed
     */
    public Result evaluate(Trajectory truth, Trajectory forecast, MetricContext context) {
        Checks.sameShape(name, truth, forecast);
        if (context == null) {
            throw new IllegalArgumentException(name + ": context must not be null");
        }
        context.requireTimeUnit(name);
        int n = truth.size();
        int d = truth.dimension();
        double[] y = truth.values();
        double[] f = forecast.values();
        Checks.finite(name, "truth", y, d);
        Checks.finite(name, "forecast", f, d);
        int first = nrmse ? firstNrmseCrossing(y, f, n, d, context.requireAttractorStd(name, d))
                : firstSmapeCrossing(y, f, n, d);
        boolean censored = first < 0;
        int steps = censored ? n : first;
        return new Result(steps, context.lyapunovTimes(steps, name), censored);
    }

    private int firstNrmseCrossing(double[] y, double[] f, int n, int d, double[] sigma) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double e = (f[i * d + j] - y[i * d + j]) / sigma[j];
                s += e * e;
            }
            if (Math.sqrt(s / d) > threshold) {
                return i;
            }
        }
        return -1;
    }

    private int firstSmapeCrossing(double[] y, double[] f, int n, int d) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                s += ShortTermMetrics.smapeTerm(y[i * d + j], f[i * d + j]);
            }
            if (200 * s / ((i + 1.0) * d) > threshold) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return name;
    }
}
