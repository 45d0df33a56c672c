package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.trajectory.DivergenceException;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A trained PLRNN-family model (see {@link Architecture}; Hess et al. 2023, ICML; Brenner et al.
 * 2024, NeurIPS) with the identity observation model, in the z-scored coordinates of its training
 * data. Immutable and thread-safe: every call allocates its own scratch.
 *
 * <p><b>Forecast.</b> The history is z-scored with the training statistics. The model starts from
 * {@code [x; L x]} at the first of the last {@code warmup + 1} history rows and runs through the
 * rest while its observed units are replaced by the data — every τ steps (the interval used in
 * training) for sparse-forcing models,
 * every step for GTF models — ending on the last history row; it then runs freely and its first N
 * units, de-standardised, are the forecast.
 *
 * <p><b>Invariants.</b> The map is piecewise linear with an exact Jacobian
 * ({@link #jacobian}); {@link #lyapunovSpectrum(int, int)} runs the QR method on it.
 */
public class PlrnnModel implements FittedModel {

    /** |standardised state| beyond which a forecast counts as diverged. */
    public static final double DIVERGENCE_BOUND = 1e4;

    final Network net;
    final double[] theta;
    private final double[] mean;
    private final double[] std;
    private final double dt;
    private final double[] firstRow;
    private final PlrnnConfig config;
    private final TrainingReport report;
    private final String name;
    private final String systemName;
    private final int forcingInterval;

    PlrnnModel(Network net, double[] theta, double[] mean, double[] std, double dt, double[] firstRow,
            PlrnnConfig config, TrainingReport report, String name, String systemName, int forcingInterval) {
        this.net = net;
        this.theta = theta.clone();
        this.mean = mean.clone();
        this.std = std.clone();
        this.dt = dt;
        this.firstRow = firstRow.clone();
        this.config = config;
        this.report = report;
        this.name = name;
        this.systemName = systemName;
        this.forcingInterval = forcingInterval;
    }

    /** @return the latent map. */
    public Architecture architecture() {
        return net.map.architecture();
    }

    /** @return latent dimension M. */
    public int latentDimension() {
        return net.m;
    }

    /** @return observed dimension N. */
    public int observedDimension() {
        return net.n;
    }

    /** @return the hyper-parameters it was trained with. */
    public PlrnnConfig config() {
        return config;
    }

    /** @return what training did (loss curve, α, model selection, early stop). */
    public TrainingReport report() {
        return report;
    }

    /** @return the sampling step of the training data (time per map iteration). */
    public double step() {
        return dt;
    }

    /** @return a copy of the flat parameter vector. */
    public double[] parameters() {
        return theta.clone();
    }

    /** @return the training data's per-coordinate means (the z-scoring). */
    public double[] mean() {
        return mean.clone();
    }

    /** @return the training data's per-coordinate standard deviations (the z-scoring). */
    public double[] std() {
        return std.clone();
    }

    /**
     * One step of the latent map.
     *
     * @param z latent state, length M
     * @param out F(z), length M (may not alias z)
     */
    public void map(double[] z, double[] out) {
        requireLatent(z);
        net.map.forward(theta, z, 0, out, 0, new double[Math.max(1, net.map.width)], 0);
    }

    /**
     * @param z latent state, length M
     * @return the M×M Jacobian ∂F/∂z at z, row-major
     */
    public double[] jacobian(double[] z) {
        requireLatent(z);
        double[] j = new double[net.m * net.m];
        net.map.jacobian(theta, z, 0, j, new double[Math.max(1, net.map.width)]);
        return j;
    }

    /**
     * @param x an observation in the training data's units, length N
     * @return the latent state {@code [x̃; L x̃]} of its z-scored version x̃
     */
    public double[] initialState(double[] x) {
        if (x.length != net.n) {
            throw new IllegalArgumentException("observation has " + x.length + " values, expected " + net.n);
        }
        double[] xs = new double[net.n];
        for (int k = 0; k < net.n; k++) {
            xs[k] = (x[k] - mean[k]) / std[k];
        }
        double[] z = new double[net.m];
        net.initialState(theta, xs, 0, z, 0);
        return z;
    }

    /** @return the latent initial state of the first training row. */
    public double[] trainingInitialState() {
        double[] z = new double[net.m];
        net.initialState(theta, firstRow, 0, z, 0);
        return z;
    }

    /**
     * Free run of the latent map.
     *
     * @param z0 start state, length M
     * @param skip steps discarded
     * @param steps states returned
     * @return steps×M latent states, row-major
     * @throws DivergenceException if the orbit leaves |z| ≤ {@value #DIVERGENCE_BOUND}
     */
    public double[] freeRun(double[] z0, int skip, int steps) {
        requireLatent(z0);
        if (skip < 0 || steps < 1) {
            throw new IllegalArgumentException("free run needs skip >= 0 and steps >= 1, got " + skip
                    + " and " + steps);
        }
        int m = net.m;
        double[] out = new double[Math.multiplyExact(steps, m)];
        double[] a = z0.clone();
        double[] b = new double[m];
        double[] cache = new double[Math.max(1, net.map.width)];
        for (int s = 0; s < skip + steps; s++) {
            net.map.forward(theta, a, 0, b, 0, cache, 0);
            check(s, b);
            double[] t = a;
            a = b;
            b = t;
            if (s >= skip) {
                System.arraycopy(a, 0, out, (s - skip) * m, m);
            }
        }
        return out;
    }

    @Override
    public Trajectory forecast(Trajectory history, int steps) {
        Forecasts.requireForecastable(history, net.n, steps, name);
        Forecasts.requireUsable(history, 1, "history", name);
        int n = net.n;
        int m = net.m;
        int h = history.size();
        int w = Math.min(config.warmup(), h - 1);
        int tau = config.forcing() == PlrnnConfig.Forcing.SPARSE ? forcingInterval : 1;
        double[] x = new double[n];
        double[] a = new double[m];
        double[] b = new double[m];
        double[] cache = new double[Math.max(1, net.map.width)];
        standardized(history, h - 1 - w, x);
        net.initialState(theta, x, 0, a, 0);
        for (int i = h - w; i < h; i++) {
            net.map.forward(theta, a, 0, b, 0, cache, 0);
            double[] t = a;
            a = b;
            b = t;
            if ((h - 1 - i) % tau == 0) {
                standardized(history, i, x);
                System.arraycopy(x, 0, a, 0, n);
            }
            Forecasts.checkState(name, i - h, a, DIVERGENCE_BOUND);
        }
        double[] out = new double[Math.multiplyExact(steps, n)];
        for (int s = 0; s < steps; s++) {
            net.map.forward(theta, a, 0, b, 0, cache, 0);
            double[] t = a;
            a = b;
            b = t;
            Forecasts.checkState(name, s, a, DIVERGENCE_BOUND);
            for (int k = 0; k < n; k++) {
                out[s * n + k] = a[k] * std[k] + mean[k];
            }
        }
        return Forecasts.continuation(history, out, steps);
    }

    private void standardized(Trajectory tr, int row, double[] x) {
        for (int k = 0; k < net.n; k++) {
            x[k] = (tr.value(row, k) - mean[k]) / std[k];
        }
    }

    /**
     * The Lyapunov spectrum along the orbit from the first training state.
     *
     * @see #lyapunovSpectrum(double[], int, int)
     */
    public double[] lyapunovSpectrum(int skip, int steps) {
        return lyapunovSpectrum(trainingInitialState(), skip, steps);
    }

    /**
     * The Lyapunov spectrum of the learned map by the QR method with its exact Jacobians
     * (Benettin et al. 1980; Eckmann and Ruelle 1985): {@code Q₀ = I}, {@code Q_t R_t = J(z_t) Q_{t−1}}
     * (modified Gram–Schmidt, applied twice), {@code λ_i = Σ_t log|R_t,ii| / (steps·Δt)}.
     *
     * @param z0 start state, length M
     * @param skip steps run before accumulating
     * @param steps steps accumulated, at least 1
     * @return the M exponents in 1/time units of the training data (per iteration for maps, Δt = 1),
     *     in decreasing order
     * @throws DivergenceException if the orbit diverges
     */
    public double[] lyapunovSpectrum(double[] z0, int skip, int steps) {
        requireLatent(z0);
        if (skip < 0 || steps < 1) {
            throw new IllegalArgumentException("Lyapunov spectrum needs skip >= 0 and steps >= 1, got "
                    + skip + " and " + steps);
        }
        int m = net.m;
        double[] a = z0.clone();
        double[] b = new double[m];
        double[] cache = new double[Math.max(1, net.map.width)];
        for (int s = 0; s < skip; s++) {
            net.map.forward(theta, a, 0, b, 0, cache, 0);
            check(s, b);
            double[] t = a;
            a = b;
            b = t;
        }
        double[] q = new double[m * m];
        for (int i = 0; i < m; i++) {
            q[i * m + i] = 1;
        }
        double[] jac = new double[m * m];
        double[] y = new double[m * m];
        double[] col = new double[m];
        double[] sums = new double[m];
        for (int s = 0; s < steps; s++) {
            net.map.jacobian(theta, a, 0, jac, cache);
            // y = J q
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < m; k++) {
                    double acc = 0;
                    for (int j = 0; j < m; j++) {
                        acc += jac[i * m + j] * q[j * m + k];
                    }
                    y[i * m + k] = acc;
                }
            }
            orthonormalize(y, q, col, sums, m);
            net.map.forward(theta, a, 0, b, 0, cache, 0);
            check(skip + s, b);
            double[] t = a;
            a = b;
            b = t;
        }
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            lambda[i] = sums[i] / (steps * dt);
        }
        Arrays.sort(lambda);
        for (int i = 0; i < m / 2; i++) {
            double t = lambda[i];
            lambda[i] = lambda[m - 1 - i];
            lambda[m - 1 - i] = t;
        }
        return lambda;
    }

    /** Columns of y → orthonormal columns of q (MGS twice); adds log of each column's norm to sums. */
    private static void orthonormalize(double[] y, double[] q, double[] col, double[] sums, int m) {
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < m; i++) {
                col[i] = y[i * m + k];
            }
            double r = 1;
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < k; j++) {
                    double dot = 0;
                    for (int i = 0; i < m; i++) {
                        dot += q[i * m + j] * col[i];
                    }
                    for (int i = 0; i < m; i++) {
                        col[i] -= dot * q[i * m + j];
                    }
                }
                double norm = 0;
                for (int i = 0; i < m; i++) {
                    norm += col[i] * col[i];
                }
                norm = Math.sqrt(norm);
                if (pass == 0) {
                    r = norm;
                } else {
                    r *= norm; // the second pass removes rounding residue: norm ≈ 1 after rescaling
                }
                if (norm == 0) {
                    // degenerate direction: continue with a unit vector, orthogonalised next pass
                    Arrays.fill(col, 0);
                    col[k] = 1;
                    r = Double.MIN_NORMAL;
                    continue;
                }
                for (int i = 0; i < m; i++) {
                    col[i] /= norm;
                }
            }
            sums[k] += Math.log(r);
            for (int i = 0; i < m; i++) {
                q[i * m + k] = col[i];
            }
        }
    }

    void check(int step, double[] z) {
        for (int k = 0; k < z.length; k++) {
            if (!(Math.abs(z[k]) <= DIVERGENCE_BOUND)) {
                throw new DivergenceException(name, step, z, "the latent orbit left |z| <= " + DIVERGENCE_BOUND
                        + " at step " + step + " (unit " + k + ")");
            }
        }
    }

    void requireLatent(double[] z) {
        if (z.length != net.m) {
            throw new IllegalArgumentException("latent state has " + z.length + " values, expected " + net.m);
        }
    }

    String name() {
        return name;
    }

    @Override
    public String describe() {
        return name + ": " + architecture() + " M=" + net.m + ", N=" + net.n + " on " + systemName + "; " + report;
    }

    /** Transient of the free runs behind {@link #explain()}. */
    public static final int EXPLAIN_TRANSIENT = 1000;
    /** Length of the free runs behind {@link #explain()}. */
    public static final int EXPLAIN_STEPS = 20_000;

    /**
     * The model, its training and the Lyapunov spectrum of the learned map along the free run from
     * the first training state ({@value #EXPLAIN_TRANSIENT} steps discarded, {@value #EXPLAIN_STEPS}
     * accumulated), in 1/time units of the training data, with the Kaplan–Yorke dimension of that
     * spectrum.
     */
    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": ").append(architecture()).append(", latent M = ").append(net.m).append(", observed N = ")
                .append(net.n).append(", ").append(net.size).append(" parameters, trained on ").append(systemName)
                .append(String.format(Locale.ROOT, " (Δt = %.6g)%n", dt));
        sb.append("training: ").append(report).append(System.lineSeparator());
        try {
            double[] lambda = lyapunovSpectrum(EXPLAIN_TRANSIENT, EXPLAIN_STEPS);
            sb.append("Lyapunov spectrum of the learned map (exact Jacobians, QR over ").append(EXPLAIN_STEPS)
                    .append(" steps): ").append(format(lambda, 6)).append(" per time unit");
            sb.append(String.format(Locale.ROOT, "; λ1 = %.4f, Kaplan–Yorke dimension %.3f%n", lambda[0],
                    kaplanYorke(lambda)));
        } catch (DivergenceException e) {
            sb.append("Lyapunov spectrum: the free run diverged (").append(e.getMessage()).append(')')
                    .append(System.lineSeparator());
        }
        return sb.toString();
    }

    /**
     * λ₁ of the learned map by the QR method with its exact Jacobians along the free run from the
     * first training state ({@value #EXPLAIN_TRANSIENT} steps discarded, {@value #LAMBDA_STEPS}
     * accumulated), in 1/time units of the training data; empty if the free run diverges.
     */
    @Override
    public OptionalDouble largestLyapunovExponent() {
        try {
            return OptionalDouble.of(lyapunovSpectrum(EXPLAIN_TRANSIENT, LAMBDA_STEPS)[0]);
        } catch (DivergenceException e) {
            return OptionalDouble.empty();
        }
    }

    /** QR steps behind {@link #largestLyapunovExponent()}. */
    public static final int LAMBDA_STEPS = 10_000;

    /** Kaplan–Yorke dimension j + (λ1 + … + λj)/|λ(j+1)| of a decreasing spectrum (Kaplan and Yorke 1979). */
    static double kaplanYorke(double[] lambda) {
        double sum = 0;
        for (int j = 0; j < lambda.length; j++) {
            if (sum + lambda[j] < 0) {
                return j + sum / Math.abs(lambda[j]);
            }
            sum += lambda[j];
        }
        return lambda.length;
    }

    static String format(double[] v, int most) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < Math.min(v.length, most); i++) {
            sb.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", v[i]));
        }
        return sb.append(v.length > most ? ", … " + (v.length - most) + " more)" : ")").toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
