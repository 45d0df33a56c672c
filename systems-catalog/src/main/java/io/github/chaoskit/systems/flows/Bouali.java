package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Bouali's model of economic cycles with fluctuating demand, an extended van der Pol
 * oscillator with a feedback loop:
 * {@code dx/dt = a·y0·x − a·x·y − b·z}, {@code dy/dt = −g·y + g·y·x²},
 * {@code dz/dt = −1.5·m·x + m·bb·x·z − c·z}.
 *
 * <p>Bouali (1999). Feedback loop in extended van der Pol's equation applied to an economic
 * model of cycles. International Journal of Bifurcation and Chaos 9(4). Parameters: {@code a},
 * {@code b}, {@code bb}, {@code c}, {@code g}, {@code m}, {@code y0} ({@code y0} and {@code bb}
 * are parameters, not an initial value or a product). Same equations as {@link Bouali2} with
 * different parameters; the coefficient 1.5 is hard-coded as in dysts.
 */
public final class Bouali extends AbstractFlow {

    /** Bouali2's equations with this system's parameter values (dysts derives Bouali from Bouali2). */
    private final Bouali2 equations;

    /** The Bouali system with the catalog's default parameters and initial condition. */
    public Bouali() {
        this(SystemSpec.defaults("Bouali"));
    }

    private Bouali(SystemSpec spec) {
        super(spec);
        equations = new Bouali2(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Bouali(spec);
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
