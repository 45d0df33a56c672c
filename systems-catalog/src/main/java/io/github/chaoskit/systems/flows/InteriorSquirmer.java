package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Tracer advection in the Stokes flow inside a cylindrical squirmer whose surface actuation
 * switches periodically between a sine-mode set (amplitudes {@code a}) and a cosine-mode set
 * (amplitudes {@code g}). In polar coordinates (r, θ) with a clock tt, and
 * {@code w = ½ + ½·tanh(20τ·sin(2π·tt/τ))}, {@code A_n = a_n·w}, {@code G_n = g_n·(1 − w)}:
 * {@code dr/dt = Σ_n (G_n cos nθ + A_n sin nθ)·n·rⁿ(r² − 1)/r},
 * {@code dθ/dt = (1/r)·Σ_n (2r + (r² − 1)n/r)(A_n cos nθ − G_n sin nθ)·rⁿ}, {@code dtt/dt = 1}.
 *
 * <p>Blake, J. R. Self propulsion due to oscillations on the surface of a cylinder at low Reynolds
 * number. AMS Bulletin 1971. Parameters: the mode vectors {@code a} and {@code g} (their length is
 * the number of modes, 5 by default) and the switching period {@code tau}. Output rows are
 * post-processed to {@code (r cos θ, r sin θ, sin(2π·tt/τ))}. The flow is singular at r = 0.
 */
public final class InteriorSquirmer extends AbstractFlow {

    /** Steepness of the tanh switching protocol (dysts's {@code stiffness}). */
    private static final double STIFFNESS = 20.0;
    private static final double TWO_PI = 2.0 * Math.PI;

    private final double[] a;
    private final double[] g;
    private final double tau;

    /** The InteriorSquirmer system with the catalog's default parameters and initial condition. */
    public InteriorSquirmer() {
        this(SystemSpec.defaults("InteriorSquirmer"));
    }

    private InteriorSquirmer(SystemSpec spec) {
        super(spec);
        a = spec.parameters().vector("a");
        g = spec.parameters().vector("g");
        tau = spec.param("tau");
        if (a.length != g.length || a.length == 0) {
            throw new IllegalArgumentException("InteriorSquirmer: a and g must have the same non-zero length");
        }
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new InteriorSquirmer(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double r = s[0];
        double th = s[1];
        double tt = s[2];
        double w = 0.5 + 0.5 * Math.tanh(tau * STIFFNESS * Math.sin(TWO_PI * tt / tau));
        double r2m1 = r * r - 1;
        double vr = 0;
        double vth = 0;
        double rn = 1;
        for (int k = 0; k < a.length; k++) {
            int n = k + 1;
            rn *= r;
            double an = a[k] * w;
            double gn = g[k] * (1 - w);
            double sn = Math.sin(th * n);
            double cn = Math.cos(th * n);
            vr += (gn * cn + an * sn) * (n * rn * r2m1) / r;
            vth += (2 * r + r2m1 * n / r) * (an * cn - gn * sn) * rn;
        }
        ds[0] = vr;
        ds[1] = vth / r;
        ds[2] = 1;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double r = s[0];
        double th = s[1];
        double tt = s[2];
        double phase = TWO_PI * tt / tau;
        double th1 = Math.tanh(tau * STIFFNESS * Math.sin(phase));
        double w = 0.5 + 0.5 * th1;
        // dw/dtt
        double dw = 0.5 * (1 - th1 * th1) * STIFFNESS * TWO_PI * Math.cos(phase);
        double j00 = 0;
        double j01 = 0;
        double j02 = 0;
        double j10 = 0;
        double j11 = 0;
        double j12 = 0;
        for (int k = 0; k < a.length; k++) {
            int n = k + 1;
            double sn = Math.sin(th * n);
            double cn = Math.cos(th * n);
            double an = a[k] * w;
            double gn = g[k] * (1 - w);
            double sum = gn * cn + an * sn;   // S_n
            double skew = an * cn - gn * sn;  // C_n
            double dsum = dw * (a[k] * sn - g[k] * cn);   // dS_n/dtt
            double dskew = dw * (a[k] * cn + g[k] * sn);  // dC_n/dtt
            // dr/dt = Σ S_n·n·(r^{n+1} − r^{n−1});  dθ/dt = Σ C_n·((n+2)rⁿ − n·r^{n−2})
            double radial = n * (Math.pow(r, n + 1) - Math.pow(r, n - 1));
            double dradial = n * ((n + 1) * Math.pow(r, n) - (n - 1) * Math.pow(r, n - 2));
            double angular = (n + 2) * Math.pow(r, n) - n * Math.pow(r, n - 2);
            double dangular = n * (n + 2) * Math.pow(r, n - 1) - n * (n - 2) * Math.pow(r, n - 3);
            j00 += sum * dradial;
            j01 += n * skew * radial;
            j02 += dsum * radial;
            j10 += skew * dangular;
            j11 -= n * sum * angular;
            j12 += dskew * angular;
        }
        j[0] = j00;
        j[1] = j01;
        j[2] = j02;
        j[3] = j10;
        j[4] = j11;
        j[5] = j12;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double r = state[0];
        double th = state[1];
        double tt = state[2];
        out[0] = r * Math.cos(th);
        out[1] = r * Math.sin(th);
        out[2] = Math.sin(TWO_PI * tt / tau);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
