package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case O of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = y}, {@code dy/dt = x − z}, {@code dz/dt = x + x·z + a·y}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottO extends AbstractFlow {

    private final double a;

    /** SprottO with the catalog's default parameters and initial condition. */
    public SprottO() {
        this(SystemSpec.defaults("SprottO"));
    }

    private SprottO(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottO(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = x - z;
        ds[2] = x + x * z + a * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[2];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 1;
        j[4] = 0;
        j[5] = -1;
        j[6] = 1 + z;
        j[7] = a;
        j[8] = x;
    }
}
