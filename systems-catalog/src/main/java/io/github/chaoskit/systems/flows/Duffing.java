package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The forced Duffing oscillator, a periodically driven oscillator with a cubic restoring force,
 * made autonomous by the forcing phase z: {@code dx/dt = y},
 * {@code dy/dt = −δ·y − β·x − α·x³ + γ·cos z}, {@code dz/dt = ω}.
 *
 * <p>Duffing, G. (1918). Forced oscillations with variable natural frequency and their technical
 * relevance, Heft 41/42, Braunschweig: Vieweg. Parameters: {@code alpha},
 * {@code beta}, {@code delta}, {@code gamma}, {@code omega}. Output rows are post-processed to
 * {@code (x, y, cos z)}. (Not to be confused with the Duffing map, {@code DuffingMap}.)
 */
public final class Duffing extends AbstractFlow {

    private final double alpha;
    private final double beta;
    private final double delta;
    private final double gamma;
    private final double omega;

    /** The forced Duffing oscillator with the catalog's default parameters and initial condition. */
    public Duffing() {
        this(SystemSpec.defaults("Duffing"));
    }

    private Duffing(SystemSpec spec) {
        super(spec);
        alpha = spec.param("alpha");
        beta = spec.param("beta");
        delta = spec.param("delta");
        gamma = spec.param("gamma");
        omega = spec.param("omega");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Duffing(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = -delta * y - beta * x - alpha * x * x * x + gamma * Math.cos(z);
        ds[2] = omega;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = -beta - 3 * alpha * x * x;
        j[4] = -delta;
        j[5] = -gamma * Math.sin(s[2]);
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = x;
        out[1] = y;
        out[2] = Math.cos(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
