package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Bedhead map {@code x' = sin(x y / b)·y + cos(a x − y)}, {@code y' = x + sin(y)/b}.
 *
 * <p>Attributed to Ivan Emrich. Parameters: {@code a}, {@code b}.
 */
public final class Bedhead extends AbstractMap {

    private final double a;
    private final double b;

    /** The Bedhead map with the catalog's default parameters (a = −0.67, b = 0.83). */
    public Bedhead() {
        this(SystemSpec.defaults("Bedhead"));
    }

    private Bedhead(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Bedhead(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = Math.sin(x * y / b) * y + Math.cos(a * x - y);
        out[1] = x + Math.sin(y) / b;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double arg = x * y / b;
        double c = Math.cos(arg);
        double sinLin = Math.sin(a * x - y);
        j[0] = c * y * y / b - a * sinLin;
        j[1] = c * x * y / b + Math.sin(arg) + sinLin;
        j[2] = 1;
        j[3] = Math.cos(y) / b;
    }
}
