package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Tinkerbell map {@code x' = x² − y² + a x + b y}, {@code y' = 2 x y + c x + d y}.
 *
 * <p>The catalog gives no citation. Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class Tinkerbell extends AbstractMap {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The Tinkerbell map with the catalog's default parameters (a = 0.9, b = −0.6013, c = 2, d = 0.5). */
    public Tinkerbell() {
        this(SystemSpec.defaults("Tinkerbell"));
    }

    private Tinkerbell(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Tinkerbell(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = x * x - y * y + a * x + b * y;
        out[1] = 2 * x * y + c * x + d * y;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = 2 * x + a;
        j[1] = -2 * y + b;
        j[2] = 2 * y + c;
        j[3] = 2 * x + d;
    }
}
