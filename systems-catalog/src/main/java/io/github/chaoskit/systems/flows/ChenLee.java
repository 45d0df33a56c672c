package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Chen–Lee system, Euler's equations of a rigid body with feedback anti-control:
 * {@code dx/dt = a·x − y·z}, {@code dy/dt = b·y + x·z}, {@code dz/dt = c·z + x·y/3}.
 *
 * <p>Chen HK, Lee CI (2004). Anti-control of chaos in rigid body motion. Chaos, Solitons &amp;
 * Fractals. Parameters: {@code a}, {@code b}, {@code c}. The factor 1/3 is hard-coded as in dysts.
 */
public final class ChenLee extends AbstractFlow {

    /** Coefficient of x·y in dz/dt (hard-coded in dysts). */
    private static final double ONE_THIRD = 1.0 / 3.0;

    private final double a;
    private final double b;
    private final double c;

    /** The Chen–Lee system with the catalog's default parameters and initial condition. */
    public ChenLee() {
        this(SystemSpec.defaults("ChenLee"));
    }

    private ChenLee(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ChenLee(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * x - y * z;
        ds[1] = b * y + x * z;
        ds[2] = c * z + ONE_THIRD * x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = a;
        j[1] = -z;
        j[2] = -y;
        j[3] = z;
        j[4] = b;
        j[5] = x;
        j[6] = ONE_THIRD * y;
        j[7] = ONE_THIRD * x;
        j[8] = c;
    }
}
