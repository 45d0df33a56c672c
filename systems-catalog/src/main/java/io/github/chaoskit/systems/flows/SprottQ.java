package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case Q of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = −z}, {@code dy/dt = x − y}, {@code dz/dt = a·x + y² + b·z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}, {@code b}.
 */
public final class SprottQ extends AbstractFlow {

    private final double a;
    private final double b;

    /** SprottQ with the catalog's default parameters and initial condition. */
    public SprottQ() {
        this(SystemSpec.defaults("SprottQ"));
    }

    private SprottQ(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottQ(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -z;
        ds[1] = x - y;
        ds[2] = a * x + y * y + b * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = 0;
        j[2] = -1;
        j[3] = 1;
        j[4] = -1;
        j[5] = 0;
        j[6] = a;
        j[7] = 2 * y;
        j[8] = b;
    }
}
