package io.github.chaoskit.systems.delays;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A delay equation with sigmoidal feedback that can be built as an electronic circuit:
 * {@code dx/dt = −α·x_τ + β·tanh(10·x_τ)}, {@code x_τ = x(t − τ)}.
 *
 * <p>As in dysts, the linear decay term uses the delayed value {@code x_τ} rather than
 * {@code x(t)}, so the right-hand side does not depend on the current state at all (perhaps
 * not what was intended, but kept for fidelity); the gain 10 is a fixed constant.
 *
 * <p>R.D. Driver, Ordinary and Delay Differential Equations (Springer, New York, 1977).
 * Parameters: {@code alpha}, {@code beta}, {@code tau} (the delay). Output rows are delay
 * embeddings, and the default history is constant at the first initial-condition number (see
 * {@link DelayFlow}).
 */
public final class ScrollDelay extends AbstractDelayFlow {

    /** Gain inside the tanh (hard-coded in dysts). */
    private static final double GAIN = 10.0;

    private final double alpha;
    private final double beta;

    /** The scroll delay equation with the catalog's default parameters and initial condition. */
    public ScrollDelay() {
        this(SystemSpec.defaults("ScrollDelay"), Settings.DEFAULT);
    }

    private ScrollDelay(SystemSpec spec, Settings settings) {
        super(spec, settings);
        alpha = spec.param("alpha");
        beta = spec.param("beta");
    }

    @Override
    protected DelayFlow create(SystemSpec spec, Settings settings) {
        return new ScrollDelay(spec, settings);
    }

    @Override
    public void rhs(double t, double[] x, double[] xd, double[] dx) {
        double u = xd[0];
        dx[0] = -alpha * u + beta * Math.tanh(GAIN * u);
    }

    @Override
    public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
        double th = Math.tanh(GAIN * xd[0]);
        jx[0] = 0;
        jd[0] = -alpha + beta * GAIN * (1 - th * th);
    }
}
