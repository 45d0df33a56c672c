package io.github.chaoskit.forecast.koopman;

import io.github.chaoskit.forecast.internal.Forecasts;
import java.util.List;

/**
 * A finite-dimensional approximation of the Koopman operator on the span of a {@link Dictionary}:
 * the F×F matrix K with {@code ψ(F_Δt(x))ᵀ ≈ ψ(x)ᵀ K} (row convention of Williams, Kevrekidis &amp;
 * Rowley 2015, J. Nonlinear Sci. 25, 1307–1346) and the F×n readout B with {@code x ≈ ψ(x)ᵀ B}
 * (n = the dictionary's input dimension; a 0/1 selection when the dictionary contains the state).
 * Fitted by {@link Edmd} or {@link KernelEdmd}, in the coordinates of the data given to them.
 *
 * <p>Immutable and thread-safe; the {@link #spectrum()} is computed on first use.
 */
public final class KoopmanOperator {

    private final Dictionary dictionary;
    private final int f;
    private final int inputs;
    private final int lags;
    private final int state;
    private final double[] k;
    private final double[] b;
    private final double[] kbNewest; // F×state: K·B restricted to the newest sample's coordinates
    private final double dt;
    private final String method;
    private volatile KoopmanSpectrum spectrum;

    KoopmanOperator(Dictionary dictionary, double[] k, double[] b, double dt, String method) {
        this.dictionary = dictionary;
        this.f = dictionary.size();
        this.inputs = dictionary.inputDimension();
        this.lags = dictionary.lags();
        this.state = inputs / lags;
        if (k.length != f * f || b.length != f * inputs) {
            throw new IllegalArgumentException("Koopman matrix of " + k.length + " and readout of " + b.length
                    + " entries do not fit a dictionary of " + f + " functions on " + inputs + " inputs");
        }
        this.k = k;
        this.b = b;
        this.dt = dt;
        this.method = method;
        this.kbNewest = new double[f * state];
        for (int i = 0; i < f; i++) {
            for (int m = 0; m < f; m++) {
                double kim = k[i * f + m];
                if (kim != 0) {
                    for (int j = 0; j < state; j++) {
                        kbNewest[i * state + j] += kim * b[m * inputs + j];
                    }
                }
            }
        }
    }

    /** @return the dictionary ψ. */
    public Dictionary dictionary() {
        return dictionary;
    }

    /** @return the dictionary size F. */
    public int size() {
        return f;
    }

    /** @return the dimension of one state sample (input dimension / lags). */
    public int stateDimension() {
        return state;
    }

    /** @return the sampling step Δt of the snapshot pairs. */
    public double step() {
        return dt;
    }

    /** @return how the operator was fitted, e.g. {@code "edmd(ridge=1e-08)"}. */
    public String method() {
        return method;
    }

    /** @return a copy of K, F×F, {@code ψ(y)ᵀ ≈ ψ(x)ᵀ K}. */
    public double[][] matrix() {
        return toRows(k, f, f);
    }

    /** @return a copy of the readout B, F×n, {@code x ≈ ψ(x)ᵀ B}. */
    public double[][] readout() {
        return toRows(b, f, inputs);
    }

