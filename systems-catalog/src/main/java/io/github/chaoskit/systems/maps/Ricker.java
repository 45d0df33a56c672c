package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Ricker population map {@code x' = x exp(a − x)}.
 *
 * <p>The catalog gives no citation. Parameter: {@code a}.
 */
public final class Ricker extends AbstractMap {

    private final double a;

    /** The Ricker map with the catalog's default parameter (a = 3.3). */
    public Ricker() {
        this(SystemSpec.defaults("Ricker"));
    }

    private Ricker(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Ricker(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        out[0] = x * Math.exp(a - x);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        j[0] = (1 - x) * Math.exp(a - x);
    }
}
