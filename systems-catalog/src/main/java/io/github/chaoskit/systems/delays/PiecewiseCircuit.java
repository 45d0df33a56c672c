package io.github.chaoskit.systems.delays;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A delay circuit with cubic feedback: {@code dx/dt = −α·x_τ + β·f(x_τ)},
 * {@code f(u) = −(u/c)³ + 3·u/c}, {@code x_τ = x(t − τ)}. Despite the name, f is a smooth cubic.
 *
 * <p>As in dysts, the linear decay term uses the delayed value {@code x_τ} rather than
 * {@code x(t)}, so the right-hand side does not depend on the current state (kept for fidelity).
 *
 * <p>A. Tamasevicius, G. Mykolaitis, S. Bumeliene, Electron. Lett. 42, 13 (2006). Parameters:
 * {@code alpha}, {@code beta}, {@code c}, {@code tau} (the delay). Output rows are delay
 * embeddings, and the default history is constant at the first initial-condition number (see
 * {@link DelayFlow}).
 */
public final class PiecewiseCircuit extends AbstractDelayFlow {

    private final double alpha;
    private final double beta;
    private final double c;

    /** The circuit equation with the catalog's default parameters and initial condition. */
    public PiecewiseCircuit() {
        this(SystemSpec.defaults("PiecewiseCircuit"), Settings.DEFAULT);
    }

    private PiecewiseCircuit(SystemSpec spec, Settings settings) {
        super(spec, settings);
        alpha = spec.param("alpha");
        beta = spec.param("beta");
        c = spec.param("c");
    }

    @Override
    protected DelayFlow create(SystemSpec spec, Settings settings) {
        return new PiecewiseCircuit(spec, settings);
    }

    @Override
    public void rhs(double t, double[] x, double[] xd, double[] dx) {
        double u = xd[0];
        double r = u / c;
        double f = -(r * r * r) + 3 * r;
        dx[0] = -alpha * u + beta * f;
    }

    @Override
    public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
        double r = xd[0] / c;
        jx[0] = 0;
        jd[0] = -alpha + beta * (3 - 3 * r * r) / c;
    }
}
