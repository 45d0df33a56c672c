package io.github.chaoskit.systems;

/**
 * A continuous-time system {@code dx/dt = f(t, x)}.
 *
 * <p>Implementations evaluate into caller-supplied arrays and allocate nothing, so that
 * integrators and tangent-space computations can call them in hot loops.
 */
public interface Flow extends DynamicalSystem {

    /**
     * Evaluates the right-hand side.
     *
     * @param t time (only explicitly time-dependent systems use it)
     * @param x state, length {@link #dimension()}
     * @param dxdt output derivative, length {@link #dimension()}; must not alias {@code x}
     */
    void rhs(double t, double[] x, double[] dxdt);

    /**
     * Evaluates the Jacobian {@code J[i*d + j] = ∂f_i/∂x_j} (row-major, d = dimension).
     *
     * @param t time
     * @param x state
     * @param jac output, length d·d
     */
    void jacobian(double t, double[] x, double[] jac);

    /**
     * @return true if {@link #jacobian} is an analytic formula, false if it is the central
     *     finite-difference fallback of {@link Jacobians}
     */
    default boolean hasAnalyticJacobian() {
        return true;
    }

    @Override
    Flow withParameter(String name, double value);

    @Override
    Flow withParameters(Parameters parameters);

    @Override
    Flow withInitialCondition(double[] initialCondition);
}
