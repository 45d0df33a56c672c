package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Hénon map {@code x' = 1 − a x² + y}, {@code y' = b x}.
 *
 * <p>Hénon, M. (1976). A two-dimensional mapping with a strange attractor. Communications in
 * Mathematical Physics 50, 69–77. Parameters: {@code a}, {@code b}. The inverse is
 * {@code x = y'/b}, {@code y = x' − 1 + a x²} (dysts codes it with a sign error and cannot
 * call it; here it is correct and callable).
 */
public final class Henon extends AbstractMap {

    private final double a;
    private final double b;

    /** The Hénon map with the catalog's default parameters (a = 1.4, b = 0.3). */
    public Henon() {
        this(SystemSpec.defaults("Henon"));
    }

    private Henon(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Henon(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        out[0] = 1 - a * x * x + s[1];
        out[1] = b * x;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = -2 * a * s[0];
        j[1] = 1;
        j[2] = b;
        j[3] = 0;
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    @Override
    public void previous(double[] s, double[] out) {
        double x = s[1] / b;
        out[0] = x;
        out[1] = s[0] - 1 + a * x * x;
    }
}
