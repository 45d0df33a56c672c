package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The logistic map {@code x' = r x (1 − x)}.
 *
 * <p>May, R. (1976). Simple mathematical models with very complicated dynamics. Nature.
 * Parameter: {@code r}.
 */
public final class Logistic extends AbstractMap {

    private final double r;

    /** The logistic map with the catalog's default parameter (r = 3.9). */
    public Logistic() {
        this(SystemSpec.defaults("Logistic"));
    }

    private Logistic(SystemSpec spec) {
        super(spec);
        r = spec.param("r");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Logistic(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        out[0] = r * x * (1 - x);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = r * (1 - 2 * s[0]);
    }
}
