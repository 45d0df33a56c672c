package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The FitzHugh–Nagumo neuron model driven by a periodic current: membrane variable {@code v},
 * recovery variable {@code w} and forcing phase {@code z}, with
 * {@code dv/dt = v − v³/3 − w + curr + f sin z}, {@code dw/dt = γ(v + a − bw)},
 * {@code dz/dt = ω}. Output rows are {@code (v, w, sin z)}.
 *
 * <p>FitzHugh, Richard (1961). Impulses and Physiological States in Theoretical Models of Nerve
 * Membrane. Biophysical Journal. 1 (6). Parameters: {@code a}, {@code b}, {@code curr},
 * {@code f}, {@code gamma} (γ), {@code omega} (ω).
 */
public final class ForcedFitzHughNagumo extends AbstractFlow {

    private final double a;
    private final double b;
    private final double curr;
    private final double f;
    private final double gamma;
    private final double omega;

    /** The forced FitzHugh–Nagumo model with the catalog's default parameters and initial condition. */
    public ForcedFitzHughNagumo() {
        this(SystemSpec.defaults("ForcedFitzHughNagumo"));
    }

    private ForcedFitzHughNagumo(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        curr = spec.param("curr");
        f = spec.param("f");
        gamma = spec.param("gamma");
        omega = spec.param("omega");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ForcedFitzHughNagumo(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double v = s[0];
        double w = s[1];
        double z = s[2];
        ds[0] = v - v * v * v / 3 - w + curr + f * Math.sin(z);
        ds[1] = gamma * (v + a - b * w);
        ds[2] = omega;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double v = s[0];
        double z = s[2];
        j[0] = 1 - v * v;
        j[1] = -1;
        j[2] = f * Math.cos(z);
        j[3] = gamma;
        j[4] = -gamma * b;
        j[5] = 0;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double v = state[0];
        double w = state[1];
        double z = state[2];
        out[0] = v;
        out[1] = w;
        out[2] = Math.sin(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
