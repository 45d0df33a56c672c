package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case J of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = 2·z}, {@code dy/dt = −2·y + z}, {@code dz/dt = −x + y + y²}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottJ extends AbstractFlow {

    /** SprottJ with the catalog's default parameters and initial condition. */
    public SprottJ() {
        this(SystemSpec.defaults("SprottJ"));
    }

    private SprottJ(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottJ(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = 2 * z;
        ds[1] = -2 * y + z;
        ds[2] = -x + y + y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = 0;
        j[2] = 2;
        j[3] = 0;
        j[4] = -2;
        j[5] = 1;
        j[6] = -1;
        j[7] = 1 + 2 * y;
        j[8] = 0;
    }
}
