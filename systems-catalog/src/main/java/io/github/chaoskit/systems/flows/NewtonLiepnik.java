package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Newton–Leipnik system: Euler's rigid-body equations with linear feedback control, which
 * has two coexisting strange attractors: {@code dx/dt = −a·x + y + 10yz},
 * {@code dy/dt = −x − 0.4y + 5xz}, {@code dz/dt = b·z − 5xy}.
 *
 * <p>Leipnik, R. B., and T. A. Newton (1981). Double strange attractors in rigid body motion with
 * linear feedback control. Physics Letters A 86.2 (1981): 63-67. Parameters: {@code a},
 * {@code b}; the coefficients 10, 0.4 and 5 are fixed constants of the model (as in dysts).
 */
public final class NewtonLiepnik extends AbstractFlow {

    /** Coefficient of yz in dx/dt. */
    private static final double C_YZ = 10.0;
    /** Damping of y in dy/dt. */
    private static final double C_Y = 0.4;
    /** Coefficient of xz in dy/dt. */
    private static final double C_XZ = 5.0;
    /** Coefficient of xy in dz/dt. */
    private static final double C_XY = 5.0;

    private final double a;
    private final double b;

    /** The NewtonLiepnik system with the catalog's default parameters and initial condition. */
    public NewtonLiepnik() {
        this(SystemSpec.defaults("NewtonLiepnik"));
    }

    private NewtonLiepnik(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new NewtonLiepnik(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -a * x + y + C_YZ * y * z;
        ds[1] = -x - C_Y * y + C_XZ * x * z;
        ds[2] = b * z - C_XY * x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = 1 + C_YZ * z;
        j[2] = C_YZ * y;
        j[3] = -1 + C_XZ * z;
        j[4] = -C_Y;
        j[5] = C_XZ * x;
        j[6] = -C_XY * y;
        j[7] = -C_XY * x;
        j[8] = b;
    }
}
