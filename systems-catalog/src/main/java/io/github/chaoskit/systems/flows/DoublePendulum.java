package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The undamped double pendulum in angles θ1, θ2 and canonical momenta p1, p2. With
 * {@code c = cos(θ1 − θ2)}, {@code s = sin(θ1 − θ2)}, {@code D = l1·l2·(m1 + m2·s²)},
 * {@code h1 = p1·p2·s/D} and
 * {@code h2 = (m2·l2·p1²/(2·l1·D²) + ½·m2·p2·l2·l1·(dθ2/dt)/D)·sin(2(θ1 − θ2))}:
 * {@code dθ1/dt = (l2·p1 − l1·p2·c)/(l1·D)},
 * {@code dθ2/dt = ((m1 + m2)·l1·p2 − m2·l2·p1·c)/(m2·l2·D)},
 * {@code dp1/dt = −(m1 + m2)·g·l1·sin θ1 − h1 + h2}, {@code dp2/dt = −m2·g·l2·sin θ2 + h1 − h2}.
 *
 * <p>See, for example: Marion (2013). Classical dynamics of particles and systems. Parameters:
 * {@code g}, {@code l1}, {@code l2}, {@code m1}, {@code m2}. The angle equations are Hamilton's
 * equations of the textbook Hamiltonian, but dysts's h2 term differs from the textbook one
 * ({@code [m2·l2²·p1² + (m1 + m2)·l1²·p2² − 2·m2·l1·l2·p1·p2·c]·sin(2(θ1 − θ2))/(2·l1²·l2²·(m1 + m2·s²)²)}),
 * so the textbook energy is not conserved; dysts's h2 is kept. Output rows are post-processed to
 * {@code (sin θ1, sin θ2, p1, p2)}.
 */
public final class DoublePendulum extends AbstractFlow {

    private final double g;
    private final double l1;
    private final double l2;
    private final double m1;
    private final double m2;

    /** The double pendulum with the catalog's default parameters and initial condition. */
    public DoublePendulum() {
        this(SystemSpec.defaults("DoublePendulum"));
    }

    private DoublePendulum(SystemSpec spec) {
        super(spec);
        g = spec.param("g");
        l1 = spec.param("l1");
        l2 = spec.param("l2");
        m1 = spec.param("m1");
        m2 = spec.param("m2");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new DoublePendulum(spec);
    }

    @Override
    public void rhs(double t, double[] st, double[] ds) {
        double th1 = st[0];
        double th2 = st[1];
        double p1 = st[2];
        double p2 = st[3];
        double c = Math.cos(th1 - th2);
        double s = Math.sin(th1 - th2);
        double d = l1 * l2 * (m1 + m2 * s * s);
        double v1 = (l2 * p1 - l1 * p2 * c) / (l1 * d);
        double v2 = ((m1 + m2) * l1 * p2 - m2 * l2 * p1 * c) / (m2 * l2 * d);
        double h1 = p1 * p2 * s / d;
        double h2 = (m2 * l2 * p1 * p1 / (2 * l1 * d * d) + 0.5 * m2 * p2 * l2 * l1 * v2 / d)
                * Math.sin(2 * (th1 - th2));
        ds[0] = v1;
        ds[1] = v2;
        ds[2] = -(m1 + m2) * g * l1 * Math.sin(th1) - h1 + h2;
        ds[3] = -m2 * g * l2 * Math.sin(th2) + h1 - h2;
    }

    @Override
    public void jacobian(double t, double[] st, double[] j) {
        double th1 = st[0];
        double th2 = st[1];
        double p1 = st[2];
        double p2 = st[3];
        double delta = th1 - th2;
        double c = Math.cos(delta);
        double s = Math.sin(delta);
        double s2 = Math.sin(2 * delta);
        double c2 = Math.cos(2 * delta);
        double d = l1 * l2 * (m1 + m2 * s * s);
        double dD = l1 * l2 * m2 * s2; // ∂D/∂Δ with Δ = θ1 − θ2
        double v1 = (l2 * p1 - l1 * p2 * c) / (l1 * d);
        double v2 = ((m1 + m2) * l1 * p2 - m2 * l2 * p1 * c) / (m2 * l2 * d);
        // derivatives with respect to Δ (∂/∂θ1 = ∂/∂Δ, ∂/∂θ2 = −∂/∂Δ) and to p1, p2
        double v1D = p2 * s / d - v1 * dD / d;
        double v1P1 = l2 / (l1 * d);
        double v1P2 = -c / d;
        double v2D = p1 * s / d - v2 * dD / d;
        double v2P1 = -c / d;
        double v2P2 = (m1 + m2) * l1 / (m2 * l2 * d);
        double h1 = p1 * p2 * s / d;
        double h1D = p1 * p2 * c / d - h1 * dD / d;
        double h1P1 = p2 * s / d;
        double h1P2 = p1 * s / d;
        double q = m2 * l2 * p1 * p1 / (2 * l1 * d * d) + 0.5 * m2 * p2 * l2 * l1 * v2 / d;
        double qD = -m2 * l2 * p1 * p1 * dD / (l1 * d * d * d)
                + 0.5 * m2 * p2 * l2 * l1 * (v2D / d - v2 * dD / (d * d));
        double qP1 = m2 * l2 * p1 / (l1 * d * d) + 0.5 * m2 * p2 * l2 * l1 * v2P1 / d;
        double qP2 = 0.5 * m2 * l2 * l1 * (v2 + p2 * v2P2) / d;
        double h2D = qD * s2 + 2 * q * c2;
        double h2P1 = qP1 * s2;
        double h2P2 = qP2 * s2;
        j[0] = v1D;
        j[1] = -v1D;
        j[2] = v1P1;
        j[3] = v1P2;
        j[4] = v2D;
        j[5] = -v2D;
        j[6] = v2P1;
        j[7] = v2P2;
        j[8] = -(m1 + m2) * g * l1 * Math.cos(th1) - h1D + h2D;
        j[9] = h1D - h2D;
        j[10] = -h1P1 + h2P1;
        j[11] = -h1P2 + h2P2;
        j[12] = h1D - h2D;
        j[13] = -m2 * g * l2 * Math.cos(th2) - h1D + h2D;
        j[14] = h1P1 - h2P1;
        j[15] = h1P2 - h2P2;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double th1 = state[0];
        double th2 = state[1];
        double p1 = state[2];
        double p2 = state[3];
        out[0] = Math.sin(th1);
        out[1] = Math.sin(th2);
        out[2] = p1;
        out[3] = p2;
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
