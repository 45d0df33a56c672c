package io.github.chaoskit.systems.delays;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Ikeda delay equation, a passive optical resonator with delayed feedback:
 * {@code dx/dt = μ·sin(x_τ − x0) − c·x}, where {@code x_τ = x(t − τ)} and {@code x0} is a phase
 * offset parameter (not the initial condition).
 *
 * <p>K. Ikeda and K. Matsumoto (1987). High-dimensional chaotic behavior in systems with
 * time-delayed feedback, Physica D, 29 (1-2), 223-235. Parameters: {@code c}, {@code mu},
 * {@code tau} (the delay), {@code x0}. Output rows are delay embeddings, and the default history
 * is constant at the first initial-condition number (see {@link DelayFlow}).
 */
public final class IkedaDelay extends AbstractDelayFlow {

    private final double c;
    private final double mu;
    private final double x0;

    /** The Ikeda delay equation with the catalog's default parameters and initial condition. */
    public IkedaDelay() {
        this(SystemSpec.defaults("IkedaDelay"), Settings.DEFAULT);
    }

    /** Package-private: SprottDelay shares these equations (dysts derives it from IkedaDelay). */
    IkedaDelay(SystemSpec spec, Settings settings) {
        super(spec, settings);
        c = spec.param("c");
        mu = spec.param("mu");
        x0 = spec.param("x0");
    }

    @Override
    protected DelayFlow create(SystemSpec spec, Settings settings) {
        return new IkedaDelay(spec, settings);
    }

    @Override
    public void rhs(double t, double[] x, double[] xd, double[] dx) {
        dx[0] = mu * Math.sin(xd[0] - x0) - c * x[0];
    }

    @Override
    public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
        jx[0] = -c;
        jd[0] = mu * Math.cos(xd[0] - x0);
    }
}
