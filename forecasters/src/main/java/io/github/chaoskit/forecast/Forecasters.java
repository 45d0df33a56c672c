package io.github.chaoskit.forecast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/** The registry of forecasting methods on the class path (via {@link ServiceLoader}). */
public final class Forecasters {

    private Forecasters() {
    }

    /** @return every provider on the class path, sorted by name. */
    public static List<ForecasterProvider> all() {
        List<ForecasterProvider> list = new ArrayList<>();
        for (ForecasterProvider p : ServiceLoader.load(ForecasterProvider.class)) {
            list.add(p);
        }
        list.sort(Comparator.comparing(ForecasterProvider::name));
        return Collections.unmodifiableList(list);
    }

    /**
     * @param name a provider name, ignoring case
     * @return the provider
     * @throws IllegalArgumentException if none has that name; the message lists the known names
     */
    public static ForecasterProvider get(String name) {
        Map<String, ForecasterProvider> byName = new LinkedHashMap<>();
        for (ForecasterProvider p : all()) {
            byName.put(p.name().toLowerCase(Locale.ROOT), p);
        }
        ForecasterProvider p = name == null ? null : byName.get(name.trim().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown forecaster '" + name + "'; known: "
                    + String.join(", ", byName.keySet()));
        }
        return p;
    }
}
