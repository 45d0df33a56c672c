package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case P of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = a·y + z}, {@code dy/dt = −x + y²}, {@code dz/dt = x + y}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottP extends AbstractFlow {

    private final double a;

    /** SprottP with the catalog's default parameters and initial condition. */
    public SprottP() {
        this(SystemSpec.defaults("SprottP"));
    }

    private SprottP(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottP(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y + z;
        ds[1] = -x + y * y;
        ds[2] = x + y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = a;
        j[2] = 1;
        j[3] = -1;
        j[4] = 2 * y;
        j[5] = 0;
        j[6] = 1;
        j[7] = 1;
        j[8] = 0;
    }
}
