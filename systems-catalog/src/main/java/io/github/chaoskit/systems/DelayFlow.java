package io.github.chaoskit.systems;

/**
 * A delay differential equation with one discrete delay τ:
 * {@code dx/dt = f(t, x(t), x(t − τ))}, with state x of dimension d and the initial function
 * ({@linkplain #history() history}) {@code x(t)} for {@code t ≤ 0}.
 *
 * <p><b>Output rows.</b> A trajectory row at time t is a delay embedding, as in dysts: with
 * embedding dimension m ({@link #embeddingDimension()}, by default the metadata's
 * {@link SystemInfo#embeddingDimension()}), block j of d columns holds
 * {@code x(t − j·τ/(m−1))}, j = 0…m−1; so block 0 is {@code x(t)} and block m−1 is
 * {@code x(t − τ)} (for m = 1 the row is {@code x(t)} alone). {@link #outputDimension()} is m·d.
 * Lags that reach before time 0 are read from the history. Rows are assembled by the trajectory
 * generator; {@link #postprocess} does not apply to delay equations.
 *
 * <p><b>Initial condition and history.</b> By default the history is constant,
 * {@code x(t) = x₀} for all {@code t ≤ 0}, where {@code x₀} is the first d numbers of
 * {@link #initialCondition()}. The catalog's default initial conditions are dysts's: m·d = 10
 * numbers (a delay-embedding row) of which dysts, and therefore chaoskit, uses only the first d
 * as the constant history; the others are kept for fidelity to the metadata but do not affect
 * the solution. An initial condition may be given either with length d or with the length of
 * the catalog default. A custom history ({@link #withHistory}) replaces the constant one; the
 * state at time 0 is then {@code history().value(0)}.
 *
 * <p>Implementations evaluate into caller-supplied arrays and allocate nothing.
 */
public interface DelayFlow extends DynamicalSystem {

    /** @return the delay τ &gt; 0 (the parameter {@code tau} for catalog systems). */
    double delay();

    /**
     * Evaluates the right-hand side.
     *
     * @param t time (unused by the autonomous catalog systems)
     * @param x the current state {@code x(t)}, length {@link #dimension()}
     * @param xDelayed the delayed state {@code x(t − τ)}, length {@link #dimension()}
     * @param dxdt output derivative, length {@link #dimension()}; must alias neither input
     */
    void rhs(double t, double[] x, double[] xDelayed, double[] dxdt);

    /**
     * Evaluates both Jacobians of the right-hand side, row-major with d = dimension:
     * {@code jacX[i*d + j] = ∂f_i/∂x_j(t)} and {@code jacDelayed[i*d + j] = ∂f_i/∂x_j(t − τ)}.
     *
     * @param t time
     * @param x current state
     * @param xDelayed delayed state
     * @param jacX output, length d·d
     * @param jacDelayed output, length d·d
     */
    void jacobian(double t, double[] x, double[] xDelayed, double[] jacX, double[] jacDelayed);

    /**
     * @return true if {@link #jacobian} is an analytic formula, false if it is the central
     *     finite-difference fallback of {@link Jacobians}
     */
    default boolean hasAnalyticJacobian() {
        return true;
    }

    /** @return the number m of delay-embedding blocks of an output row (at least 1). */
    int embeddingDimension();

    /** @return m·d, the length of an output row. */
    @Override
    default int outputDimension() {
        return embeddingDimension() * dimension();
    }

    /**
     * @param j an embedding block, 0 ≤ j &lt; m
     * @return its lag {@code j·τ/(m−1)} (0 when m = 1); block j holds {@code x(t − lag)}
     */
    default double embeddingLag(int j) {
        int m = embeddingDimension();
        if (j < 0 || j >= m) {
            throw new IndexOutOfBoundsException("embedding block " + j + " of " + m);
        }
        return m == 1 ? 0.0 : delay() * j / (m - 1);
    }

    /** @return the initial function, {@code x(t)} for {@code t ≤ 0}. */
    DelayHistory history();

    /** @return the state at time 0, {@code history().value(0)} (a new array of length d). */
    default double[] initialState() {
        double[] x0 = new double[dimension()];
        history().value(0.0, x0);
        return x0;
    }

    /**
     * @param m number of delay-embedding blocks of an output row, at least 1
     * @return a new instance with that embedding dimension (same parameters and history)
     * @throws IllegalArgumentException if m &lt; 1
     */
    DelayFlow withEmbeddingDimension(int m);

    /**
     * @param history the initial function {@code x(t)}, {@code t ≤ 0}; it fixes {@code x(0)}
     * @return a new instance with that history (same parameters and embedding dimension)
     * @throws IllegalArgumentException if the history's value at 0 is not finite
     */
    DelayFlow withHistory(DelayHistory history);

    @Override
    DelayFlow withParameter(String name, double value);

    @Override
    DelayFlow withParameters(Parameters parameters);

    /**
     * {@inheritDoc}
     *
     * <p>The new instance has the constant history {@code x(t) = x₀} (the first d numbers of
     * the initial condition); a custom history of this instance is not carried over.
     */
    @Override
    DelayFlow withInitialCondition(double[] initialCondition);
}
