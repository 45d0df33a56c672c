package io.github.chaoskit.systems.delays;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Sprott's algebraically simple chaotic delay equation, coded in dysts as the Ikeda equation
 * with other parameters: {@code dx/dt = μ·sin(x_τ − x0) − c·x}, {@code x_τ = x(t − τ)}; with the
 * default c = 0, μ = 1, x0 = 0 it is {@code dx/dt = sin(x(t − τ))}.
 *
 * <p>Sprott, J. C (2007). A simple chaotic delay differential equation. Physics Letters A
 * 366.4-5: 397-402. Parameters: {@code c}, {@code mu}, {@code tau} (the delay), {@code x0}.
 * Output rows are delay embeddings, and the default history is constant at the first
 * initial-condition number (see {@link DelayFlow}).
 */
public final class SprottDelay extends AbstractDelayFlow {

    /** IkedaDelay's equations with this system's parameter values. */
    private final IkedaDelay equations;

    /** Sprott's delay equation with the catalog's default parameters and initial condition. */
    public SprottDelay() {
        this(SystemSpec.defaults("SprottDelay"), Settings.DEFAULT);
    }

    private SprottDelay(SystemSpec spec, Settings settings) {
        super(spec, settings);
        equations = new IkedaDelay(spec, settings);
    }

    @Override
    protected DelayFlow create(SystemSpec spec, Settings settings) {
        return new SprottDelay(spec, settings);
    }

    @Override
    public void rhs(double t, double[] x, double[] xd, double[] dx) {
        equations.rhs(t, x, xd, dx);
    }

    @Override
    public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
        equations.jacobian(t, x, xd, jx, jd);
    }
}
