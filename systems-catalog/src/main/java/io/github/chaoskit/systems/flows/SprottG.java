package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case G of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = a·x + z}, {@code dy/dt = x·z − y}, {@code dz/dt = −x + y}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottG extends AbstractFlow {

    private final double a;

    /** SprottG with the catalog's default parameters and initial condition. */
    public SprottG() {
        this(SystemSpec.defaults("SprottG"));
    }

    private SprottG(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottG(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * x + z;
        ds[1] = x * z - y;
        ds[2] = -x + y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[2];
        j[0] = a;
        j[1] = 0;
        j[2] = 1;
        j[3] = z;
        j[4] = -1;
        j[5] = x;
        j[6] = -1;
        j[7] = 1;
        j[8] = 0;
    }
}
