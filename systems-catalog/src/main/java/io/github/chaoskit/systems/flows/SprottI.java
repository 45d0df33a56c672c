package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case I of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = −a·y}, {@code dy/dt = x + z}, {@code dz/dt = x + y² − z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottI extends AbstractFlow {

    private final double a;

    /** SprottI with the catalog's default parameters and initial condition. */
    public SprottI() {
        this(SystemSpec.defaults("SprottI"));
    }

    private SprottI(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottI(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -a * y;
        ds[1] = x + z;
        ds[2] = x + y * y - z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = -a;
        j[2] = 0;
        j[3] = 1;
        j[4] = 0;
        j[5] = 1;
        j[6] = 1;
        j[7] = 2 * y;
        j[8] = -1;
    }
}
