package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Gumowski–Mira map {@code x' = b y + F(x)}, {@code y' = F(x') − x} with
 * {@code F(u) = a u + 2(1 − a) u²/(1 + u²)} (the new {@code x'} enters {@code y'}).
 *
 * <p>Gumowski, I. and Mira, C. (2006). Recurrences and discrete dynamic systems, vol. 809.
 * Springer. Parameters: {@code a}, {@code b}.
 */
public final class GumowskiMira extends AbstractMap {

    private final double a;
    private final double b;

    /** The Gumowski–Mira map with the catalog's default parameters (a = −1.1, b = −0.2). */
    public GumowskiMira() {
        this(SystemSpec.defaults("GumowskiMira"));
    }

    private GumowskiMira(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new GumowskiMira(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double xn = b * s[1] + f(x);
        out[0] = xn;
        out[1] = f(xn) - x;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double xn = b * s[1] + f(x);
        double fx = df(x);
        double fxn = df(xn);
        j[0] = fx;
        j[1] = b;
        j[2] = fxn * fx - 1;
        j[3] = fxn * b;
    }

    private double f(double u) {
        double u2 = u * u;
        return a * u + 2 * (1 - a) * u2 / (1 + u2);
    }

    private double df(double u) {
        double w = 1 + u * u;
        return a + 4 * (1 - a) * u / (w * w);
    }
}
