package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Gauss (mouse) map {@code x' = exp(−a x²) + b}.
 *
 * <p>The catalog gives no citation. Parameters: {@code a}, {@code b}.
 */
public final class Gauss extends AbstractMap {

    private final double a;
    private final double b;

    /** The Gauss map with the catalog's default parameters (a = 4.9, b = −0.5). */
    public Gauss() {
        this(SystemSpec.defaults("Gauss"));
    }

    private Gauss(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Gauss(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        out[0] = Math.exp(-a * x * x) + b;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        j[0] = -2 * a * x * Math.exp(-a * x * x);
    }
}
