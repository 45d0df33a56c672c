package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A droplet bouncing on a vibrating soap film: height {@code x}, velocity {@code y} and forcing
 * phase {@code θ}, with {@code dx/dt = y}, {@code dy/dt = −1 − H(−x)(x + ψ·y|y|) + γ cos θ},
 * {@code dθ/dt = w}; the film acts as a spring with quadratic drag only while {@code x < 0}
 * (H is the Heaviside step with H(0) = 0, so the right-hand side is discontinuous at x = 0).
 * Output rows are {@code (x, y, cos θ)}.
 *
 * <p>Gilet, Bush. The fluid trampoline: droplets bouncing on a soap film. JFM 2009.
 * Parameters: {@code gamma} (γ), {@code psi} (ψ), {@code w}.
 */
public final class FluidTrampoline extends AbstractFlow {

    private final double gamma;
    private final double psi;
    private final double w;

    /** The fluid trampoline with the catalog's default parameters and initial condition. */
    public FluidTrampoline() {
        this(SystemSpec.defaults("FluidTrampoline"));
    }

    private FluidTrampoline(SystemSpec spec) {
        super(spec);
        gamma = spec.param("gamma");
        psi = spec.param("psi");
        w = spec.param("w");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new FluidTrampoline(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double th = s[2];
        double contact = -x > 0 ? 1.0 : 0.0;
        ds[0] = y;
        ds[1] = -1 - contact * (x + psi * y * Math.abs(y)) + gamma * Math.cos(th);
        ds[2] = w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double th = s[2];
        double contact = -x > 0 ? 1.0 : 0.0;
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = -contact;
        j[4] = -contact * 2 * psi * Math.abs(y);
        j[5] = -gamma * Math.sin(th);
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double th = state[2];
        out[0] = x;
        out[1] = y;
        out[2] = Math.cos(th);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
