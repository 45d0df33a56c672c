package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Duffing (Holmes) map {@code x' = y}, {@code y' = −b x + a y − y³}, a discretised Duffing
 * oscillator with constant Jacobian determinant {@code b}.
 *
 * <p>The catalog name is {@code DuffingMap} (dysts calls it {@code Duffing}, a name that also
 * denotes the Duffing flow); no citation is given. Parameters: {@code a}, {@code b}.
 */
public final class DuffingMap extends AbstractMap {

    private final double a;
    private final double b;

    /** The Duffing map with the catalog's default parameters (a = 2.75, b = 0.2). */
    public DuffingMap() {
        this(SystemSpec.defaults("DuffingMap"));
    }

    private DuffingMap(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new DuffingMap(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = y;
        out[1] = -b * x + a * y - y * y * y;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = 1;
        j[2] = -b;
        j[3] = a - 3 * y * y;
    }
}
