package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case K of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = x·y − z}, {@code dy/dt = x − y}, {@code dz/dt = x + a·z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottK extends AbstractFlow {

    private final double a;

    /** SprottK with the catalog's default parameters and initial condition. */
    public SprottK() {
        this(SystemSpec.defaults("SprottK"));
    }

    private SprottK(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottK(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = x * y - z;
        ds[1] = x - y;
        ds[2] = x + a * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = y;
        j[1] = x;
        j[2] = -1;
        j[3] = 1;
        j[4] = -1;
        j[5] = 0;
        j[6] = 1;
        j[7] = 0;
        j[8] = a;
    }
}
