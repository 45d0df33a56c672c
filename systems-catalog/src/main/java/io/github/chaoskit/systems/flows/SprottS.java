package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case S of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = −x − 4·y}, {@code dy/dt = x + z²}, {@code dz/dt = 1 + x}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottS extends AbstractFlow {

    /** SprottS with the catalog's default parameters and initial condition. */
    public SprottS() {
        this(SystemSpec.defaults("SprottS"));
    }

    private SprottS(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottS(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -x - 4 * y;
        ds[1] = x + z * z;
        ds[2] = 1 + x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double z = s[2];
        j[0] = -1;
        j[1] = -4;
        j[2] = 0;
        j[3] = 1;
        j[4] = 0;
        j[5] = 2 * z;
        j[6] = 1;
        j[7] = 0;
        j[8] = 0;
    }
}