    private static double[][] toRows(double[] a, int r, int c) {
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(a, i * c, out[i], 0, c);
        }
        return out;
    }

    /**
     * The eigenvalues, eigenfunctions and modes of K (computed once, on first call).
     *
     * @return the spectrum
     * @throws IllegalStateException if the eigenvalue iteration does not converge
     */
    public KoopmanSpectrum spectrum() {
        KoopmanSpectrum s = spectrum;
        if (s == null) {
            synchronized (this) {
                s = spectrum;
                if (s == null) {
                    s = KoopmanSpectrum.of(k, f, b, inputs, dt);
                    spectrum = s;
                }
            }
        }
        return s;
    }

    /**
     * One step of the linear lifted dynamics, {@code nextᵀ = psiᵀ K}.
     *
     * @param psi lifted state, length F
     * @param next output, length F (must not be {@code psi})
     */
    public void advance(double[] psi, double[] next) {
        java.util.Arrays.fill(next, 0, f, 0.0);
        for (int i = 0; i < f; i++) {
            double p = psi[i];
            if (p != 0) {
                int o = i * f;
                for (int j = 0; j < f; j++) {
                    next[j] += p * k[o + j];
                }
            }
        }
    }

    /**
     * Reads the input vector back from a lifted state, {@code x = Bᵀ psi}.
     *
     * @param psi lifted state, length F
     * @param x output, length of the dictionary's input
     */
    public void project(double[] psi, double[] x) {
        java.util.Arrays.fill(x, 0, inputs, 0.0);
        for (int i = 0; i < f; i++) {
            double p = psi[i];
            if (p != 0) {
                int o = i * inputs;
                for (int j = 0; j < inputs; j++) {
                    x[j] += p * b[o + j];
                }
            }
        }
    }

    /**
     * Forecasts from an input vector (for a delay dictionary the embedded state, newest first).
     *
     * @param z0 the initial input, length of the dictionary's input
     * @param steps number of steps ≥ 1
     * @param mode re-lift every step or roll out linearly
     * @return steps × d predicted states (newest sample of each predicted input), row-major
     * @throws io.github.chaoskit.trajectory.DivergenceException if a state is not finite
     */
    public double[] rollout(double[] z0, int steps, ForecastMode mode) {
        return rollout(z0, steps, mode, "koopman", Double.MAX_VALUE);
    }

    /**
     * Forecasts by the Koopman mode expansion over the given eigenpairs
     * ({@link KoopmanSpectrum#expand}), e.g. those ResDMD accepts.
     *
     * @param z0 the initial input, length of the dictionary's input
     * @param steps number of steps ≥ 1
     * @param pairs eigenpairs of {@link #spectrum()}
     * @return steps × d predicted states, row-major
     * @throws io.github.chaoskit.trajectory.DivergenceException if a state is not finite
     */
    public double[] rollout(double[] z0, int steps, List<Eigenpair> pairs) {
        return modes(z0, steps, pairs, "koopman", Double.MAX_VALUE);
    }

    double[] modes(double[] z0, int steps, List<Eigenpair> pairs, String who, double bound) {
        checkRollout(z0, steps, who);
        double[] psi = new double[f];
        dictionary.evaluate(z0, psi);
        double[] out = KoopmanSpectrum.expand(pairs, psi, steps, state);
        double[] x = new double[state];
        for (int s = 0; s < steps; s++) {
            System.arraycopy(out, s * state, x, 0, state);
            Forecasts.checkState(who, s, x, bound);
        }
        return out;
    }

    private void checkRollout(double[] z0, int steps, String who) {
        if (z0.length != inputs) {
            throw new IllegalArgumentException(who + ": initial input has length " + z0.length + ", expected "
                    + inputs);
        }
        if (steps < 1) {
            throw new IllegalArgumentException(who + ": forecast steps must be at least 1, got " + steps);
        }
    }

    double[] rollout(double[] z0, int steps, ForecastMode mode, String who, double bound) {
        if (mode == ForecastMode.MODES) {
            throw new IllegalArgumentException(who + ": the mode expansion needs its eigenpairs: use rollout(z0, steps, "
                    + "pairs)");
        }
        checkRollout(z0, steps, who);
        double[] out = new double[steps * state];
        double[] psi = new double[f];
        double[] next = new double[f];
        double[] x = new double[state];
        dictionary.evaluate(z0, psi);
        if (mode == ForecastMode.LINEAR) {
            for (int s = 0; s < steps; s++) {
                advance(psi, next);
                double[] t = psi;
                psi = next;
                next = t;
                java.util.Arrays.fill(x, 0.0);
                for (int i = 0; i < f; i++) {
                    double p = psi[i];
                    int o = i * inputs;
                    for (int j = 0; j < state; j++) {
                        x[j] += p * b[o + j];
                    }
                }
                Forecasts.checkState(who, s, x, bound);
                System.arraycopy(x, 0, out, s * state, state);
            }
        } else {
            double[] z = z0.clone();
            for (int s = 0; s < steps; s++) {
                java.util.Arrays.fill(x, 0.0);
                for (int i = 0; i < f; i++) {
                    double p = psi[i];
                    int o = i * state;
                    for (int j = 0; j < state; j++) {
                        x[j] += p * kbNewest[o + j];
                    }
                }
                Forecasts.checkState(who, s, x, bound);
                System.arraycopy(x, 0, out, s * state, state);
                if (s + 1 < steps) {
                    if (lags > 1) {
                        System.arraycopy(z, 0, z, state, inputs - state);
                    }
                    System.arraycopy(x, 0, z, 0, state);
                    dictionary.evaluate(z, psi);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return method + " on " + dictionary.describe();
    }
}
