package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Bogdanov map {@code y' = (1 + ε) y + k x (x − 1) + μ x y}, {@code x' = x + y'} (the new
 * {@code y'} enters {@code x'}).
 *
 * <p>Bogdanov, R. (1981). Bifurcations of a limit cycle for a family of vector fields on the
 * plane. Selecta Mathematica Sovietica. Parameters: {@code eps} (ε), {@code k}, {@code mu} (μ).
 */
public final class Bogdanov extends AbstractMap {

    private final double eps;
    private final double k;
    private final double mu;

    /** The Bogdanov map with the catalog's default parameters (ε = 0, k = 1.2, μ = 0). */
    public Bogdanov() {
        this(SystemSpec.defaults("Bogdanov"));
    }

    private Bogdanov(SystemSpec spec) {
        super(spec);
        eps = spec.param("eps");
        k = spec.param("k");
        mu = spec.param("mu");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Bogdanov(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        double yn = (1 + eps) * y + k * x * (x - 1) + mu * x * y;
        out[0] = x + yn;
        out[1] = yn;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double dyx = k * (2 * x - 1) + mu * y;
        double dyy = 1 + eps + mu * x;
        j[0] = 1 + dyx;
        j[1] = dyy;
        j[2] = dyx;
        j[3] = dyy;
    }
}
