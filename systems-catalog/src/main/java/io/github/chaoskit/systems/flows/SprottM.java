package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case M of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = −z}, {@code dy/dt = −x² − y}, {@code dz/dt = a + a·x + y}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}.
 */
public final class SprottM extends AbstractFlow {

    private final double a;

    /** SprottM with the catalog's default parameters and initial condition. */
    public SprottM() {
        this(SystemSpec.defaults("SprottM"));
    }

    private SprottM(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottM(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -z;
        ds[1] = -x * x - y;
        ds[2] = a + a * x + y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = 0;
        j[1] = 0;
        j[2] = -1;
        j[3] = -2 * x;
        j[4] = -1;
        j[5] = 0;
        j[6] = a;
        j[7] = 1;
        j[8] = 0;
    }
}
