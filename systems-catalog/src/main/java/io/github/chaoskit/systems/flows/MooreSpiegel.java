package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Moore–Spiegel thermally excited oscillator, a jerk system:
 * {@code dx/dt = y}, {@code dy/dt = a·z}, {@code dz/dt = −z + ε·y − yx² − b·x}.
 *
 * <p>Moore, Spiegel. A Thermally Excited Nonlinear Oscillator, Ap. J., 143, 871 (1966).
 * Parameters: {@code a}, {@code b}, {@code eps}.
 */
public final class MooreSpiegel extends AbstractFlow {

    private final double a;
    private final double b;
    private final double eps;

    /** The MooreSpiegel system with the catalog's default parameters and initial condition. */
    public MooreSpiegel() {
        this(SystemSpec.defaults("MooreSpiegel"));
    }

    private MooreSpiegel(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        eps = spec.param("eps");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new MooreSpiegel(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = a * z;
        ds[2] = -z + eps * y - y * x * x - b * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 0;
        j[4] = 0;
        j[5] = a;
        j[6] = -2 * x * y - b;
        j[7] = eps - x * x;
        j[8] = -1;
    }
}
