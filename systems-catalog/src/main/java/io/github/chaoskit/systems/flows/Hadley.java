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

    /** Lorenz84's equations with this system's parameter values (dysts derives Hadley from Lorenz84). */
    private final Lorenz84 equations;

    /** The Hadley system with the catalog's default parameters and initial condition. */
    public Hadley() {
        this(SystemSpec.defaults("Hadley"));
    }

    private Hadley(SystemSpec spec) {
        super(spec);
        equations = new Lorenz84(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Hadley(spec);
    }

    @Override
    public void rhs(double t, double[] x, double[] dxdt) {
        equations.rhs(t, x, dxdt);
    }

    @Override
    public void jacobian(double t, double[] x, double[] jac) {
        equations.jacobian(t, x, jac);
    }
}
