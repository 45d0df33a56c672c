package io.github.chaoskit.forecast.koopman;

import java.util.Locale;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Random Fourier features of the Gaussian kernel {@code k(x, y) = exp(−γ‖x − y‖²)}
 * (Rahimi &amp; Recht 2007, Advances in NIPS 20): {@code ψ = (1, x_1, …, x_n,
 * √(2/D) cos(ω_1·x + b_1), …, √(2/D) cos(ω_D·x + b_D))} with {@code ω_k ~ N(0, 2γ I)} and
 * {@code b_k ~ U[0, 2π)}, drawn from the seed. The constant and the state come first so the state is
 * read back linearly (pykoopman's {@code RandomFourierFeatures(include_state=True)}).
 */
public final class RandomFourierFeatures implements Dictionary {

    private final int dimension;
    private final int features;
    private final double gamma;
    private final double[] omega; // D×n
    private final double[] phase;
    private final double amplitude;

    /**
     * @param dimension input dimension n ≥ 1
     * @param features number of random features D ≥ 1
     * @param gamma kernel parameter γ &gt; 0
     * @param seed seed of ω and b
     * @throws IllegalArgumentException if an argument is out of range
     */
    public RandomFourierFeatures(int dimension, int features, double gamma, long seed) {
        if (dimension < 1 || features < 1) {
            throw new IllegalArgumentException("random Fourier features need dimension >= 1 and features >= 1, got "
                    + dimension + " and " + features);
        }
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("random Fourier feature gamma must be finite and positive, got "
                    + gamma);
        }
        this.dimension = dimension;
        this.features = features;
        this.gamma = gamma;
        this.omega = new double[features * dimension];
        this.phase = new double[features];
        RandomGenerator rng = new Well19937c(seed);
        double sd = Math.sqrt(2 * gamma);
        for (int i = 0; i < omega.length; i++) {
            omega[i] = sd * rng.nextGaussian();
        }
        for (int k = 0; k < features; k++) {
            phase[k] = 2 * Math.PI * rng.nextDouble();
        }
        this.amplitude = Math.sqrt(2.0 / features);
    }

    /** @return the kernel parameter γ. */
    public double gamma() {
        return gamma;
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public int size() {
        return 1 + dimension + features;
    }

    @Override
    public void evaluate(double[] x, double[] psi) {
        psi[0] = 1.0;
        System.arraycopy(x, 0, psi, 1, dimension);
        int base = 1 + dimension;
        for (int k = 0; k < features; k++) {
            int o = k * dimension;
            double s = phase[k];
            for (int j = 0; j < dimension; j++) {
                s += omega[o + j] * x[j];
            }
            psi[base + k] = amplitude * Math.cos(s);
        }
    }

    @Override
    public int indexOf(int inputCoordinate) {
        return inputCoordinate >= 0 && inputCoordinate < dimension ? 1 + inputCoordinate : -1;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "random-fourier(n=%d, %d features, gamma=%g, %d functions)", dimension,
                features, gamma, size());
    }

    @Override
    public String toString() {
        return describe();
    }
}
