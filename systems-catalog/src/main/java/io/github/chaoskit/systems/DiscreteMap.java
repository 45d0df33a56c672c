package io.github.chaoskit.systems;

/**
 * A discrete-time system {@code x' = f(x)}.
 *
 * <p>Implementations evaluate into caller-supplied arrays and allocate nothing.
 */
public interface DiscreteMap extends DynamicalSystem {

    /**
     * Computes the next iterate.
     *
     * @param x current state, length {@link #dimension()}
     * @param next output state; must not alias {@code x}
     */
    void next(double[] x, double[] next);

    /**
     * Evaluates the Jacobian {@code J[i*d + j] = ∂f_i/∂x_j} (row-major).
     *
     * @param x state
     * @param jac output, length d·d
     */
    void jacobian(double[] x, double[] jac);

    /** @return true if {@link #jacobian} is an analytic formula rather than finite differences. */
    default boolean hasAnalyticJacobian() {
        return true;
    }

    /** @return true if the map has an implemented inverse. */
    default boolean hasInverse() {
        return false;
    }

    /**
     * Computes the previous iterate, for invertible maps.
     *
     * @param next a state
     * @param previous output: the state that maps to {@code next}
     * @throws UnsupportedOperationException if the map has no inverse
     */
    default void previous(double[] next, double[] previous) {
        throw new UnsupportedOperationException(name() + " has no inverse map");
    }

    @Override
    DiscreteMap withParameter(String name, double value);

    @Override
    DiscreteMap withParameters(Parameters parameters);

    @Override
    DiscreteMap withInitialCondition(double[] initialCondition);
}
