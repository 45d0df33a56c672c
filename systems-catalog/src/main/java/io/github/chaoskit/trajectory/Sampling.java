package io.github.chaoskit.trajectory;

import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import java.util.OptionalDouble;

/**
 * How a continuous-time trajectory is sampled in time.
 *
 * <p>For {@link #pointsPerPeriod} and {@link #pointsPerLyapunovTime} the grid follows dysts:
 * n points on {@code linspace(0, T·n/p, n)} with T the dominant period (or one Lyapunov time
 * 1/λ₁), so the spacing is {@code T·n/(p·(n−1))}, slightly more than {@code T/p}.
 * {@link #fixedStep} puts the points exactly {@code dt} apart. Maps ignore the sampling: one
 * row per iteration.
 */
public final class Sampling {

    /** The three ways of choosing the sampling step. */
    public enum Mode {
        /** A fixed number of points per dominant period (dysts's default, 100). */
        POINTS_PER_PERIOD,
        /** A fixed number of points per Lyapunov time 1/λ₁. */
        POINTS_PER_LYAPUNOV_TIME,
        /** A fixed step in time units. */
        FIXED_STEP
    }

    private final Mode mode;
    private final double value;

    private Sampling(Mode mode, double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive finite number, got " + value);
        }
        this.mode = mode;
        this.value = value;
    }

    /**
     * @param pointsPerPeriod points per dominant period, positive
     * @return the sampling
     */
    public static Sampling pointsPerPeriod(double pointsPerPeriod) {
        return new Sampling(Mode.POINTS_PER_PERIOD, pointsPerPeriod, "points per period");
    }

    /**
     * @param pointsPerLyapunovTime points per Lyapunov time, positive
     * @return the sampling
     */
    public static Sampling pointsPerLyapunovTime(double pointsPerLyapunovTime) {
        return new Sampling(Mode.POINTS_PER_LYAPUNOV_TIME, pointsPerLyapunovTime, "points per Lyapunov time");
    }

    /**
     * @param dt the sampling step in time units, positive
     * @return the sampling
     */
    public static Sampling fixedStep(double dt) {
        return new Sampling(Mode.FIXED_STEP, dt, "sampling step dt");
    }

    /** @return the mode. */
    public Mode mode() {
        return mode;
    }

    /** @return points per period, points per Lyapunov time, or dt, depending on the mode. */
    public double value() {
        return value;
    }

    /**
     * The time between consecutive samples of an n-point trajectory of a system.
     *
     * @param system the system (its period or λ₁ sets the time scale)
     * @param n number of points
     * @return the step; 1 for maps
     * @throws IllegalArgumentException if the system lacks the period or a positive λ₁ the mode needs
     */
    public double step(DynamicalSystem system, long n) {
        if (system.kind() == SystemKind.MAP) {
            return 1.0;
        }
        double timeScale;
        switch (mode) {
            case FIXED_STEP:
                return value;
            case POINTS_PER_PERIOD:
                timeScale = system.info().period();
                if (!(timeScale > 0)) {
                    throw new IllegalArgumentException(system.name() + " has no dominant period; use a fixed step");
                }
                break;
            default:
                OptionalDouble lambda = system.info().lyapunovMax();
                if (lambda.isEmpty() || !(lambda.getAsDouble() > 0)) {
                    throw new IllegalArgumentException(system.name()
                            + " has no positive largest Lyapunov exponent; sample by period or fixed step");
                }
                timeScale = 1.0 / lambda.getAsDouble();
                break;
        }
        double tEnd = timeScale * n / value;
        return n > 1 ? tEnd / (n - 1) : timeScale / value;
    }

    @Override
    public String toString() {
        switch (mode) {
            case FIXED_STEP:
                return "dt=" + value;
            case POINTS_PER_PERIOD:
                return value + " points/period";
            default:
                return value + " points/Lyapunov time";
        }
    }
}
