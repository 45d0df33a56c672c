package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case D of Sprott's nineteen algebraically simple chaotic flows (five terms, two quadratic nonlinearities):
 * {@code dx/dt = −y}, {@code dy/dt = x + z}, {@code dz/dt = x·z + 3·y²}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottD extends AbstractFlow {

    /** SprottD with the catalog's default parameters and initial condition. */
    public SprottD() {
        this(SystemSpec.defaults("SprottD"));
    }

    private SprottD(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottD(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -y;
        ds[1] = x + z;
        ds[2] = x * z + 3 * y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = -1;
        j[2] = 0;
        j[3] = 1;
        j[4] = 0;
        j[5] = 1;
        j[6] = z;
        j[7] = 6 * y;
        j[8] = x;
    }
}
