package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case H of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = −y + z²}, {@code dy/dt = x + a·y}, {@code dz/dt = x − z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottH extends AbstractFlow {

    private final double a;

    /** SprottH with the catalog's default parameters and initial condition. */
    public SprottH() {
        this(SystemSpec.defaults("SprottH"));
    }

    private SprottH(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottH(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -y + z * z;
        ds[1] = x + a * y;
        ds[2] = x - z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double z = s[2];
        j[0] = 0;
        j[1] = -1;
        j[2] = 2 * z;
        j[3] = 1;
        j[4] = a;
        j[5] = 0;
        j[6] = 1;
        j[7] = 0;
        j[8] = -1;
    }
}
