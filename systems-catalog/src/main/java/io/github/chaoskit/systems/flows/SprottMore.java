package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A parameter-free flow with a nearly three-dimensional multifractal attractor: an oscillator
 * whose damping switches sign with z, {@code dx/dt = y}, {@code dy/dt = −x − sgn(z) y},
 * {@code dz/dt = y² − exp(−x²)}.
 *
 * <p>Sprott, J. C. (2020). Do We Need More Chaos Examples? Chaos Theory and Applications 2(2),
 * 1–3. The RHS is discontinuous on {@code z = 0} ({@code sgn(0) = 0}); the Jacobian uses
 * {@code d sgn(z)/dz = 0} away from it (dysts has no Jacobian for this system).
 */
public final class SprottMore extends AbstractFlow {

    /** The SprottMore system with the catalog's default parameters and initial condition. */
    public SprottMore() {
        this(SystemSpec.defaults("SprottMore"));
    }

    private SprottMore(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottMore(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = -x - Math.signum(z) * y;
        ds[2] = y * y - Math.exp(-(x * x));
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = -1;
        j[4] = -Math.signum(z);
        j[5] = 0;
        j[6] = 2 * x * Math.exp(-(x * x));
        j[7] = 2 * y;
        j[8] = 0;
    }
}
