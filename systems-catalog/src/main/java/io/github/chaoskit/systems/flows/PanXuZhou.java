package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Pan–Xu–Zhou attractor, which dysts codes with the equations of the DequanLi system:
 * {@code dx/dt = a(y − x) + d·xz}, {@code dy/dt = k·x + f·y − xz},
 * {@code dz/dt = c·z + xy − ε·x²} (with the default d = f = ε = 0 a Lorenz-like system).
 *
 * <p>Zhou, Wuneng, et al. On dynamics analysis of a new chaotic attractor. Physics Letters A
 * 372.36 (2008): 5773-5777. Parameters: {@code a}, {@code c}, {@code d}, {@code eps}, {@code f},
 * {@code k}.
 */
public final class PanXuZhou extends AbstractFlow {

    /** DequanLi's equations with this system's parameter values (dysts derives PanXuZhou from DequanLi). */
    private final DequanLi equations;

    /** The PanXuZhou system with the catalog's default parameters and initial condition. */
    public PanXuZhou() {
        this(SystemSpec.defaults("PanXuZhou"));
    }

    private PanXuZhou(SystemSpec spec) {
        super(spec);
        equations = new DequanLi(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new PanXuZhou(spec);
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
