package io.github.chaoskit.systems;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The catalog of chaotic systems: lookup by name (case-insensitive), listing and filtering.
 *
 * <p>Each system described by the metadata resources is implemented by one class named after
 * it, in {@code io.github.chaoskit.systems.flows} (ODEs), {@code .delays} (delay equations) or
 * {@code .maps} (maps). The catalog holds one default instance per system; instances are
 * immutable, so they are shared.
 */
public final class Catalog {

    private static final Map<String, DynamicalSystem> BY_KEY;
    private static final List<DynamicalSystem> ALL;
    private static final List<String> MISSING;

    static {
        Map<String, DynamicalSystem> byKey = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (SystemInfo info : MetadataResources.all().values()) {
            DynamicalSystem s = instantiate(info);
            if (s == null) {
                missing.add(info.name());
            } else {
                byKey.put(key(info.name()), s);
            }
        }
        List<DynamicalSystem> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing((DynamicalSystem s) -> s.kind()).thenComparing(DynamicalSystem::name));
        BY_KEY = Collections.unmodifiableMap(byKey);
        ALL = Collections.unmodifiableList(all);
        MISSING = Collections.unmodifiableList(missing);
    }

    private Catalog() {
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static DynamicalSystem instantiate(SystemInfo info) {
        String pkg = Catalog.class.getPackageName() + "."
                + (info.kind() == SystemKind.ODE ? "flows" : info.kind() == SystemKind.DDE ? "delays" : "maps");
        Class<?> c;
        try {
            c = Class.forName(pkg + "." + info.name());
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            return (DynamicalSystem) c.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("catalog class " + c.getName() + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build catalog system " + info.name() + ": " + e.getCause(), e.getCause());
        }
    }

    /**
     * Looks a system up by name, ignoring case.
     *
     * @param name e.g. {@code "lorenz"}
     * @return the system with its default parameters and initial condition
     * @throws IllegalArgumentException if no system has that name; the message lists the closest names
     */
    public static DynamicalSystem get(String name) {
        DynamicalSystem s = name == null ? null : BY_KEY.get(key(name.trim()));
        if (s == null) {
            throw new IllegalArgumentException("unknown system '" + name + "'; closest names: "
                    + String.join(", ", closest(name == null ? "" : name, 5)));
        }
        return s;
    }

    /**
     * @param name a flow's name, ignoring case
     * @return the flow
     * @throws IllegalArgumentException if the name is unknown or not an ODE flow
     */
    public static Flow flow(String name) {
        DynamicalSystem s = get(name);
        if (!(s instanceof Flow)) {
            throw new IllegalArgumentException(s.name() + " is a " + s.kind().name().toLowerCase(Locale.ROOT)
                    + ", not an ODE flow");
        }
        return (Flow) s;
    }

    /**
     * @param name a map's name, ignoring case
     * @return the map
     * @throws IllegalArgumentException if the name is unknown or not a map
     */
    public static DiscreteMap map(String name) {
        DynamicalSystem s = get(name);
        if (!(s instanceof DiscreteMap)) {
            throw new IllegalArgumentException(s.name() + " is a " + s.kind().name().toLowerCase(Locale.ROOT)
                    + ", not a discrete map");
        }
        return (DiscreteMap) s;
    }

    /**
     * @param name a name
     * @return true if the catalog has a system of that name (ignoring case)
     */
    public static boolean contains(String name) {
        return name != null && BY_KEY.containsKey(key(name.trim()));
    }

    /** @return every system, ordered by kind (ODE, DDE, map) then name. */
    public static List<DynamicalSystem> all() {
        return ALL;
    }

    /** @return every system's name, in the order of {@link #all()}. */
    public static List<String> names() {
        return ALL.stream().map(DynamicalSystem::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param filter a condition on systems, e.g. {@code s -> s.kind() == SystemKind.MAP}
     * @return the systems satisfying it, in the order of {@link #all()}
     */
    public static List<DynamicalSystem> select(Predicate<? super DynamicalSystem> filter) {
        return ALL.stream().filter(filter).collect(Collectors.toUnmodifiableList());
    }

    /** @return names of systems described by the metadata that have no implementation yet. */
    public static List<String> unimplemented() {
        return MISSING;
    }

    /**
     * @param name a possibly misspelt name
     * @param k how many names to return
     * @return the k catalog names closest to {@code name} by case-insensitive edit distance
     */
    public static List<String> closest(String name, int k) {
        String q = key(name);
        return ALL.stream().map(DynamicalSystem::name)
                .sorted(Comparator.comparingInt((String n) -> editDistance(q, key(n))).thenComparing(n -> n))
                .limit(k).collect(Collectors.toList());
    }

    /** Levenshtein distance, with prefix matches counted as close. */
    static int editDistance(String a, String b) {
        if (b.startsWith(a) || a.startsWith(b)) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
