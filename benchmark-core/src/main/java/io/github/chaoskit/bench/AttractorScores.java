package io.github.chaoskit.bench;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.invariants.CorrelationDimension;
import io.github.chaoskit.metrics.PowerSpectrumDistance;
import io.github.chaoskit.metrics.StateSpaceDivergence;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.OptionalDouble;

/**
 * The long-term scores of a protocol that has a long-term truth (docs/protocol.md, lyapunov preset):
 * D_stsp and D_H of one free run against the true trajectory, the same two scores of an
 * independent true trajectory (the floor a perfect model would reach), and the restarted
 * prediction error PE(n). Used by the benchmark runner and by {@code chaoskit forecast}, so both
 * report the same numbers.
 */
public final class AttractorScores {

    /** Steps after a restart at which PE(n) is measured (docs/protocol.md: n = 20). */
    public static final int PE_STEPS = 20;
    /** Restart points of PE(n). */
    public static final int PE_RESTARTS = 50;

    /**
     * @param dstsp state-space divergence D_stsp
     * @param dh power-spectrum distance D_H
     */
    public record Scores(double dstsp, double dh) {
    }

    private AttractorScores() {
    }

    /**
     * @param model a fitted model
     * @param sd the system's data; must have a long-term truth
     * @return the model's free run from the first window's history, as long as the long-term truth
     * @throws IllegalArgumentException if the protocol has no long-term truth
     * @throws io.github.chaoskit.trajectory.DivergenceException if the free run diverges
     */
    public static Trajectory freeRun(FittedModel model, SystemData sd) {
        return model.forecast(sd.windows().get(0).history(), requireTruth(sd).size());
    }

    /**
     * @param free a free run (e.g. from {@link #freeRun})
     * @param sd the system's data; must have a long-term truth
     * @return D_stsp and D_H of the free run against the long-term truth
     */
    public static Scores of(Trajectory free, SystemData sd) {
        Trajectory truth = requireTruth(sd);
        return new Scores(StateSpaceDivergence.defaults().divergence(truth, free),
                PowerSpectrumDistance.defaults().score(truth, free, sd.context()));
    }

    /**
     * @param sd the system's data
     * @return D_stsp and D_H of the independent true trajectory against the long-term truth (both cut
     *     to the shorter length, as D_H compares equally long series), or null if the protocol has
     *     either trajectory missing
     */
    public static Scores floor(SystemData sd) {
        if (sd.longTermTruth() == null || sd.independentTruth() == null) {
            return null;
        }
        int n = Math.min(sd.longTermTruth().size(), sd.independentTruth().size());
        Trajectory truth = sd.longTermTruth().slice(0, n);
        Trajectory other = sd.independentTruth().slice(0, n);
        return new Scores(StateSpaceDivergence.defaults().divergence(truth, other),
                PowerSpectrumDistance.defaults().score(truth, other, sd.context()));
    }

    /**
     * PE(n): mean squared error n steps after re-starting the model from true states, averaged over
     * {@value #PE_RESTARTS} restarts spread over the true trajectory; each restart gives the model
     * {@code warm} true samples of history.
     *
     * @param model a fitted model
     * @param truth the true trajectory
     * @param warm history samples per restart
     * @return PE({@value #PE_STEPS})
     * @throws IllegalArgumentException if the trajectory is too short
     */
    public static double restartedPredictionError(FittedModel model, Trajectory truth, int warm) {
        int span = truth.size() - warm - PE_STEPS;
        if (span < 0) {
            throw new IllegalArgumentException("test trajectory too short for PE(" + PE_STEPS + ")");
        }
        double sum = 0;
        int d = truth.dimension();
        for (int r = 0; r < PE_RESTARTS; r++) {
            int origin = warm + (int) Math.round((double) r * span / (PE_RESTARTS - 1));
            Trajectory fc = model.forecast(truth.slice(origin - warm, origin), PE_STEPS);
            double e = 0;
            for (int j = 0; j < d; j++) {
                double diff = fc.value(PE_STEPS - 1, j) - truth.value(origin + PE_STEPS - 1, j);
                e += diff * diff;
            }
            sum += e / d;
        }
        return sum / PE_RESTARTS;
    }

