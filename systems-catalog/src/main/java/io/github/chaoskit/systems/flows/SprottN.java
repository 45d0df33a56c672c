package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case N of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = −2·y}, {@code dy/dt = x + z²}, {@code dz/dt = 1 + y − 2·z}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottN extends AbstractFlow {

    /** SprottN with the catalog's default parameters and initial condition. */
    public SprottN() {
        this(SystemSpec.defaults("SprottN"));
    }

    private SprottN(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottN(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -2 * y;
        ds[1] = x + z * z;
        ds[2] = 1 + y - 2 * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double z = s[2];
        j[0] = 0;
        j[1] = -2;
        j[2] = 0;
        j[3] = 1;
        j[4] = 0;
        j[5] = 2 * z;
        j[6] = 0;
        j[7] = 1;
        j[8] = -2;
    }
}
