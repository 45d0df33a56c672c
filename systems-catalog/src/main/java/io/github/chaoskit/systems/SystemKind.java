package io.github.chaoskit.systems;

/** The kind of a dynamical system in the catalog. */
public enum SystemKind {
    /** Ordinary differential equation (continuous-time flow). */
    ODE,
    /** Delay differential equation. */
    DDE,
    /** Discrete-time map. */
    MAP;

    /**
     * Parses a kind name case-insensitively ({@code ode}, {@code dde}, {@code map}).
     *
     * @param s the name
     * @return the kind
     * @throws IllegalArgumentException if the name is none of those
     */
    public static SystemKind parse(String s) {
        for (SystemKind k : values()) {
            if (k.name().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown system kind '" + s + "'; expected ode, dde or map");
    }
}
