package io.github.chaoskit.forecast.koopman;

import io.github.chaoskit.forecast.Grid;
import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.internal.Forecasts;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * EDMD forecaster (Williams, Kevrekidis &amp; Rowley 2015, J. Nonlinear Sci. 25, 1307–1346): fits a
 * {@link KoopmanOperator} with {@link Edmd} on z-scored training data and iterates it in closed loop,
 * either re-lifting every step or rolling out linearly in lifted space ({@link ForecastMode}).
 *
 * <p>Settings (defaults in brackets):
 * <ul>
 *   <li>{@code dictionary} [monomial]: {@code monomial} ({@link Monomials}), {@code rbf}
 *       ({@link GaussianRbf}) or {@code rff} ({@link RandomFourierFeatures});</li>
 *   <li>{@code degree} [3]: highest monomial degree;</li>
 *   <li>{@code delays} [0]: past samples added to the state (delay embedding, {@link TimeDelays});
 *       monomials of degree 1 with delays give Hankel DMD;</li>
 *   <li>{@code centres} [100], {@code width} [1.0], {@code centring} [kmeans|random]: RBF centres,
 *       width w in {@code exp(−‖x−c‖²/(2w²))} on z-scored data, and how centres are chosen;</li>
 *   <li>{@code features} [200], {@code gamma} [0.5]: number of random Fourier features and γ of the
 *       approximated kernel {@code exp(−γ‖x−y‖²)};</li>
 *   <li>{@code ridge} [1e-10]: Tikhonov λ relative to the normalised Gram matrix (z-scored data);</li>
 *   <li>{@code rank} [0]: 0 for the Tikhonov (Cholesky) solve, r ≥ 1 for the rank-r truncated SVD;</li>
 *   <li>{@code mode} [relift]: {@code relift}, {@code linear} or {@code modes} (Koopman mode
 *       expansion over the eigenpairs ResDMD accepts, {@link ForecastMode#MODES});</li>
 *   <li>{@code residual} [{@value #DEFAULT_RESIDUAL}]: ResDMD's ε for {@code modes}.</li>
 * </ul>
 * Every random choice (RBF centres, Fourier features) takes the seed given to {@code fit}.
 */
public final class EdmdForecaster implements ForecasterProvider {

    /** Default ResDMD residual threshold ε of the {@code modes} forecast. */
    public static final double DEFAULT_RESIDUAL = 0.1;

    static final Set<String> KEYS = Set.of("dictionary", "degree", "delays", "centres", "width", "centring",
            "features", "gamma", "ridge", "rank", "mode", "residual");

    @Override
    public String name() {
        return "edmd";
    }

    @Override
    public String description() {
        return "extended dynamic mode decomposition with a monomial/RBF/Fourier dictionary, re-lifted or linear "
                + "rollout (Williams, Kevrekidis & Rowley 2015)";
    }

    @Override
    public Forecaster create(Map<String, String> settings) {
        Settings s = new Settings(name(), settings, KEYS);
        String dict = choice(settings, "dictionary", "monomial", "monomial", "rbf", "rff");
        String centring = choice(settings, "centring", "kmeans", "kmeans", "random");
        ForecastMode mode = ForecastMode.parse(settings.getOrDefault("mode", "relift"));
        return new Configured(dict, s.integer("degree", 3, 1), s.integer("delays", 0, 0), s.integer("centres", 100, 1),
                s.real("width", 1.0, Double.MIN_VALUE), centring, s.integer("features", 200, 1),
                s.real("gamma", 0.5, Double.MIN_VALUE), s.real("ridge", 1e-10, 0), s.integer("rank", 0, 0), mode,
                s.real("residual", DEFAULT_RESIDUAL, 0));
    }

    static String choice(Map<String, String> settings, String key, String def, String... allowed) {
        String v = settings.get(key);
        if (v == null) {
            return def;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException(key + " = '" + v + "' is not one of " + String.join(", ", allowed));
    }

    /** Monomial degrees 2–4 × ridge 1e-10, 1e-7, 1e-4, re-lifted. */
    @Override
    public List<Map<String, String>> grid() {
        return Grid.of().with("degree", "2", "3", "4").with("ridge", "1e-10", "1e-7", "1e-4").list();
    }

    /** An EDMD forecaster with fixed settings. */
    static final class Configured implements Forecaster {
        private final String dictionary;
        private final int degree;
        private final int delays;
        private final int centres;
        private final double width;
        private final String centring;
        private final int features;
        private final double gamma;
        private final double ridge;
        private final int rank;
        private final ForecastMode mode;
        private final double residual;

        Configured(String dictionary, int degree, int delays, int centres, double width, String centring, int features,
                double gamma, double ridge, int rank, ForecastMode mode, double residual) {
            this.residual = residual;
            this.dictionary = dictionary;
            this.degree = degree;
            this.delays = delays;
            this.centres = centres;
            this.width = width;
            this.centring = centring;
            this.features = features;
            this.gamma = gamma;
            this.ridge = ridge;
            this.rank = rank;
            this.mode = mode;
        }

        @Override
        public String name() {
            StringBuilder sb = new StringBuilder("edmd(");
            switch (dictionary) {
                case "rbf":
                    sb.append("rbf,centres=").append(centres).append(",width=").append(width).append(",centring=")
                            .append(centring);
                    break;
                case "rff":
                    sb.append("rff,features=").append(features).append(",gamma=").append(gamma);
                    break;
                default:
                    sb.append("degree=").append(degree);
            }
            if (delays > 0) {
                sb.append(",delays=").append(delays);
            }
            sb.append(",ridge=").append(ridge);
            if (rank > 0) {
                sb.append(",rank=").append(rank);
            }
            sb.append(",mode=").append(mode);
            if (mode == ForecastMode.MODES) {
                sb.append(",residual=").append(residual);
            }
            return sb.append(')').toString();
        }

        @Override
        public FittedModel fit(Trajectory train, long seed) {
            int lags = delays + 1;
            Forecasts.requireUsable(train, lags + 2, "training data", name());
            if (!(train.step() > 0)) {
                throw new IllegalArgumentException(name() + ": training data need a positive sampling step, got "
                        + train.step());
            }
            int d = train.dimension();
            double[][] mom = Forecasts.moments(train);
            double[] s = Snapshots.standardise(train, mom[0], mom[1]);
            double[][][] p = Snapshots.pairs(s, train.size(), d, lags, 1);
            int n = d * lags;
            Dictionary inner;
            switch (dictionary) {
                case "rbf":
                    inner = GaussianRbf.fit(p[0], centres, width,
                            "random".equals(centring) ? GaussianRbf.Centres.RANDOM : GaussianRbf.Centres.KMEANS, seed);
                    break;
                case "rff":
                    inner = new RandomFourierFeatures(n, features, gamma, seed);
                    break;
                default:
                    inner = new Monomials(n, degree);
            }
            Dictionary dict = lags > 1 ? new TimeDelays(inner, d) : inner;
            if (p[0].length < 2) {
                throw new IllegalArgumentException(name() + ": training data give " + p[0].length + " snapshot pairs");
            }
            KoopmanOperator op;
            try {
                op = Edmd.fit(dict, p[0], p[1], train.step(), ridge, rank);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
            }
            return new KoopmanModel(op, mode, mom[0], mom[1], name(), p[0], p[1], residual);
        }
    }
}
