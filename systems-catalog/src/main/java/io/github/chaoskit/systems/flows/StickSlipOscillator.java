package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A weakly forced Duffing-type oscillator with a stick–slip friction torque
 * {@code T(v) = t0 sgn(v − vs) − α v + β (v − vs)³}; the forcing phase θ is the third state:
 * {@code dx/dt = v}, {@code dv/dt = ε (γ cos θ − T(v)) + a x − b x³}, {@code dθ/dt = w}.
 * Output rows are {@code (x, v, cos θ)}.
 *
 * <p>Awrejcewicz, J., Holicke, M. M. (1999). Int. J. of Bifurcation and Chaos. Parameters:
 * {@code a, alpha} (α), {@code b, beta} (β), {@code eps} (ε), {@code gamma} (γ), {@code t0}
 * (static friction torque), {@code vs, w}. As in dysts, the linear friction term is
 * {@code −α v}, not {@code −α (v − vs)}. The Jacobian uses {@code d sgn/dv = 0} away from
 * {@code v = vs}.
 */
public final class StickSlipOscillator extends AbstractFlow {

    private final double a;
    private final double alpha;
    private final double b;
    private final double beta;
    private final double eps;
    private final double gamma;
    private final double t0;
    private final double vs;
    private final double w;

    /** The StickSlipOscillator system with the catalog's default parameters and initial condition. */
    public StickSlipOscillator() {
        this(SystemSpec.defaults("StickSlipOscillator"));
    }

    private StickSlipOscillator(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        alpha = spec.param("alpha");
        b = spec.param("b");
        beta = spec.param("beta");
        eps = spec.param("eps");
        gamma = spec.param("gamma");
        t0 = spec.param("t0");
        vs = spec.param("vs");
        w = spec.param("w");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new StickSlipOscillator(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double v = s[1];
        double th = s[2];
        double u = v - vs;
        double torque = t0 * Math.signum(u) - alpha * v + beta * u * u * u;
        ds[0] = v;
        ds[1] = eps * (gamma * Math.cos(th) - torque) + a * x - b * x * x * x;
        ds[2] = w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double v = s[1];
        double th = s[2];
        double u = v - vs;
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = a - 3 * b * x * x;
        j[4] = -eps * (-alpha + 3 * beta * u * u);
        j[5] = -eps * gamma * Math.sin(th);
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double v = state[1];
        double th = state[2];
        out[0] = x;
        out[1] = v;
        out[2] = Math.cos(th);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
