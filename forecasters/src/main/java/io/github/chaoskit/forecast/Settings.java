package io.github.chaoskit.forecast;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Typed reading of a forecaster's textual settings, with validation: unknown keys and bad
 * values are reported by name.
 */
public final class Settings {

    private final String method;
    private final Map<String, String> values;

    /**
     * @param method the forecaster's name, for messages
     * @param values the settings
     * @param known the setting names the method accepts
     * @throws IllegalArgumentException naming an unknown setting
     */
    public Settings(String method, Map<String, String> values, Set<String> known) {
        for (String k : values.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(method + " has no setting '" + k + "'; expected one of " + known);
            }
        }
        this.method = method;
        this.values = new LinkedHashMap<>(values);
    }

    /**
     * @param key setting name
     * @return true if the setting is given as the word {@code auto} (any case): the method chooses the value
     */
    public boolean isAuto(String key) {
        String v = values.get(key);
        return v != null && v.trim().equalsIgnoreCase("auto");
    }

    /**
     * @param key setting name
     * @param def default
     * @param min smallest allowed value
     * @return the integer value
     */
    public int integer(String key, int def, int min) {
        String v = values.get(key);
        if (v == null) {
            return def;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min) {
                throw new IllegalArgumentException(method + ": " + key + " = " + i + " must be at least " + min);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(method + ": " + key + " = '" + v + "' is not an integer");
        }
    }

    /**
     * @param key setting name
     * @param def default
     * @param min smallest allowed value (inclusive)
     * @return the finite real value
     */
    public double real(String key, double def, double min) {
        String v = values.get(key);
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d) || d < min) {
                throw new IllegalArgumentException(method + ": " + key + " = " + v + " must be a finite number >= " + min);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(method + ": " + key + " = '" + v + "' is not a number");
        }
    }

    /**
     * @param key setting name
     * @param def default
     * @return the boolean value ("true"/"false")
     */
    public boolean bool(String key, boolean def) {
        String v = values.get(key);
        if (v == null) {
            return def;
        }
        if ("true".equalsIgnoreCase(v.trim()) || "false".equalsIgnoreCase(v.trim())) {
            return Boolean.parseBoolean(v.trim());
        }
        throw new IllegalArgumentException(method + ": " + key + " = '" + v + "' is not true or false");
    }

    /**
     * The conventional forecaster name: the method's name alone, or followed by its settings in key
     * order, e.g. {@code esn(leak=0.3,spectral_radius=1.2)} (see {@link Forecaster#name()}).
     *
     * @param method the provider's name
     * @param settings the settings to show (typically those that differ from the defaults)
     * @return the name
     */
    public static String label(String method, Map<String, String> settings) {
        if (settings.isEmpty()) {
            return method;
        }
        StringJoiner j = new StringJoiner(",", method + "(", ")");
        new TreeMap<>(settings).forEach((k, v) -> j.add(k + "=" + v.trim()));
        return j.toString();
    }

    /**
     * @param settings a complete settings map
     * @param defaults the default settings
     * @return the entries of {@code settings} whose value differs from the default, in order
     */
    public static Map<String, String> differing(Map<String, String> settings, Map<String, String> defaults) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (!v.equals(defaults.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }
}
