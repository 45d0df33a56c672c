package io.github.chaoskit.forecast.ngrc;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.forecast.internal.Ridge;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Next-generation reservoir computer (NG-RC), a nonlinear vector autoregression (Gauthier,
 * Bollt, Griffith and Barbosa 2021, "Next generation reservoir computing", Nat. Commun. 12, 5564).
 *
 * <p>With k delay taps spaced s samples apart, the linear feature vector is
 * {@code O_lin(t) = x_t ⊕ x_{t−s} ⊕ … ⊕ x_{t−(k−1)s}} (dimension k·d); the nonlinear part holds the
 * unique monomials of order p of O_lin (for p = 2 the upper triangle of O_lin O_linᵀ, squares
 * included: C(kd + p − 1, p) terms); the full feature vector is
 * {@code O(t) = [1] ⊕ O_lin(t) ⊕ O_nonlin(t)}. A ridge regression (all weights regularised, the
 * constant included, as in the paper) learns the increment {@code x_{t+1} − x_t = W O(t)}; the
 * forecast iterates {@code x̂_{t+1} = x̂_t + W O(t)}, shifting the taps.
 *
 * <p>Inputs are z-scored with the training mean and standard deviation by default: on raw, accurately
 * integrated Lorenz-63 data the quadratic Gram matrix has a condition number near 10²⁰ and the
 * paper's ridge parameter 2.5e-6 cannot rescue it (measured, docs/forecasters.md); {@link Ridge} checks the
 * condition estimate and refuses such a fit.
 *
 * <p>Settings and defaults (the paper's Lorenz-63 set-up):
 * <ul>
 *   <li>{@code k} = 2: delay taps, at least 1;</li>
 *   <li>{@code s} = 1: skip between taps, at least 1;</li>
 *   <li>{@code p} = 2: polynomial order, 1–4 (1: linear features only);</li>
 *   <li>{@code all_orders} = false: also include the monomials of orders 2 … p−1;</li>
 *   <li>{@code ridge} = 2.5e-6: λ;</li>
 *   <li>{@code constant} = true: the constant feature;</li>
 *   <li>{@code standardize} = true: z-score the data.</li>
 * </ul>
 * The model needs (k−1)s + 1 history samples to start a forecast; no washout.
 */
public final class NextGenerationRc implements ForecasterProvider {

    /** The provider name. */
    public static final String NAME = "ngrc";

    private static final Set<String> KEYS = Set.of("k", "s", "p", "all_orders", "ridge", "constant", "standardize");

    /**
     * NG-RC hyper-parameters; see the class documentation.
     *
     * @param taps k ≥ 1
     * @param skip s ≥ 1
     * @param order p in 1 … 4
     * @param allOrders include monomials of orders 2 … p − 1 too
     * @param ridge λ ≥ 0
     * @param constant a constant feature
     * @param standardize z-score the data
     */
    public record Config(int taps, int skip, int order, boolean allOrders, double ridge, boolean constant,
            boolean standardize) {

        /**
         * @throws IllegalArgumentException naming a value out of range
         */
        public Config {
            if (taps < 1 || skip < 1) {
                throw new IllegalArgumentException(NAME + ": k = " + taps + " and s = " + skip + " must be at least 1");
            }
            if (order < 1 || order > 4) {
                throw new IllegalArgumentException(NAME + ": p = " + order + " must be 1, 2, 3 or 4");
            }
            if (!(ridge >= 0) || !Double.isFinite(ridge)) {
                throw new IllegalArgumentException(NAME + ": ridge = " + ridge + " must be finite and >= 0");
            }
        }

        /** @return the paper's Lorenz-63 set-up: k = 2, s = 1, p = 2, λ = 2.5e-6, constant, standardised. */
        public static Config defaults() {
            return new Config(2, 1, 2, false, 2.5e-6, true, true);
        }

        /** @return these hyper-parameters as settings for {@link NextGenerationRc#create(Map)}, in a fixed order. */
        public Map<String, String> settings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("k", Integer.toString(taps));
            m.put("s", Integer.toString(skip));
            m.put("p", Integer.toString(order));
            m.put("all_orders", Boolean.toString(allOrders));
            m.put("ridge", Double.toString(ridge));
            m.put("constant", Boolean.toString(constant));
            m.put("standardize", Boolean.toString(standardize));
            return m;
        }

        /** @return samples before the first usable time: (k − 1)·s. */
        public int span() {
            return (taps - 1) * skip;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "next-generation reservoir computer: ridge regression on delay taps and their polynomial monomials"
                + " (Gauthier et al. 2021)";
    }

    @Override
    public Forecaster create(Map<String, String> settings) {
        return new Ngrc(parse(settings), Settings.label(NAME, settings));
    }

    /**
     * @param config hyper-parameters
     * @return the forecaster
     */
    public static Forecaster create(Config config) {
        return new Ngrc(config, Settings.label(NAME, Settings.differing(config.settings(),
                Config.defaults().settings())));
    }

    /**
     * @param settings names to values; missing ones take their defaults
     * @return the configuration
     * @throws IllegalArgumentException naming an unknown setting or a bad value
     */
    public static Config parse(Map<String, String> settings) {
        Settings s = new Settings(NAME, settings, KEYS);
        int p = s.integer("p", 2, 1);
        if (p > 4) {
            throw new IllegalArgumentException(NAME + ": p = " + p + " must be 1, 2, 3 or 4");
        }
        return new Config(s.integer("k", 2, 1), s.integer("s", 1, 1), p, s.bool("all_orders", false),
                s.real("ridge", 2.5e-6, 0), s.bool("constant", true), s.bool("standardize", true));
    }

    /**
     * The tuning grid: k {1, 2, 3} × p {2, 3} × ridge {2.5e-6, 1e-3} (12 entries; s = 1, orders 2 … p
     * together for p = 3).
     */
    @Override
    public List<Map<String, String>> grid() {
        List<Map<String, String>> g = new ArrayList<>();
        for (String k : new String[] {"1", "2", "3"}) {
            for (String p : new String[] {"2", "3"}) {
                for (String ridge : new String[] {"2.5e-6", "1e-3"}) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("k", k);
                    m.put("p", p);
                    if (p.equals("3")) {
                        m.put("all_orders", "true");
                    }
                    m.put("ridge", ridge);
                    g.add(m);
                }
            }
        }
        return g;
    }

    /** NG-RC with fixed hyper-parameters. */
    static final class Ngrc implements Forecaster {
        private final Config c;
        private final String name;

        Ngrc(Config c, String name) {
            this.c = c;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public FittedModel fit(Trajectory train, long seed) {
            int span = c.span();
            Forecasts.requireUsable(train, span + 2, "training data ((k-1)s = " + span + " delay samples + 2)", name);
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
            Features feats = new Features(d, c.taps(), c.order(), c.allOrders(), c.constant());
            // ring of the last span + 1 scaled samples (a T×d copy would do too, but is not needed)
            DelayLine line = new DelayLine(span + 1, d);
            double[] x = new double[d];
            double[] next = new double[d];
            double[] y = new double[d];
            double[] lin = new double[feats.linear()];
            double[] feat = new double[feats.size()];
            double[] v = train.values();
            Ridge ridge = new Ridge(feats.size(), d);
            for (int t = 0; t < span; t++) {
                scale(v, t * d, mean, std, x);
                line.push(x);
            }
            for (int t = span; t < n - 1; t++) {
                scale(v, t * d, mean, std, x);
                line.push(x);
                scale(v, (t + 1) * d, mean, std, next);
                for (int j = 0; j < d; j++) {
                    y[j] = next[j] - x[j];
                }
                line.taps(c.skip(), c.taps(), lin);
                feats.compute(lin, feat);
                ridge.add(feat, y);
            }
            double[][] w = ridge.solve(c.ridge());
            int f = feats.size();
            double[] wt = new double[d * f];
            for (int k = 0; k < f; k++) {
                for (int j = 0; j < d; j++) {
                    wt[j * f + k] = w[k][j];
                }
            }
            double bound = 0;
            for (int j = 0; j < d; j++) {
                bound = Math.max(bound, Math.abs(rawMean[j]) + rawStd[j]);
            }
            return new Model(c, feats, wt, mean, std, 1e6 * Math.max(bound, 1e-300), name);
        }
    }

    private static void scale(double[] v, int off, double[] mean, double[] std, double[] out) {
        for (int j = 0; j < out.length; j++) {
            out[j] = (v[off + j] - mean[j]) / std[j];
        }
    }

    /** A ring buffer of the last {@code length} d-vectors, newest first by lag. */
    static final class DelayLine {
        private final double[] buf;
        private final int length;
        private final int d;
        private int head = -1;

        DelayLine(int length, int d) {
            this.buf = new double[length * d];
            this.length = length;
            this.d = d;
        }

        void push(double[] x) {
            head = head + 1 == length ? 0 : head + 1;
            System.arraycopy(x, 0, buf, head * d, d);
        }

        /** Copies x_t, x_{t−s}, … (k taps) into out. */
        void taps(int s, int k, double[] out) {
            for (int i = 0; i < k; i++) {
                int slot = Math.floorMod(head - i * s, length);
                System.arraycopy(buf, slot * d, out, i * d, d);
            }
        }

        /** @return the newest vector's component j. */
        double newest(int j) {
            return buf[head * d + j];
        }
    }

    /** A fitted NG-RC: immutable; each forecast allocates its own delay line. */
    static final class Model implements FittedModel {
        private final Config c;
        private final Features feats;
        private final double[] w;
        private final double[] mean;
        private final double[] std;
        private final double bound;
        private final String name;
        private final int d;

        Model(Config c, Features feats, double[] w, double[] mean, double[] std, double bound, String name) {
            this.c = c;
            this.feats = feats;
            this.w = w;
            this.mean = mean;
            this.std = std;
            this.bound = bound;
            this.name = name;
            this.d = mean.length;
        }

        @Override
        public Trajectory forecast(Trajectory history, int steps) {
            Forecasts.requireForecastable(history, d, steps, name);
            int span = c.span();
            Forecasts.requireUsable(history, span + 1, "history ((k-1)s + 1 = " + (span + 1) + " samples)", name);
            DelayLine line = new DelayLine(span + 1, d);
            double[] x = new double[d];
            double[] v = history.values();
            for (int t = history.size() - span - 1; t < history.size(); t++) {
                scale(v, t * d, mean, std, x);
                line.push(x);
            }
            int f = feats.size();
            double[] lin = new double[feats.linear()];
            double[] feat = new double[f];
            double[] raw = new double[d];
            double[] out = new double[steps * d];
            for (int s = 0; s < steps; s++) {
                line.taps(c.skip(), c.taps(), lin);
                feats.compute(lin, feat);
                for (int j = 0; j < d; j++) {
                    double acc = 0;
                    int base = j * f;
                    for (int k = 0; k < f; k++) {
                        acc += w[base + k] * feat[k];
                    }
                    x[j] = line.newest(j) + acc;
                    raw[j] = x[j] * std[j] + mean[j];
                }
                Forecasts.checkState(name, s, raw, bound);
                System.arraycopy(raw, 0, out, s * d, d);
                line.push(x);
            }
            return Forecasts.continuation(history, out, steps);
        }

        @Override
        public String describe() {
            return name + ": " + feats.size() + " features (" + feats.linear() + " linear) on " + d + " coordinates";
        }
    }
}
