package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Rucklidge's model of two-dimensional double-diffusive convection with lateral constraints:
 * {@code dx/dt = −a·x + b·y − yz}, {@code dy/dt = x}, {@code dz/dt = −z + y²}.
 *
 * <p>Rucklidge, A.M. (1992). Chaos in models of double convection. Journal of Fluid Mechanics.
 * Parameters: {@code a}, {@code b}.
 */
public final class Rucklidge extends AbstractFlow {

    private final double a;
    private final double b;

    /** The Rucklidge system with the catalog's default parameters and initial condition. */
    public Rucklidge() {
        this(SystemSpec.defaults("Rucklidge"));
    }

    private Rucklidge(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Rucklidge(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -a * x + b * y - y * z;
        ds[1] = x;
        ds[2] = -z + y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = b - z;
        j[2] = -y;
        j[3] = 1;
        j[4] = 0;
        j[5] = 0;
        j[6] = 0;
        j[7] = 2 * y;
        j[8] = -1;
    }
}
