package io.github.chaoskit.forecast.esn;

import io.github.chaoskit.forecast.Grid;
import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.forecast.internal.Ridge;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Echo state network (reservoir computer) forecaster: a fixed random sparse recurrent network
 * driven by the data, with a linear ridge-regression readout trained to predict the next sample,
 * run in closed loop to forecast (Jaeger and Haas 2004, Science 304, 78–80; Pathak, Lu, Hunt,
 * Girvan and Ott 2017, Chaos 27, 121102; Pathak, Hunt, Girvan, Lu and Ott 2018, Phys. Rev. Lett.
 * 120, 024102).
 *
 * <p><b>Training.</b> The (optionally z-scored) training samples u₀ … u_{T−1} drive the
 * {@link Reservoir} from r = 0: {@code r_t = (1 − a) r_{t−1} + a tanh(W r_{t−1} + W_in u_t + b)}.
 * The first {@code washout} states are discarded; each later state gives a feature vector
 * {@code s_t = [1] ⊕ r̃_t ⊕ [u_t]} (the constant and the input optional) with target u_{t+1}. With
 * {@code squared} (Pathak et al. 2018; ReservoirComputing.jl's NLAT1) every other node enters
 * squared, {@code r̃_j = r_j²} for even 0-based j, breaking the r → −r symmetry of tanh reservoirs.
 * The readout solves {@code (SᵀS + λI) W_out = SᵀY} ({@link Ridge}: Gram matrices accumulated block
 * by block, never the whole T×F feature matrix; the constant's weight is regularised like the
 * others, as in reservoirpy 0.3 and the NG-RC code).
 *
 * <p><b>Forecasting.</b> The reservoir is synchronised from r = 0 on the last {@code sync} samples (or
 * the whole history, if shorter) of
 * the history, then the prediction is fed back as the next input:
 * {@code û_{t+1} = W_out s(r_t, u_t)}, {@code r_{t+1} = update(r_t, û_{t+1})}.
 *
 * <p>Settings and defaults. The defaults are Pathak et al.'s Lorenz-63 reservoir adapted to z-scored
 * data: with standardised inputs the reservoir needs a larger input scaling and a bias to break the
 * symmetry that the large mean of Lorenz's z coordinate provides on raw data. Pathak's literal set-up
 * is {@code standardize=false, spectral_radius=1.2, input_scaling=0.1, bias=0}. On Lorenz-63
 * (Δt = 0.02, 5000 training samples, 5 seeds × 20 forecast origins) the defaults reach a median
 * VPT (NRMSE &gt; 0.5) of about 7.9 Lyapunov times against 5.3 for the literal set-up.
 * <ul>
 *   <li>{@code nodes} = 300: reservoir size n;</li>
 *   <li>{@code degree} = 6: mean number of non-zeros per row of W (density = degree/n), or instead
 *       {@code density} in (0, 1] (give at most one of the two);</li>
 *   <li>{@code spectral_radius} = 0.9: ρ of W;</li>
 *   <li>{@code input_layout} = {@code one-per-node} (each node reads one input, weight U[−σ_in, σ_in])
 *       or {@code bernoulli} (each weight non-zero with probability {@code input_density}, ±σ_in);</li>
 *   <li>{@code input_scaling} = 0.3: σ_in; {@code input_density} = 0.1 (bernoulli layout only);</li>
 *   <li>{@code bias} = 1: node biases U[−σ_b, σ_b];</li>
 *   <li>{@code leak} = 1: leak rate a in (0, 1];</li>
 *   <li>{@code washout} = 100: states discarded at the start of training;</li>
 *   <li>{@code sync} = washout: history samples that synchronise the reservoir before a forecast
 *       (the history must have at least this many rows);</li>
 *   <li>{@code ridge} = 1e-6: λ;</li>
 *   <li>{@code squared} = true: square every other node in the features;</li>
 *   <li>{@code readout_input} = false: append the input u_t to the features;</li>
 *   <li>{@code readout_bias} = true: a constant feature;</li>
 *   <li>{@code standardize} = true: z-score the data with the training mean and standard deviation.</li>
 * </ul>
 */
public final class EchoStateNetwork implements ForecasterProvider {

    /** The provider name. */
    public static final String NAME = "esn";

    private static final Set<String> KEYS = Set.of("nodes", "degree", "density", "spectral_radius", "input_layout",
            "input_scaling", "input_density", "bias", "leak", "washout", "sync", "ridge", "squared", "readout_input",
            "readout_bias", "standardize");

    /**
     * The hyper-parameters of an echo state network; see the class documentation for meanings and
     * defaults.
     *
     * @param nodes reservoir size n ≥ 1
     * @param density fraction of non-zero entries of W, in (0, 1]
     * @param spectralRadius ρ of W, positive
     * @param inputLayout layout of W_in
     * @param inputScaling σ_in, positive
     * @param inputDensity density of W_in for the Bernoulli layout, in (0, 1]
     * @param biasScaling σ_b ≥ 0
     * @param leak leak rate in (0, 1]
     * @param washout discarded training states ≥ 0
     * @param sync synchronisation length ≥ 1
     * @param ridge λ ≥ 0
     * @param squared square every other node in the features
     * @param readoutInput append the input to the features
     * @param readoutBias a constant feature
     * @param standardize z-score the data
     */
    public record Config(int nodes, double density, double spectralRadius, Reservoir.InputLayout inputLayout,
            double inputScaling, double inputDensity, double biasScaling, double leak, int washout, int sync,
            double ridge, boolean squared, boolean readoutInput, boolean readoutBias, boolean standardize) {

        /**
         * @throws IllegalArgumentException naming a value out of range
         */
        public Config {
            if (nodes < 1) {
                throw new IllegalArgumentException(NAME + ": nodes = " + nodes + " must be at least 1");
            }
            check("density", density, !(density > 0 && density <= 1), "in (0, 1]");
            check("spectral_radius", spectralRadius, !(spectralRadius > 0) || !Double.isFinite(spectralRadius),
                    "finite and positive");
            check("input_scaling", inputScaling, !(inputScaling > 0) || !Double.isFinite(inputScaling),
                    "finite and positive");
            check("input_density", inputDensity, !(inputDensity > 0 && inputDensity <= 1), "in (0, 1]");
            check("bias", biasScaling, !(biasScaling >= 0) || !Double.isFinite(biasScaling), "finite and >= 0");
            check("leak", leak, !(leak > 0 && leak <= 1), "in (0, 1]");
            check("ridge", ridge, !(ridge >= 0) || !Double.isFinite(ridge), "finite and >= 0");
            if (washout < 0 || sync < 1) {
                throw new IllegalArgumentException(NAME + ": washout = " + washout + " must be >= 0 and sync = " + sync
                        + " >= 1");
            }
            if (inputLayout == null) {
                throw new IllegalArgumentException(NAME + ": input_layout must not be null");
            }
        }

        private static void check(String key, double v, boolean bad, String expected) {
            if (bad) {
                throw new IllegalArgumentException(NAME + ": " + key + " = " + v + " must be " + expected);
            }
        }

        /**
         * @return the defaults: 300 nodes, degree 6, ρ 0.9, one input per node with σ_in 0.3, bias 1,
         *     no leak, washout 100, λ 1e-6, squared nodes, a constant feature, standardised data
         */
        public static Config defaults() {
            return new Config(300, 6.0 / 300, 0.9, Reservoir.InputLayout.ONE_PER_NODE, 0.3, 0.1, 1, 1, 100, 100,
                    1e-6, true, false, true, true);
        }

        /**
         * @return Pathak et al.'s (2018) Lorenz-63 set-up on raw data: 300 nodes, degree 6, ρ 1.2, one
         *     input per node with σ_in 0.1, no bias, washout 100, λ 1e-6, squared nodes
         */
        public static Config pathak() {
            return new Config(300, 6.0 / 300, 1.2, Reservoir.InputLayout.ONE_PER_NODE, 0.1, 0.1, 0, 1, 100, 100,
                    1e-6, true, false, true, false);
        }

        /**
         * @return these hyper-parameters as settings for {@link EchoStateNetwork#create(Map)} (density
         *     rather than degree), in a fixed order
         */
        public Map<String, String> settings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("nodes", Integer.toString(nodes));
            m.put("density", Double.toString(density));
            m.put("spectral_radius", Double.toString(spectralRadius));
            m.put("input_layout", inputLayout == Reservoir.InputLayout.ONE_PER_NODE ? "one-per-node" : "bernoulli");
            m.put("input_scaling", Double.toString(inputScaling));
            m.put("input_density", Double.toString(inputDensity));
            m.put("bias", Double.toString(biasScaling));
            m.put("leak", Double.toString(leak));
            m.put("washout", Integer.toString(washout));
            m.put("sync", Integer.toString(sync));
            m.put("ridge", Double.toString(ridge));
            m.put("squared", Boolean.toString(squared));
            m.put("readout_input", Boolean.toString(readoutInput));
            m.put("readout_bias", Boolean.toString(readoutBias));
            m.put("standardize", Boolean.toString(standardize));
            return m;
        }

        /**
         * @param inputs input dimension d
         * @return the number of readout features F
         */
        public int features(int inputs) {
            return (readoutBias ? 1 : 0) + nodes + (readoutInput ? inputs : 0);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "echo state network: sparse random reservoir with a ridge readout, closed-loop forecasts"
                + " (Jaeger and Haas 2004; Pathak et al. 2018)";
    }

    @Override
    public Forecaster create(Map<String, String> settings) {
        return new Esn(parse(settings), Settings.label(NAME, settings));
    }

    /**
     * @param config hyper-parameters
     * @return the forecaster
     */
    public static Forecaster create(Config config) {
        return new Esn(config, Settings.label(NAME, Settings.differing(config.settings(),
                Config.defaults().settings())));
    }

    /**
     * Reads settings into a {@link Config}.
     *
     * @param settings names to values; missing ones take their defaults
     * @return the configuration
     * @throws IllegalArgumentException naming an unknown setting or a bad value
     */
    public static Config parse(Map<String, String> settings) {
        Settings s = new Settings(NAME, settings, KEYS);
        int nodes = s.integer("nodes", 300, 1);
        if (settings.containsKey("degree") && settings.containsKey("density")) {
            throw new IllegalArgumentException(NAME + ": give degree or density, not both (degree = "
                    + settings.get("degree") + ", density = " + settings.get("density") + ")");
        }
        double density;
        if (settings.containsKey("density")) {
            density = s.real("density", 0, 0);
        } else {
            double degree = s.real("degree", 6, 0);
            if (!(degree > 0)) {
                throw new IllegalArgumentException(NAME + ": degree = " + degree + " must be positive");
            }
            density = Math.min(1.0, degree / nodes);
        }
        Reservoir.InputLayout layout = Reservoir.InputLayout.ONE_PER_NODE;
        String l = settings.get("input_layout");
        if (l != null) {
            switch (l.trim().toLowerCase(Locale.ROOT)) {
                case "one-per-node" -> layout = Reservoir.InputLayout.ONE_PER_NODE;
                case "bernoulli" -> layout = Reservoir.InputLayout.BERNOULLI;
                default -> throw new IllegalArgumentException(NAME + ": input_layout = '" + l
                        + "' must be one-per-node or bernoulli");
            }
        }
        int washout = s.integer("washout", 100, 0);
        return new Config(nodes, density, s.real("spectral_radius", 0.9, 0), layout, s.real("input_scaling", 0.3, 0),
                s.real("input_density", 0.1, 0), s.real("bias", 1, 0), s.real("leak", 1, 0), washout,
                s.integer("sync", Math.max(washout, 1), 1), s.real("ridge", 1e-6, 0), s.bool("squared", true),
                s.bool("readout_input", false), s.bool("readout_bias", true), s.bool("standardize", true));
    }

    /**
     * The tuning grid: leak {0.3, 1} × spectral radius {0.6, 1.2} × input scaling {0.3, 1} ×
     * ridge {1e-6, 1e-4}, other settings at their defaults (16 entries).
     */
    @Override
    public List<Map<String, String>> grid() {
        return Grid.of().with("leak", "0.3", "1").with("spectral_radius", "0.6", "1.2")
                .with("input_scaling", "0.3", "1").with("ridge", "1e-6", "1e-4").list();
    }

    /** An echo state network with fixed hyper-parameters. */
    static final class Esn implements Forecaster {
        private final Config c;
        private final String name;

        Esn(Config c, String name) {
            this.c = c;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public FittedModel fit(Trajectory train, long seed) {
            Forecasts.requireUsable(train, c.washout() + 2, "training data (washout " + c.washout()
                    + " + at least 2 rows)", name);
            int d = train.dimension();
            int n = train.size();
            double[] mean = new double[d];
            double[] std = new double[d];
            double[][] moments = Forecasts.moments(train);
            double[] rawMean = moments[0];
            double[] rawStd = moments[1];
            for (int j = 0; j < d; j++) {
                mean[j] = c.standardize() ? rawMean[j] : 0;
                std[j] = c.standardize() ? rawStd[j] : 1;
            }
            Reservoir res = Reservoir.random(c.nodes(), d, c.density(), c.spectralRadius(), c.inputLayout(),
                    c.inputScaling(), c.inputDensity(), c.biasScaling(), c.leak(), seed);
            int f = c.features(d);
            Ridge ridge = new Ridge(f, d);
            double[] r = new double[c.nodes()];
            double[] pre = new double[c.nodes()];
            double[] u = new double[d];
            double[] y = new double[d];
            double[] feat = new double[f];
            double[] v = train.values();
            scale(v, 0, mean, std, u);
            for (int t = 0; t < n - 1; t++) {
                res.step(r, u, pre);
                scale(v, (t + 1) * d, mean, std, y);
                if (t >= c.washout()) {
                    features(c, r, u, feat);
                    ridge.add(feat, y);
                }
                System.arraycopy(y, 0, u, 0, d);
            }
            double[][] w = ridge.solve(c.ridge());
            double[] wout = new double[d * f];
            for (int k = 0; k < f; k++) {
                for (int j = 0; j < d; j++) {
                    wout[j * f + k] = w[k][j];
                }
            }
            double bound = 0;
            for (int j = 0; j < d; j++) {
                bound = Math.max(bound, Math.abs(rawMean[j]) + rawStd[j]);
            }
            return new Model(c, res, wout, mean, std, 1e6 * Math.max(bound, 1e-300), name);
        }
    }

    private static void scale(double[] v, int off, double[] mean, double[] std, double[] out) {
        for (int j = 0; j < out.length; j++) {
            out[j] = (v[off + j] - mean[j]) / std[j];
        }
    }

    /** The readout feature vector s(r, u) into {@code out}; allocates nothing. */
    static void features(Config c, double[] r, double[] u, double[] out) {
        int k = 0;
        if (c.readoutBias()) {
            out[k++] = 1.0;
        }
        int n = r.length;
        if (c.squared()) {
            for (int i = 0; i < n; i++) {
                double x = r[i];
                out[k++] = (i & 1) == 0 ? x * x : x;
            }
        } else {
            System.arraycopy(r, 0, out, k, n);
            k += n;
        }
        if (c.readoutInput()) {
            System.arraycopy(u, 0, out, k, u.length);
        }
    }

    /** A fitted echo state network: immutable; each forecast allocates its own state. */
    static final class Model implements FittedModel {
        private final Config c;
        private final Reservoir res;
        private final double[] wout;
        private final double[] mean;
        private final double[] std;
        private final double bound;
        private final String name;
        private final int d;
        private final int f;

        Model(Config c, Reservoir res, double[] wout, double[] mean, double[] std, double bound, String name) {
            this.c = c;
            this.res = res;
            this.wout = wout;
            this.mean = mean;
            this.std = std;
            this.bound = bound;
            this.name = name;
            this.d = mean.length;
            this.f = wout.length / d;
        }

        @Override
        public Trajectory forecast(Trajectory history, int steps) {
            Forecasts.requireForecastable(history, d, steps, name);
            // synchronise on the last `sync` samples, or on the whole history when it is shorter
            // (e.g. the lyapunov protocol gives a map only 5 Lyapunov times ≈ a dozen iterations)
            int sync = Math.min(c.sync(), history.size());
            Forecasts.requireUsable(history, 1, "history", name);
            double[] r = new double[c.nodes()];
            double[] pre = new double[c.nodes()];
            double[] u = new double[d];
            double[] feat = new double[f];
            double[] raw = new double[d];
            double[] v = history.values();
            for (int t = history.size() - sync; t < history.size(); t++) {
                scale(v, t * d, mean, std, u);
                res.step(r, u, pre);
            }
            double[] out = new double[steps * d];
            for (int s = 0; s < steps; s++) {
                features(c, r, u, feat);
                for (int j = 0; j < d; j++) {
                    double acc = 0;
                    int base = j * f;
                    for (int k = 0; k < f; k++) {
                        acc += wout[base + k] * feat[k];
                    }
                    u[j] = acc;
                    raw[j] = acc * std[j] + mean[j];
                }
                Forecasts.checkState(name, s, raw, bound);
                System.arraycopy(raw, 0, out, s * d, d);
                if (s + 1 < steps) {
                    res.step(r, u, pre);
                }
            }
            return Forecasts.continuation(history, out, steps);
        }

        /** @return the reservoir (immutable). */
        Reservoir reservoir() {
            return res;
        }

        @Override
        public String describe() {
            return name + ": " + res.size() + " nodes, " + res.nonZeros() + " non-zeros, " + f + " features on " + d
                    + " coordinates";
        }

        /**
         * The reservoir (size, mean degree, spectral radius before and after scaling, leak) and the
         * readout: its Frobenius norm and how its squared weight splits over the feature groups (bias,
         * reservoir nodes — linear and squared separately with Pathak's features — and the input).
         */
        @Override
        public String explain() {
            String nl = System.lineSeparator();
            StringBuilder sb = new StringBuilder(describe()).append(nl);
            sb.append(String.format(java.util.Locale.ROOT,
                    "reservoir: %d nodes, mean degree %.2f, spectral radius %.4g (unscaled %.4g), leak %.3g, "
                            + "input scaling %.3g, bias scaling %.3g%n", res.size(), res.nonZeros() / (double) res.size(),
                    c.spectralRadius(), res.unscaledSpectralRadius(), res.leak(), c.inputScaling(), c.biasScaling()));
            double[] groups = new double[4]; // bias, linear nodes, squared nodes, input
            for (int j = 0; j < d; j++) {
                int k = j * f;
                if (c.readoutBias()) {
                    groups[0] += wout[k] * wout[k];
                    k++;
                }
                for (int i = 0; i < res.size(); i++, k++) {
                    groups[c.squared() && (i & 1) == 0 ? 2 : 1] += wout[k] * wout[k];
                }
                if (c.readoutInput()) {
                    for (int i = 0; i < d; i++, k++) {
                        groups[3] += wout[k] * wout[k];
                    }
                }
            }
            double total = groups[0] + groups[1] + groups[2] + groups[3];
            sb.append(String.format(java.util.Locale.ROOT, "readout (ridge %.3g): ‖W_out‖_F = %.4g; share of ‖W_out‖² — "
                    + "bias %.3f, linear nodes %.3f, squared nodes %.3f, input %.3f%n", c.ridge(), Math.sqrt(total),
                    groups[0] / total, groups[1] / total, groups[2] / total, groups[3] / total));
            return sb.toString();
        }
    }
}
