package io.github.chaoskit.systems.delays;

import io.github.chaoskit.systems.AbstractDelayFlow;
import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Voss's electronic circuit with delayed cubic feedback:
 * {@code dx/dt = −α·x + f(x_τ)}, {@code f(u) = −10.44·u³ − 13.95·u² − 3.63·u + 0.85},
 * {@code x_τ = x(t − τ)}; the cubic's coefficients are fixed constants of the circuit.
 *
 * <p>Voss (2002). Real-time anticipation of chaotic states of an electronic circuit. Parameters:
 * {@code alpha}, {@code tau} (the delay). Output rows are delay embeddings, and the default
 * history is constant at the first initial-condition number (see {@link DelayFlow}).
 */
public final class VossDelay extends AbstractDelayFlow {

    /** Coefficient of u³ in the feedback cubic (hard-coded in dysts). */
    private static final double C3 = -10.44;
    /** Coefficient of u² in the feedback cubic. */
    private static final double C2 = -13.95;
    /** Coefficient of u in the feedback cubic. */
    private static final double C1 = -3.63;
    /** Constant term of the feedback cubic. */
    private static final double C0 = 0.85;

    private final double alpha;

    /** Voss's delay equation with the catalog's default parameters and initial condition. */
    public VossDelay() {
        this(SystemSpec.defaults("VossDelay"), Settings.DEFAULT);
    }

    private VossDelay(SystemSpec spec, Settings settings) {
        super(spec, settings);
        alpha = spec.param("alpha");
    }

    @Override
    protected DelayFlow create(SystemSpec spec, Settings settings) {
        return new VossDelay(spec, settings);
    }

    @Override
    public void rhs(double t, double[] x, double[] xd, double[] dx) {
        double u = xd[0];
        double f = C3 * u * u * u + C2 * u * u + C1 * u + C0;
        dx[0] = -alpha * x[0] + f;
    }

    @Override
    public void jacobian(double t, double[] x, double[] xd, double[] jx, double[] jd) {
        double u = xd[0];
        jx[0] = -alpha;
        jd[0] = 3 * C3 * u * u + 2 * C2 * u + C1;
    }
}
