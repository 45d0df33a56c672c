package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A model of the Hadley circulation, an atmospheric convective cell (the same vector field as
 * Lorenz-84, with other parameter values): {@code dx/dt = −y² − z² − ax + af},
 * {@code dy/dt = xy − bxz − y + g}, {@code dz/dt = bxy + xz − z}.
 *
 * <p>G. Hadley (1735). On the cause of the general trade winds. Philosophical Transactions of the
 * Royal Society, vol. 34, pp. 58--62. Parameters: {@code a}, {@code b}, {@code f}, {@code g}.
 */
public final class Hadley extends AbstractFlow {

    private final double a;
    private final double b;
    private final double f;
    private final double g;

    /** The Hadley circulation model with the catalog's default parameters and initial condition. */
    public Hadley() {
        this(SystemSpec.defaults("Hadley"));
    }

    private Hadley(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        f = spec.param("f");
        g = spec.param("g");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Hadley(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -y * y - z * z - a * x + a * f;
        ds[1] = x * y - b * x * z - y + g;
        ds[2] = b * x * y + x * z - z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = -2 * y;
        j[2] = -2 * z;
        j[3] = y - b * z;
        j[4] = x - 1;
        j[5] = -b * x;
        j[6] = b * y + z;
        j[7] = b * x;
        j[8] = x - 1;
    }
}
