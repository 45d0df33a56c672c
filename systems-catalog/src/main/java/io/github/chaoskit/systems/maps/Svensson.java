package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Johnny Svensson's map {@code x' = d sin(a x) − sin(b y)}, {@code y' = c cos(a x) + cos(b y)}.
 *
 * <p>Attributed to Ivan Emrich. Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class Svensson extends AbstractMap {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The Svensson map with the catalog's default parameters (a = 1.5, b = −1.8, c = 1.6, d = 0.9). */
    public Svensson() {
        this(SystemSpec.defaults("Svensson"));
    }

    private Svensson(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Svensson(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = d * Math.sin(a * x) - Math.sin(b * y);
        out[1] = c * Math.cos(a * x) + Math.cos(b * y);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = a * d * Math.cos(a * x);
        j[1] = -b * Math.cos(b * y);
        j[2] = -a * c * Math.sin(a * x);
        j[3] = -b * Math.sin(b * y);
    }
}
