package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The normalisation data that some metrics need, immutable; build it with {@link #builder()}.
 *
 * <ul>
 *   <li>{@code lyapunovMax}: λ₁, the largest Lyapunov exponent (1/time units of the equations). For
 *       systems whose λ₁ is not clearly positive the protocol uses the dominant period P as the time
 *       unit: pass 1/P here. Needed by {@link HorizonCurve} and {@link ValidPredictionTime}.</li>
 *   <li>{@code step}: the sampling step Δt of the trajectories (time units). Needed with λ₁.</li>
 *   <li>{@code attractorStd}: σ_d, the standard deviation of each coordinate over the attractor
 *       (long-run statistics, not the forecast window's). Needed by nrmse and VPT_nrmse.</li>
 *   <li>{@code training}: the training trajectory. Needed by mase (its one-step naive error).</li>
 * </ul>
 *
 * <p>Lyapunov-time normalisation lives here, once: a horizon of h steps lasts
 * {@code h·Δt·λ₁} Lyapunov times ({@link #lyapunovTimes(int)}).
 */
public final class MetricContext {

    private static final MetricContext EMPTY = new Builder().build();

    private final double lyapunovMax;
    private final double step;
    private final double[] attractorStd;
    private final Trajectory training;

    private MetricContext(Builder b) {
        this.lyapunovMax = b.lyapunovMax;
        this.step = b.step;
        this.attractorStd = b.attractorStd == null ? null : b.attractorStd.clone();
        this.training = b.training;
    }

    /** @return a context with nothing set (enough for the metrics that need no normalisation). */
    public static MetricContext empty() {
        return EMPTY;
    }

    /** @return a new builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder pre-filled with this context's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lyapunovMax = lyapunovMax;
        b.step = step;
        b.attractorStd = attractorStd;
        b.training = training;
        return b;
    }

    /** @return λ₁ (1/time), if set. */
    public OptionalDouble lyapunovMax() {
        return Double.isNaN(lyapunovMax) ? OptionalDouble.empty() : OptionalDouble.of(lyapunovMax);
    }

    /** @return the sampling step Δt (time), if set. */
    public OptionalDouble step() {
        return Double.isNaN(step) ? OptionalDouble.empty() : OptionalDouble.of(step);
    }

    /** @return σ_d per coordinate (a copy), if set. */
    public Optional<double[]> attractorStd() {
        return attractorStd == null ? Optional.empty() : Optional.of(attractorStd.clone());
    }

    /** @return the training trajectory, if set. */
    public Optional<Trajectory> training() {
        return Optional.ofNullable(training);
    }

    /**
     * Converts a number of sampling steps into Lyapunov times.
     *
     * @param steps number of sampling steps (≥ 0)
     * @return {@code steps·Δt·λ₁}
     * @throws IllegalArgumentException if λ₁ or Δt is not set, or steps is negative
     */
    public double lyapunovTimes(int steps) {
        return lyapunovTimes(steps, "Lyapunov-time normalisation");
    }

    /**
     * @param steps number of sampling steps
     * @param who the metric asking, for the error message
     * @return {@code steps·Δt·λ₁}
     */
    double lyapunovTimes(int steps, String who) {
        requireTimeUnit(who);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be non-negative, got " + steps);
        }
        return steps * step * lyapunovMax;
    }

    /** @throws IllegalArgumentException naming {@code who} if λ₁ or Δt is missing */
    void requireTimeUnit(String who) {
        if (Double.isNaN(lyapunovMax) || Double.isNaN(step)) {
            throw new IllegalArgumentException(who + " needs lyapunovMax (λ₁) and step (Δt) in the MetricContext"
                    + " to measure time in Lyapunov times; missing: "
                    + (Double.isNaN(lyapunovMax) ? "lyapunovMax " : "") + (Double.isNaN(step) ? "step" : ""));
        }
    }

    /**
     * @param who the metric asking, for the error message
     * @param d the dimension of the data
     * @return σ_d (the internal array: do not modify)
     */
    double[] requireAttractorStd(String who, int d) {
        if (attractorStd == null) {
            throw new IllegalArgumentException(who + " needs attractorStd (σ_d over the attractor) in the MetricContext");
        }
        if (attractorStd.length != d) {
            throw new IllegalArgumentException(who + ": attractorStd has " + attractorStd.length
                    + " entries but the data have " + d + " columns");
        }
        return attractorStd;
    }

    /**
     * @param who the metric asking, for the error message
     * @param d the dimension of the data
     * @return the training trajectory
     */
    Trajectory requireTraining(String who, int d) {
        if (training == null) {
            throw new IllegalArgumentException(who + " needs the training trajectory in the MetricContext");
        }
        if (training.dimension() != d) {
            throw new IllegalArgumentException(who + ": the training trajectory has " + training.dimension()
                    + " columns but the data have " + d);
        }
        return training;
    }

    @Override
    public String toString() {
        return "MetricContext[lyapunovMax=" + lyapunovMax + ", step=" + step + ", attractorStd="
                + java.util.Arrays.toString(attractorStd) + ", training=" + training + "]";
    }

    /** Builder of a {@link MetricContext}; every field is optional. */
    public static final class Builder {
        private double lyapunovMax = Double.NaN;
        private double step = Double.NaN;
        private double[] attractorStd;
        private Trajectory training;

        private Builder() {
        }

        /**
         * @param lambda1 λ₁ in 1/time, finite and positive (for non-chaotic systems 1/period)
         * @return this builder
         */
        public Builder lyapunovMax(double lambda1) {
            if (!(lambda1 > 0) || !Double.isFinite(lambda1)) {
                throw new IllegalArgumentException("lyapunovMax must be finite and positive, got " + lambda1
                        + " (for systems without a positive λ₁ pass 1/dominant period)");
            }
            this.lyapunovMax = lambda1;
            return this;
        }

        /**
         * @param dt the sampling step in time units, finite and positive
         * @return this builder
         */
        public Builder step(double dt) {
            if (!(dt > 0) || !Double.isFinite(dt)) {
                throw new IllegalArgumentException("step must be finite and positive, got " + dt);
            }
            this.step = dt;
            return this;
        }

        /**
         * @param sigma σ_d per coordinate, each finite and positive (copied)
         * @return this builder
         */
        public Builder attractorStd(double... sigma) {
            if (sigma == null || sigma.length == 0) {
                throw new IllegalArgumentException("attractorStd needs at least one value");
            }
            for (int j = 0; j < sigma.length; j++) {
                if (!(sigma[j] > 0) || !Double.isFinite(sigma[j])) {
                    throw new IllegalArgumentException("attractorStd[" + j + "] must be finite and positive, got "
                            + sigma[j]);
                }
            }
            this.attractorStd = sigma.clone();
            return this;
        }

        /**
         * Sets σ_d to the sample standard deviation (divisor n−1) of each column of a long
         * trajectory on the attractor.
         *
         * @param attractor a trajectory on the attractor, at least 2 rows, no constant column
         * @return this builder
         */
        public Builder attractorStd(Trajectory attractor) {
            if (attractor == null || attractor.size() < 2) {
                throw new IllegalArgumentException("attractorStd needs a trajectory of at least 2 rows, got "
                        + (attractor == null ? "null" : Checks.shape(attractor)));
            }
            int n = attractor.size();
            int d = attractor.dimension();
            double[] sigma = new double[d];
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += attractor.value(i, j);
                }
                mean /= n;
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    double e = attractor.value(i, j) - mean;
                    ss += e * e;
                }
                sigma[j] = Math.sqrt(ss / (n - 1));
                if (!(sigma[j] > 0) || !Double.isFinite(sigma[j])) {
                    throw new IllegalArgumentException("attractorStd: column " + j + " of the attractor trajectory has"
                            + " standard deviation " + sigma[j] + "; expected finite and positive");
                }
            }
            this.attractorStd = sigma;
            return this;
        }

        /**
         * @param train the training trajectory (at least 2 rows, finite)
         * @return this builder
         */
        public Builder training(Trajectory train) {
            if (train == null || train.size() < 2) {
                throw new IllegalArgumentException("training needs a trajectory of at least 2 rows, got "
                        + (train == null ? "null" : Checks.shape(train)));
            }
            Checks.finite("training", "training", train.values(), train.dimension());
            this.training = train;
            return this;
        }

        /** @return the context */
        public MetricContext build() {
            return new MetricContext(this);
        }
    }
}