    /**
     * @param model a fitted model
     * @param sd the system's data; must have a long-term truth
     * @return PE({@value #PE_STEPS}) on the long-term truth with the first window's history length
     */
    public static double restartedPredictionError(FittedModel model, SystemData sd) {
        return restartedPredictionError(model, requireTruth(sd), sd.windows().get(0).history().size());
    }

    /**
     * The invariant error of the learned dynamics' largest Lyapunov exponent,
     * {@code |λ̂₁ − λ₁| / λ₁} (docs/protocol.md), for models that report λ̂₁
     * ({@link FittedModel#largestLyapunovExponent()}).
     *
     * @param model a fitted model
     * @param sd the system's data
     * @return the relative error, or empty if the model has no λ̂₁ or the system is scored in the
     *     period fallback time unit (λ₁ not clearly positive, so a relative error means nothing)
     */
    public static OptionalDouble lyapunovError(FittedModel model, SystemData sd) {
        if (!inLyapunovTimes(sd)) {
            return OptionalDouble.empty(); // before asking the model: λ̂₁ costs a QR run
        }
        return lyapunovError(model.largestLyapunovExponent(), sd);
    }

    /**
     * @param hat λ̂₁ of a model, if it has one
     * @param sd the system's data
     * @return {@code |λ̂₁ − λ₁| / λ₁}, or empty as in {@link #lyapunovError(FittedModel, SystemData)}
     */
    public static OptionalDouble lyapunovError(OptionalDouble hat, SystemData sd) {
        if (!inLyapunovTimes(sd) || hat.isEmpty()) {
            return OptionalDouble.empty();
        }
        double lambda = sd.context().lyapunovMax().getAsDouble();
        return OptionalDouble.of(Math.abs(hat.getAsDouble() - lambda) / lambda);
    }

    /**
     * @param t a trajectory
     * @return its correlation dimension (Grassberger–Procaccia with an automatic scaling region on at
     *     most 3000 points, {@link CorrelationDimension}), NaN if no scaling region is found
     * @throws IllegalArgumentException if the trajectory is degenerate (e.g. constant)
     */
    public static double correlationDimension(Trajectory t) {
        CorrelationDimension c = CorrelationDimension.estimate(t);
        return c.hasScalingRegion() ? c.dimension() : Double.NaN;
    }

    /**
     * @param free a free run (e.g. from {@link #freeRun})
     * @param sd the system's data; must have a long-term truth
     * @return the invariant error {@code |D₂(free run) − D₂(truth)|} of the correlation dimensions
     *     (NaN if either has no scaling region)
     * @throws IllegalArgumentException if the free run is degenerate (e.g. it settled on a point)
     */
    public static double correlationDimensionError(Trajectory free, SystemData sd) {
        return Math.abs(correlationDimension(free) - correlationDimension(requireTruth(sd)));
    }

    /**
     * @param sd the system's data
     * @return {@link #correlationDimensionError} of the independent true trajectory (cut to the
     *     long-term truth's length) — the floor; NaN if the protocol has either trajectory missing
     */
    public static double correlationDimensionFloor(SystemData sd) {
        if (sd.longTermTruth() == null || sd.independentTruth() == null) {
            return Double.NaN;
        }
        int n = Math.min(sd.longTermTruth().size(), sd.independentTruth().size());
        return Math.abs(correlationDimension(sd.independentTruth().slice(0, n))
                - correlationDimension(sd.longTermTruth().slice(0, n)));
    }

    /** @return true if the system is scored in Lyapunov times (λ₁ clearly positive), not a fallback unit */
    private static boolean inLyapunovTimes(SystemData sd) {
        return sd.timeUnitNote().startsWith(Contexts.LYAPUNOV_UNIT) && sd.context().lyapunovMax().isPresent();
    }

    private static Trajectory requireTruth(SystemData sd) {
        if (sd.longTermTruth() == null) {
            throw new IllegalArgumentException(sd.system() + ": the protocol has no long-term truth");
        }
        return sd.longTermTruth();
    }
}
