package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Settings;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings shared by the three PLRNN-family providers. Every key maps to a
 * {@link PlrnnConfig} component, with that architecture's default when absent:
 * <ul>
 * <li>{@code latent}: M, or {@code +k} for N + k (default: see {@link PlrnnConfig});</li>
 * <li>{@code epochs} (training budget), {@code batchesPerEpoch}, {@code batchSize},
 *     {@code sequenceLength} (a number or auto);</li>
 * <li>{@code optimizer} = radam | adam, {@code lr}, {@code lrEnd}, {@code gradientClipping} (0 = off);</li>
 * <li>{@code forcing} = gtf | sparse, {@code tau} (a number or auto), {@code alpha}, {@code alphaMethod} = product |
 *     maximum | constant, {@code alphaDecay} (a number or auto), {@code alphaInterval}, {@code partialForcing};</li>
 * <li>{@code regularization} (λ of the latent regulariser), {@code observationRegularization},
 *     {@code noise};</li>
 * <li>{@code selectionInterval}, {@code selectionLength}, {@code threads}, {@code warmup}.</li>
 * </ul>
 */
abstract class PlrnnProviderSupport implements ForecasterProvider {

    static final Set<String> COMMON = Set.of("latent", "epochs", "batchesPerEpoch", "batchSize", "sequenceLength",
            "optimizer", "lr", "lrEnd", "gradientClipping", "forcing", "tau", "alpha", "alphaMethod", "alphaDecay",
            "alphaInterval", "partialForcing", "regularization", "observationRegularization", "noise",
            "selectionInterval", "selectionLength", "threads", "warmup");

    /** @return the architecture's extra setting names. */
    abstract Set<String> extraKeys();

    /** @return the builder with this provider's defaults. */
    abstract PlrnnConfig.Builder defaults();

    /** Applies the architecture's extra settings. */
    abstract void applyExtra(Settings s, PlrnnConfig.Builder b, PlrnnConfig d);

    /**
     * The quick budget caps training at 3 epochs of 20 batches (docs/protocol.md: capped effort for the
     * slow learners), so that all systems × all forecasters finish in minutes; the full budget
     * trains with the defaults.
     */
    @Override
    public Map<String, String> budgetSettings(String budget) {
        return "quick".equals(budget) ? Map.of("epochs", "3", "batchesPerEpoch", "20") : Map.of();
    }

    @Override
    public final Forecaster create(Map<String, String> settings) {
        Set<String> known = new LinkedHashSet<>(COMMON);
        known.addAll(extraKeys());
        Settings s = new Settings(name(), settings, known);
        PlrnnConfig.Builder b = defaults();
        PlrnnConfig d = b.build();
        String latent = settings.get("latent");
        if (latent != null) {
            b.latent(parseLatent(latent));
        }
        b.epochs(s.integer("epochs", d.epochs(), 1));
        b.batchesPerEpoch(s.integer("batchesPerEpoch", d.batchesPerEpoch(), 1));
        b.batchSize(s.integer("batchSize", d.batchSize(), 1));
        if (s.isAuto("sequenceLength")) {
            b.sequenceLength(PlrnnConfig.AUTO_SEQUENCE_LENGTH);
        } else {
            b.sequenceLength(s.integer("sequenceLength", d.sequenceLength(), 1));
        }
        b.optimizer(choice(settings, "optimizer", d.optimizer(),
                Map.of("radam", PlrnnConfig.Optimizer.RADAM, "adam", PlrnnConfig.Optimizer.ADAM)));
        b.learningRate(s.real("lr", d.lrStart(), Double.MIN_VALUE), s.real("lrEnd", d.lrEnd(), Double.MIN_VALUE));
        b.gradientClipping(s.real("gradientClipping", d.gradientClipping(), 0));
        b.forcing(choice(settings, "forcing", d.forcing(), Map.of("gtf", PlrnnConfig.Forcing.GENERALIZED, "sparse",
                PlrnnConfig.Forcing.SPARSE, "stf", PlrnnConfig.Forcing.SPARSE)));
        if (s.isAuto("tau")) {
            b.tau(PlrnnConfig.AUTO_TAU);
        } else {
            b.tau(s.integer("tau", d.tau(), 1));
        }
        b.alpha(s.real("alpha", d.alpha(), 0));
        b.alphaMethod(choice(settings, "alphaMethod", d.alphaMethod(), Map.of("product",
                PlrnnConfig.AlphaMethod.PRODUCT_BOUND, "maximum", PlrnnConfig.AlphaMethod.BATCH_MAXIMUM, "constant",
                PlrnnConfig.AlphaMethod.CONSTANT)));
        if (s.isAuto("alphaDecay")) {
            b.alphaDecay(PlrnnConfig.AUTO_ALPHA_DECAY);
        } else {
            b.alphaDecay(s.real("alphaDecay", d.alphaDecay(), 0));
        }
        b.alphaInterval(s.integer("alphaInterval", d.alphaInterval(), 1));
        b.partialForcing(s.bool("partialForcing", d.partialForcing()));
        b.latentRegularization(s.real("regularization", d.latentRegularization(), 0));
        b.observationRegularization(s.real("observationRegularization", d.observationRegularization(), 0));
        b.noise(s.real("noise", d.noise(), 0));
        b.selectionInterval(s.integer("selectionInterval", d.selectionInterval(), 0));
        b.selectionLength(s.integer("selectionLength", d.selectionLength(), 10));
        b.threads(s.integer("threads", d.threads(), 1));
        b.warmup(s.integer("warmup", d.warmup(), 0));
        applyExtra(s, b, d);
        PlrnnConfig c;
        try {
            c = b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
        }
        return new PlrnnForecaster(c, Settings.label(name(), settings));
    }

    private int parseLatent(String v) {
        String t = v.trim();
        boolean relative = t.startsWith("+");
        String digits = relative ? t.substring(1) : t;
        int k = 0;
        if (!digits.isEmpty() && Character.isDigit(digits.charAt(0))) {
            try {
                k = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                k = 0;
            }
        }
        if (k < 1) {
            throw new IllegalArgumentException(name() + ": latent = '" + v
                    + "' must be a positive integer M or +k (N + k units, k >= 1)");
        }
        return relative ? -k : k;
    }

    private <E> E choice(Map<String, String> settings, String key, E def, Map<String, E> options) {
        String v = settings.get(key);
        if (v == null) {
            return def;
        }
        E e = options.get(v.trim().toLowerCase(Locale.ROOT));
        if (e == null) {
            throw new IllegalArgumentException(name() + ": " + key + " = '" + v + "' must be one of "
                    + new TreeMap<>(options).keySet());
        }
        return e;
    }
}
