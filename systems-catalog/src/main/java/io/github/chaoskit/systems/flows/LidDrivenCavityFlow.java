package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Tracer advection in a two-dimensional Stokes flow in the rectangular cavity
 * {@code 0 ≤ x ≤ a}, {@code −b ≤ y ≤ b}, whose walls {@code y = ±b} slide with the tangential
 * velocity {@code ±(U·sin(πx/a) + u2·sin(2πx/a))}; the first mode's amplitude U alternates between
 * {@code u1} and {@code −u1} with period τ. With the smooth protocol
 * {@code w = ½ + ½·tanh(20τ·sin(2π·tt/τ))} and the single-lid velocity field {@code v(U)} of the
 * two modes (see the fact sheet's auxiliary functions P, Q, X, Y):
 * {@code dx/dt = w·v_x(u1) + (1 − w)·v_x(−u1)}, {@code dy/dt = w·v_y(u1) + (1 − w)·v_y(−u1)},
 * {@code dtt/dt = 1}. Because v is linear in U this equals {@code (2w − 1)·v₁(u1) + v₂(u2)}.
 *
 * <p>Grover et al. Chaos (2012). Topological chaos, braiding and bifurcation of almost-cyclic
 * sets. Parameters: {@code a}, {@code b} (cavity half-sizes), {@code tau} (protocol period),
 * {@code u1}, {@code u2} (mode amplitudes). Output rows are post-processed to
 * {@code (x, y, sin(2π·tt/τ))}.
 */
public final class LidDrivenCavityFlow extends AbstractFlow {

    /** Steepness of the tanh switching protocol (dysts's {@code stiffness}). */
    private static final double STIFFNESS = 20.0;
    private static final double PI = Math.PI;

    private final double a;
    private final double b;
    private final double tau;
    private final double u1;
    private final double u2;

    // parameter-only combinations, precomputed
    private final double k1;
    private final double k2;
    private final double d1;
    private final double d2;
    private final double sh1;
    private final double ch1;
    private final double sh2;
    private final double ch2;

    /** The LidDrivenCavityFlow system with the catalog's default parameters and initial condition. */
    public LidDrivenCavityFlow() {
        this(SystemSpec.defaults("LidDrivenCavityFlow"));
    }

    private LidDrivenCavityFlow(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        tau = spec.param("tau");
        u1 = spec.param("u1");
        u2 = spec.param("u2");
        k1 = PI / a;
        k2 = 2 * PI / a;
        d1 = 2 * b * PI + a * Math.sinh(2 * PI * b / a);
        d2 = 4 * b * PI + a * Math.sinh(4 * PI * b / a);
        sh1 = Math.sinh(PI * b / a);
        ch1 = Math.cosh(PI * b / a);
        sh2 = Math.sinh(2 * PI * b / a);
        ch2 = Math.cosh(2 * PI * b / a);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LidDrivenCavityFlow(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double tt = s[2];
        double w = 0.5 + 0.5 * Math.tanh(tau * STIFFNESS * Math.sin(2 * PI * tt / tau));
        double sy1 = Math.sinh(k1 * y);
        double cy1 = Math.cosh(k1 * y);
        double sy2 = Math.sinh(k2 * y);
        double cy2 = Math.cosh(k2 * y);
        double xx1 = -b * PI * sh1 * sy1 + ch1 * (PI * y * cy1 + a * sy1);
        double xx2 = -2 * b * PI * sh2 * sy2 + ch2 * (2 * PI * y * cy2 + a * sy2);
        double yy1 = b * sh1 * cy1 - ch1 * y * sy1;
        double yy2 = b * sh2 * cy2 - ch2 * y * sy2;
        double p1 = 2 * u1 * Math.sin(k1 * x) / d1;       // P1(u1); P1(−u1) = −p1
        double p2 = 2 * u2 * Math.sin(k2 * x) / d2;
        double q1 = 2 * PI * u1 * Math.cos(k1 * x) / d1;  // Q1(u1); Q1(−u1) = −q1
        double q2 = 4 * PI * u2 * Math.cos(k2 * x) / d2;
        double vx2 = p2 * xx2;
        double vy2 = q2 * yy2;
        ds[0] = w * (p1 * xx1 + vx2) + (1 - w) * (-p1 * xx1 + vx2);
        ds[1] = w * (q1 * yy1 + vy2) + (1 - w) * (-q1 * yy1 + vy2);
        ds[2] = 1;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double tt = s[2];
        double phase = 2 * PI * tt / tau;
        double sw = Math.tanh(tau * STIFFNESS * Math.sin(phase));   // 2w − 1
        double dsw = (1 - sw * sw) * STIFFNESS * 2 * PI * Math.cos(phase);
        double sy1 = Math.sinh(k1 * y);
        double cy1 = Math.cosh(k1 * y);
        double sy2 = Math.sinh(k2 * y);
        double cy2 = Math.cosh(k2 * y);
        double xx1 = -b * PI * sh1 * sy1 + ch1 * (PI * y * cy1 + a * sy1);
        double xx2 = -2 * b * PI * sh2 * sy2 + ch2 * (2 * PI * y * cy2 + a * sy2);
        double yy1 = b * sh1 * cy1 - ch1 * y * sy1;
        double yy2 = b * sh2 * cy2 - ch2 * y * sy2;
        double dxx1 = -b * PI * sh1 * k1 * cy1 + ch1 * (PI * cy1 + PI * y * k1 * sy1 + a * k1 * cy1);
        double dxx2 = -2 * b * PI * sh2 * k2 * cy2 + ch2 * (2 * PI * cy2 + 2 * PI * y * k2 * sy2 + a * k2 * cy2);
        double dyy1 = b * sh1 * k1 * sy1 - ch1 * (sy1 + y * k1 * cy1);
        double dyy2 = b * sh2 * k2 * sy2 - ch2 * (sy2 + y * k2 * cy2);
        double sx1 = Math.sin(k1 * x);
        double cx1 = Math.cos(k1 * x);
        double sx2 = Math.sin(k2 * x);
        double cx2 = Math.cos(k2 * x);
        double p1 = 2 * u1 * sx1 / d1;
        double p2 = 2 * u2 * sx2 / d2;
        double q1 = 2 * PI * u1 * cx1 / d1;
        double q2 = 4 * PI * u2 * cx2 / d2;
        double dp1 = 2 * u1 * k1 * cx1 / d1;
        double dp2 = 2 * u2 * k2 * cx2 / d2;
        double dq1 = -2 * PI * u1 * k1 * sx1 / d1;
        double dq2 = -4 * PI * u2 * k2 * sx2 / d2;
        j[0] = sw * dp1 * xx1 + dp2 * xx2;
        j[1] = sw * p1 * dxx1 + p2 * dxx2;
        j[2] = dsw * p1 * xx1;
        j[3] = sw * dq1 * yy1 + dq2 * yy2;
        j[4] = sw * q1 * dyy1 + q2 * dyy2;
        j[5] = dsw * q1 * yy1;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double tt = state[2];
        out[0] = x;
        out[1] = y;
        out[2] = Math.sin(2 * PI * tt / tau);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
