package io.github.chaoskit.forecast.koopman;

/**
 * A dictionary of observables {@code ψ = (ψ_1, …, ψ_F)ᵀ} on which EDMD approximates the Koopman
 * operator (Williams, Kevrekidis &amp; Rowley 2015, J. Nonlinear Sci. 25, 1307–1346).
 *
 * <p>The input of {@link #evaluate} is a vector of {@link #inputDimension()} numbers: the state,
 * or for a delay dictionary ({@link #lags()} &gt; 1) the delay-embedded state
 * {@code (x_t, x_{t−1}, …, x_{t−lags+1})}, newest first. Where an input coordinate appears linearly
 * as one of the functions, {@link #indexOf(int)} tells where, so that the state can be read back
 * from the lifted vector without a regression.
 *
 * <p>Implementations are immutable and thread-safe; {@link #evaluate} allocates nothing.
 */
public interface Dictionary {

    /** @return the length of the input vector (state dimension × {@link #lags()}). */
    int inputDimension();

    /** @return the number of functions F. */
    int size();

    /**
     * Evaluates every function at one input.
     *
     * @param x input, length {@link #inputDimension()} (not modified)
     * @param psi output, length at least {@link #size()}; overwritten
     */
    void evaluate(double[] x, double[] psi);

    /**
     * @return number of consecutive samples, newest first, that make up the input (1 unless the
     *     dictionary is delay-embedded)
     */
    default int lags() {
        return 1;
    }

    /**
     * @param inputCoordinate an index into the input vector
     * @return the index of the function equal to that input coordinate, or −1 if none is
     */
    default int indexOf(int inputCoordinate) {
        return -1;
    }

    /** @return a short description, e.g. {@code "monomials(d=3, degree<=4, 35 functions)"}. */
    String describe();
}
