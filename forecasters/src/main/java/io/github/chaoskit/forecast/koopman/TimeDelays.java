package io.github.chaoskit.forecast.koopman;

/**
 * A dictionary on the delay-embedded state {@code z_t = (x_t, x_{t−1}, …, x_{t−q})} (newest first,
 * {@code lags = q + 1} samples of a d-dimensional state): it marks an inner dictionary on the
 * {@code d·lags}-dimensional vector z as delay-embedded, so that forecasters build z from the
 * history and shift it after each step. With degree-1 monomials inside this is Hankel (delay) DMD
 * (Arbabi &amp; Mezić 2017, SIAM J. Appl. Dyn. Syst. 16, 2096–2126; Brunton et al. 2017, Nat.
 * Commun. 8, 19); with higher-degree monomials it is EDMD on a delay embedding (Takens 1981).
 */
public final class TimeDelays implements Dictionary {

    private final Dictionary inner;
    private final int stateDimension;
    private final int lags;

    /**
     * @param inner a dictionary on the embedded vector; its input dimension must be a multiple of
     *     {@code stateDimension}
     * @param stateDimension d, the dimension of one sample
     * @throws IllegalArgumentException if the dimensions do not fit
     */
    public TimeDelays(Dictionary inner, int stateDimension) {
        if (stateDimension < 1 || inner.inputDimension() % stateDimension != 0) {
            throw new IllegalArgumentException("delay dictionary: input dimension " + inner.inputDimension()
                    + " is not a multiple of the state dimension " + stateDimension);
        }
        if (inner.lags() != 1) {
            throw new IllegalArgumentException("delay dictionaries do not nest");
        }
        this.inner = inner;
        this.stateDimension = stateDimension;
        this.lags = inner.inputDimension() / stateDimension;
    }

    /**
     * Monomials on the embedded state.
     *
     * @param stateDimension d
     * @param delays q ≥ 0 (the number of past samples besides the current one)
     * @param degree highest total degree (1 gives Hankel DMD)
     * @return the dictionary
     */
    public static TimeDelays monomials(int stateDimension, int delays, int degree) {
        if (delays < 0) {
            throw new IllegalArgumentException("number of delays must be >= 0, got " + delays);
        }
        return new TimeDelays(new Monomials(stateDimension * (delays + 1), degree), stateDimension);
    }

    /** @return the dictionary on the embedded vector. */
    public Dictionary inner() {
        return inner;
    }

    /** @return d, the dimension of one sample. */
    public int stateDimension() {
        return stateDimension;
    }

    @Override
    public int inputDimension() {
        return inner.inputDimension();
    }

    @Override
    public int size() {
        return inner.size();
    }

    @Override
    public void evaluate(double[] x, double[] psi) {
        inner.evaluate(x, psi);
    }

    @Override
    public int lags() {
        return lags;
    }

    @Override
    public int indexOf(int inputCoordinate) {
        return inner.indexOf(inputCoordinate);
    }

    @Override
    public String describe() {
        return "delays(d=" + stateDimension + ", lags=" + lags + ", " + inner.describe() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
