package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case C of Sprott's nineteen algebraically simple chaotic flows (five terms, two quadratic nonlinearities):
 * {@code dx/dt = y·z}, {@code dy/dt = x − y}, {@code dz/dt = 1 − x²}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottC extends AbstractFlow {

    /** SprottC with the catalog's default parameters and initial condition. */
    public SprottC() {
        this(SystemSpec.defaults("SprottC"));
    }

    private SprottC(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottC(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y * z;
        ds[1] = x - y;
        ds[2] = 1 - x * x;
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
        j[6] = -2 * x;
        j[7] = 0;
        j[8] = 0;
    }
}
