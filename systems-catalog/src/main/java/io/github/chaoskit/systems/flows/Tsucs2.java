package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The three-scroll unified chaotic system TSUCS-2, the DequanLi equations with other parameters:
 * {@code dx/dt = a (y − x) + d x z}, {@code dy/dt = k x + f y − x z},
 * {@code dz/dt = c z + x y − ε x²}.
 *
 * <p>Pan, Zhou, Li (2013). Synchronization of Three-Scroll Unified Chaotic System (TSUCS) and its
 * hyper-chaotic system using active pinning control. Parameters: {@code a, c, d, eps} (ε),
 * {@code f, k}.
 */
public final class Tsucs2 extends AbstractFlow {

    /** DequanLi's equations with this system's parameter values (dysts derives Tsucs2 from DequanLi). */
    private final DequanLi equations;

    /** The Tsucs2 system with the catalog's default parameters and initial condition. */
    public Tsucs2() {
        this(SystemSpec.defaults("Tsucs2"));
    }

    private Tsucs2(SystemSpec spec) {
        super(spec);
        equations = new DequanLi(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Tsucs2(spec);
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
