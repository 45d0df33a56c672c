package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The tent map {@code x' = μ (1 − 2|x − 1/2|)}.
 *
 * <p>The catalog gives no citation. Parameter: {@code mu} (μ). The Jacobian is
 * {@code −2μ sgn(x − 1/2)} away from the kink.
 */
public final class Tent extends AbstractMap {

    private final double mu;

    /** The tent map with the catalog's default parameter (μ = 0.95). */
    public Tent() {
        this(SystemSpec.defaults("Tent"));
    }

    private Tent(SystemSpec spec) {
        super(spec);
        mu = spec.param("mu");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Tent(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        out[0] = mu * (1 - 2 * Math.abs(s[0] - 0.5));
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = -2 * mu * Math.signum(s[0] - 0.5);
    }
}
