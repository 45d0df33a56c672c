package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Peter de Jong map {@code x' = sin(a y) − cos(b x)}, {@code y' = sin(c x) − cos(d y)}.
 *
 * <p>The catalog gives no citation. Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class DeJong extends AbstractMap {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The de Jong map with the catalog's default parameters (a = 1.641, b = 1.902, c = 0.316, d = 1.525). */
    public DeJong() {
        this(SystemSpec.defaults("DeJong"));
    }

    private DeJong(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new DeJong(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = Math.sin(a * y) - Math.cos(b * x);
        out[1] = Math.sin(c * x) - Math.cos(d * y);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = b * Math.sin(b * x);
        j[1] = a * Math.cos(a * y);
        j[2] = c * Math.cos(c * x);
        j[3] = d * Math.sin(d * y);
    }
}
