package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Coullet system, a variant of the Arneodo (ACT) attractor: the jerk equation
 * {@code dx/dt = y}, {@code dy/dt = z}, {@code dz/dt = −a·x − b·y − c·z + d·x³}, with its own
 * parameter values.
 *
 * <p>Arneodo, A., Coullet, P. &amp; Tresser, C. Occurrence of strange attractors in
 * three-dimensional Volterra equations. Physics Letters A 79, 259–263 (1980). Parameters:
 * {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class Coullet extends AbstractFlow {

    /** Arneodo's equations with this system's parameter values (dysts derives Coullet from Arneodo). */
    private final Arneodo equations;

    /** The Coullet system with the catalog's default parameters and initial condition. */
    public Coullet() {
        this(SystemSpec.defaults("Coullet"));
    }

    private Coullet(SystemSpec spec) {
        super(spec);
        equations = new Arneodo(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Coullet(spec);
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
