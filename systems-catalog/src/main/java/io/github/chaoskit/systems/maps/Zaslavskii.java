package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Zaslavskii map {@code x' = mod(x + ν(1 + μ y) + ε ν μ cos(2πx), 0.99999995)},
 * {@code y' = e^{−r}(y + ε cos(2πx))} with {@code μ = (1 − e^{−r})/r}; its Jacobian determinant
 * is the constant {@code e^{−r}}.
 *
 * <p>Zaslavskii, G. M. (1978). The simplest case of a strange attractor. Physics Letters A 69(3).
 * Parameters: {@code eps} (ε), {@code nu} (ν), {@code r}. dysts has this map only as commented-out
 * code; the equations follow that code, which matches the paper except that the modulus is
 * 0.99999995 instead of 1 (floored modulo, as Python's {@code %}).
 */
public final class Zaslavskii extends AbstractMap {

    /** Modulus of the x coordinate, hard-coded in the dysts code. */
    private static final double MODULUS = 0.99999995;
    private static final double TWO_PI = 2 * Math.PI;

    private final double eps;
    private final double nu;
    private final double r;

    /** The Zaslavskii map with the catalog's default parameters (ε = 5, ν = 0.2, r = 2). */
    public Zaslavskii() {
        this(SystemSpec.defaults("Zaslavskii"));
    }

    private Zaslavskii(SystemSpec spec) {
        super(spec);
        eps = spec.param("eps");
        nu = spec.param("nu");
        r = spec.param("r");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Zaslavskii(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        double decay = Math.exp(-r);
        double mu = (1 - decay) / r;
        double c = Math.cos(TWO_PI * x);
        double u = x + nu * (1 + mu * y) + eps * nu * mu * c;
        out[0] = u - MODULUS * Math.floor(u / MODULUS);
        out[1] = decay * (y + eps * c);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double decay = Math.exp(-r);
        double mu = (1 - decay) / r;
        double sn = Math.sin(TWO_PI * x);
        j[0] = 1 - TWO_PI * eps * nu * mu * sn;
        j[1] = nu * mu;
        j[2] = -TWO_PI * eps * decay * sn;
        j[3] = decay;
    }
}
