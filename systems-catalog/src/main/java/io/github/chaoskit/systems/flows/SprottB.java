package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case B of Sprott's nineteen algebraically simple chaotic flows (five terms, two quadratic nonlinearities):
 * {@code dx/dt = y·z}, {@code dy/dt = x − y}, {@code dz/dt = 1 − x·y}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottB extends AbstractFlow {

    /** SprottB with the catalog's default parameters and initial condition. */
    public SprottB() {
        this(SystemSpec.defaults("SprottB"));
    }

    private SprottB(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottB(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y * z;
        ds[1] = x - y;
        ds[2] = 1 - x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = z;
        j[2] = y;
        j[3] = 1;
        j[4] = -1;
        j[5] = 0;
        j[6] = -y;
        j[7] = -x;
        j[8] = 0;
    }
}
