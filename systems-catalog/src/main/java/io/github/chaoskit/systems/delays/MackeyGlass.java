package io.github.chaoskit.systems.delays;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Mackey–Glass equation, a model of a physiological control circuit (blood-cell production)
 * with delayed feedback: {@code dx/dt = β·x_τ/(1 + x_τ^n) − γ·x}, where {@code x_τ = x(t − τ)}.
 *
 * <p>Glass, L. and Mackey, M. C. (1979). Pathological physiological conditions resulting from
 * instabilities in physiological control systems. Ann. NY. Acad. Sci. Parameters: {@code beta},
 * {@code gamma}, {@code n}, {@code tau} (the delay). Output rows are delay embeddings, and the
 * default history is constant at the first initial-condition number (see {@link DelayFlow}).
 */
public final class MackeyGlass extends AbstractDelayFlow {

    private final double beta;
    private final double gamma;
    private final double n;

    /** The Mackey–Glass equation with the catalog's default parameters and initial condition. */
    public MackeyGlass() {
        this(SystemSpec.defaults("MackeyGlass"), Settings.DEFAULT);
    }

    private MackeyGlass(SystemSpec spec, Settings settings) {
        super(spec, settings);
        beta = spec.param("beta");
        gamma = spec.param("gamma");
        n = spec.param("n");
    }

    @Override
    protected DelayFlow create(SystemSpec spec, Settings settings) {
        return new MackeyGlass(spec, settings);
    }

    @Override
    public void rhs(double t, double[] x, double[] xd, double[] dx) {
        double u = xd[0];
        dx[0] = beta * (u / (1 + Math.pow(u, n))) - gamma * x[0];
    }

    @Override
    public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
        double u = xd[0];
        double p = Math.pow(u, n);
        double q = 1 + p;
        // d/du [u/(1 + u^n)] = (1 + u^n − n·u^n)/(1 + u^n)²
        jx[0] = -gamma;
        jd[0] = beta * (1 + (1 - n) * p) / (q * q);
    }
}
