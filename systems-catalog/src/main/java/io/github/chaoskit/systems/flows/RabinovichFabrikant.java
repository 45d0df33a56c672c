package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Rabinovich–Fabrikant model of stochastic self-modulation of waves in non-equilibrium
 * media: {@code dx/dt = y(z − 1 + x²) + g·x}, {@code dy/dt = x(3z + 1 − x²) + g·y},
 * {@code dz/dt = −2z(a + xy)}.
 *
 * <p>Rabinovich, Mikhail I.; Fabrikant, A. L. (1979). Stochastic Self-Modulation of Waves in
 * Nonequilibrium Media. Sov. Phys. JETP. Parameters: {@code a}, {@code g}.
 */
public final class RabinovichFabrikant extends AbstractFlow {

    private final double a;
    private final double g;

    /** The RabinovichFabrikant system with the catalog's default parameters and initial condition. */
    public RabinovichFabrikant() {
        this(SystemSpec.defaults("RabinovichFabrikant"));
    }

    private RabinovichFabrikant(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        g = spec.param("g");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new RabinovichFabrikant(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y * z - y + y * x * x + g * x;
        ds[1] = 3 * x * z + x - x * x * x + g * y;
        ds[2] = -2 * a * z - 2 * x * y * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 2 * x * y + g;
        j[1] = z - 1 + x * x;
        j[2] = y;
        j[3] = 3 * z + 1 - 3 * x * x;
        j[4] = g;
        j[5] = 3 * x;
        j[6] = -2 * y * z;
        j[7] = -2 * x * z;
        j[8] = -2 * a - 2 * x * y;
    }
}
