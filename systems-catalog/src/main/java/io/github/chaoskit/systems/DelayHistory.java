package io.github.chaoskit.systems;

import java.util.function.DoubleUnaryOperator;

/**
 * The initial function of a delay differential equation: the state {@code x(t)} for
 * {@code t ≤ 0}. The solution starts from {@code x(0) = value(0)} and, while {@code t − τ ≤ 0},
 * reads its delayed values from this function.
 *
 * <p>Implementations must be pure (the same t always gives the same value), thread-safe and
 * should not allocate: solvers call them once per right-hand-side evaluation during the first
 * delay interval.
 */
@FunctionalInterface
public interface DelayHistory {

    /**
     * Evaluates the history.
     *
     * @param t a time {@code ≤ 0}
     * @param out output state, length d (the system's dimension)
     */
    void value(double t, double[] out);

    /**
     * A constant history {@code x(t) = x0} for all {@code t ≤ 0}, as dysts uses.
     *
     * @param x0 the constant state (copied)
     * @return the history
     */
    static DelayHistory constant(double... x0) {
        double[] c = x0.clone();
        return (t, out) -> System.arraycopy(c, 0, out, 0, c.length);
    }

    /**
     * A history of a scalar (d = 1) delay equation given as a function of time.
     *
     * @param x the function {@code t ↦ x(t)} for {@code t ≤ 0}
     * @return the history
     */
    static DelayHistory scalar(DoubleUnaryOperator x) {
        return (t, out) -> out[0] = x.applyAsDouble(t);
    }
}
