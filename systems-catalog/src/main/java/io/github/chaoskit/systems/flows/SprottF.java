package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case F of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = y + z}, {@code dy/dt = −x + a·y}, {@code dz/dt = x² − z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottF extends AbstractFlow {

    private final double a;

    /** SprottF with the catalog's default parameters and initial condition. */
    public SprottF() {
        this(SystemSpec.defaults("SprottF"));
    }

    private SprottF(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottF(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y + z;
        ds[1] = -x + a * y;
        ds[2] = x * x - z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = 0;
        j[1] = 1;
        j[2] = 1;
        j[3] = -1;
        j[4] = a;
        j[5] = 0;
        j[6] = 2 * x;
        j[7] = 0;
        j[8] = -1;
    }
}
