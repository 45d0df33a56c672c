package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Vallis's conceptual model of El Niño: a Lorenz-like system for the ocean current x and the
 * east–west temperatures y, z,
 * {@code dx/dt = b y − c x − c p}, {@code dy/dt = −y + x z}, {@code dz/dt = −z − x y + 1}.
 *
 * <p>Vallis, G. K. (1988). Conceptual models of El Niño and the southern oscillation. J.
 * Geophysical Research. Parameters: {@code b, c, p}.
 */
public final class VallisElNino extends AbstractFlow {

    private final double b;
    private final double c;
    private final double p;

    /** The VallisElNino system with the catalog's default parameters and initial condition. */
    public VallisElNino() {
        this(SystemSpec.defaults("VallisElNino"));
    }

    private VallisElNino(SystemSpec spec) {
        super(spec);
        b = spec.param("b");
        c = spec.param("c");
        p = spec.param("p");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new VallisElNino(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = b * y - c * x - c * p;
        ds[1] = -y + x * z;
        ds[2] = -z - x * y + 1;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -c;
        j[1] = b;
        j[2] = 0;
        j[3] = z;
        j[4] = -1;
        j[5] = x;
        j[6] = -y;
        j[7] = -x;
        j[8] = -1;
    }
}
