package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Thomas's cyclically symmetric "labyrinth" flow at weak damping, where orbits wander through a
 * lattice of cells like a random walk yet stay bounded for {@code a < 1}:
 * {@code dx/dt = −a x + b sin y}, {@code dy/dt = −a y + b sin z}, {@code dz/dt = −a z + b sin x}.
 * Same equations as {@code Thomas}; only the parameter values differ.
 *
 * <p>Thomas, R. (1999). Deterministic chaos seen in terms of feedback circuits: analysis,
 * synthesis, labyrinth chaos. Int. J. Bifurcation and Chaos. Parameters: {@code a, b}.
 */
public final class ThomasLabyrinth extends AbstractFlow {

    /** Thomas's equations with this system's parameter values (dysts derives ThomasLabyrinth from Thomas). */
    private final Thomas equations;

    /** The ThomasLabyrinth system with the catalog's default parameters and initial condition. */
    public ThomasLabyrinth() {
        this(SystemSpec.defaults("ThomasLabyrinth"));
    }

    private ThomasLabyrinth(SystemSpec spec) {
        super(spec);
        equations = new Thomas(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ThomasLabyrinth(spec);
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
