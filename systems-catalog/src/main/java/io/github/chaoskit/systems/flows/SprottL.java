package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case L of Sprott's nineteen algebraically simple chaotic flows (six terms, one quadratic nonlinearity):
 * {@code dx/dt = y + b·z}, {@code dy/dt = a·x² − y}, {@code dz/dt = 1 − x}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. Parameters:
 * {@code a}, {@code b}.
 */
public final class SprottL extends AbstractFlow {

    private final double a;
    private final double b;

    /** SprottL with the catalog's default parameters and initial condition. */
    public SprottL() {
        this(SystemSpec.defaults("SprottL"));
    }

    private SprottL(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottL(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y + b * z;
        ds[1] = a * x * x - y;
        ds[2] = 1 - x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = 0;
        j[1] = 1;
        j[2] = b;
        j[3] = 2 * a * x;
        j[4] = -1;
        j[5] = 0;
        j[6] = -1;
        j[7] = 0;
        j[8] = 0;
    }
}
