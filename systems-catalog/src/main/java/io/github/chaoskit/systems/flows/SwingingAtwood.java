package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The swinging Atwood's machine: a mass m1 swinging on a rope of length r that runs over pulleys
 * to a hanging counterweight m2. Hamilton's equations in {@code (r, θ, p_r, p_θ)}:
 * {@code dr/dt = p_r/(m1 + m2)}, {@code dθ/dt = p_θ/(m1 r²)},
 * {@code dp_r/dt = p_θ²/(m1 r³) − m2 g + m1 g cos θ}, {@code dp_θ/dt = −m1 g r sin θ}.
 * Output rows are {@code (r, sin θ, p_r, p_θ)}.
 *
 * <p>Tufillaro, N. B., Abbott, T. A., Griffiths, D. J. (1984). Swinging Atwood's Machine.
 * American Journal of Physics 52(10), 895–903. Parameters: {@code m1, m2}; the gravitational
 * acceleration is fixed at g = 9.82 as in dysts.
 */
public final class SwingingAtwood extends AbstractFlow {

    /** Gravitational acceleration hard-coded in dysts (not 9.81). */
    private static final double G = 9.82;

    private final double m1;
    private final double m2;

    /** The SwingingAtwood system with the catalog's default parameters and initial condition. */
    public SwingingAtwood() {
        this(SystemSpec.defaults("SwingingAtwood"));
    }

    private SwingingAtwood(SystemSpec spec) {
        super(spec);
        m1 = spec.param("m1");
        m2 = spec.param("m2");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SwingingAtwood(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double r = s[0];
        double th = s[1];
        double pr = s[2];
        double pth = s[3];
        double r2 = r * r;
        ds[0] = pr / (m1 + m2);
        ds[1] = pth / (m1 * r2);
        ds[2] = pth * pth / (m1 * r2 * r) - m2 * G + m1 * G * Math.cos(th);
        ds[3] = -m1 * G * r * Math.sin(th);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double r = s[0];
        double th = s[1];
        double pth = s[3];
        double r2 = r * r;
        double r3 = r2 * r;
        double sin = Math.sin(th);
        j[0] = 0;
        j[1] = 0;
        j[2] = 1 / (m1 + m2);
        j[3] = 0;
        j[4] = -2 * pth / (m1 * r3);
        j[5] = 0;
        j[6] = 0;
        j[7] = 1 / (m1 * r2);
        j[8] = -3 * pth * pth / (m1 * r3 * r);
        j[9] = -m1 * G * sin;
        j[10] = 0;
        j[11] = 2 * pth / (m1 * r3);
        j[12] = -m1 * G * sin;
        j[13] = -m1 * G * r * Math.cos(th);
        j[14] = 0;
        j[15] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double r = state[0];
        double th = state[1];
        double pr = state[2];
        double pth = state[3];
        out[0] = r;
        out[1] = Math.sin(th);
        out[2] = pr;
        out[3] = pth;
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
