package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Clifford Pickover's map {@code x' = sin(a y) + c cos(a x)}, {@code y' = sin(b x) + d cos(b y)}.
 *
 * <p>The catalog gives no citation. Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class Pickover extends AbstractMap {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The Pickover map with the catalog's default parameters (a = −1.4, b = 1.6, c = 1, d = 0.7). */
    public Pickover() {
        this(SystemSpec.defaults("Pickover"));
    }

    private Pickover(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Pickover(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = Math.sin(a * y) + c * Math.cos(a * x);
        out[1] = Math.sin(b * x) + d * Math.cos(b * y);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = -a * c * Math.sin(a * x);
        j[1] = a * Math.cos(a * y);
        j[2] = b * Math.cos(b * x);
        j[3] = -b * d * Math.sin(b * y);
    }
}
