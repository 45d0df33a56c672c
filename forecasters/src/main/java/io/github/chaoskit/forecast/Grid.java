package io.github.chaoskit.forecast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hyper-parameter grid as the Cartesian product of per-setting value lists, for
 * {@link ForecasterProvider#grid()}:
 * <pre>
 * Grid.of().with("p", "1", "2").with("ridge", "1e-8", "1e-6").list()
 *   → [{p=1, ridge=1e-8}, {p=1, ridge=1e-6}, {p=2, ridge=1e-8}, {p=2, ridge=1e-6}]
 * </pre>
 * The first setting varies slowest (as nested loops in declaration order would), and each entry
 * keeps the settings in declaration order. Immutable.
 */
public final class Grid {

    private final List<Map<String, String>> entries;

    private Grid(List<Map<String, String>> entries) {
        this.entries = entries;
    }

    /** @return the grid with one empty entry (the defaults). */
    public static Grid of() {
        return new Grid(List.of(Map.of()));
    }

    /**
     * @param key a setting name
     * @param values its values, at least one
     * @return this grid's entries, each combined with every value of the setting
     * @throws IllegalArgumentException if no value is given or the setting is already in the grid
     */
    public Grid with(String key, String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("grid setting '" + key + "' needs at least one value");
        }
        List<Map<String, String>> out = new ArrayList<>(entries.size() * values.length);
        for (Map<String, String> e : entries) {
            if (e.containsKey(key)) {
                throw new IllegalArgumentException("grid setting '" + key + "' is given twice");
            }
            for (String v : values) {
                Map<String, String> m = new LinkedHashMap<>(e);
                m.put(key, v);
                out.add(Collections.unmodifiableMap(m));
            }
        }
        return new Grid(out);
    }

    /** @return the entries, in product order */
    public List<Map<String, String>> list() {
        return Collections.unmodifiableList(entries);
    }
}
