package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case R of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = a − y}, {@code dy/dt = b + z}, {@code dz/dt = x·y − z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}, {@code b}.
 */
public final class SprottR extends AbstractFlow {

    private final double a;
    private final double b;

    /** SprottR with the catalog's default parameters and initial condition. */
    public SprottR() {
        this(SystemSpec.defaults("SprottR"));
    }

    private SprottR(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottR(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a - y;
        ds[1] = b + z;
        ds[2] = x * y - z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = 0;
        j[1] = -1;
        j[2] = 0;
        j[3] = 0;
        j[4] = 0;
        j[5] = 1;
        j[6] = y;
        j[7] = x;
        j[8] = -1;
    }
}
