package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Barry Martin's hopalong map {@code x' = y − 1 − √|b x − 1 − c|·sgn(x − 1)}, {@code y' = a − x − 1}.
 *
 * <p>Attributed to Barry Martin. Parameters: {@code a}, {@code b}, {@code c}. {@code sgn(0) = 0};
 * the Jacobian is the derivative away from the kinks ({@code d sgn/du = 0}) and is unbounded where
 * {@code b x − 1 − c = 0}.
 */
public final class Hopalong extends AbstractMap {

    private final double a;
    private final double b;
    private final double c;

    /** The hopalong map with the catalog's default parameters (a = 3.1, b = 2.5, c = 4.2). */
    public Hopalong() {
        this(SystemSpec.defaults("Hopalong"));
    }

    private Hopalong(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Hopalong(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        out[0] = s[1] - 1 - Math.sqrt(Math.abs(b * x - 1 - c)) * Math.signum(x - 1);
        out[1] = a - x - 1;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double u = b * x - 1 - c;
        j[0] = -Math.signum(x - 1) * Math.signum(u) * b / (2 * Math.sqrt(Math.abs(u)));
        j[1] = 1;
        j[2] = -1;
        j[3] = 0;
    }
}
