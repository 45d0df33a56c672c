package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Solomon–Gollub model of a chain of convection rolls whose pattern oscillates laterally; tracer
 * advection in it is chaotic (with KAM tori). With {@code f = x + b·sin z}:
 * {@code dx/dt = u·cos(ky)·sin(kf)}, {@code dy/dt = −u·sin(ky)·cos(kf)}, {@code dz/dt = ω}, where
 * z is the phase of the lateral oscillation.
 *
 * <p>T. H. Solomon and J. P. Gollub, Phys. Rev. A 38, 6280 (1988). Parameters: {@code b},
 * {@code k}, {@code omega}, {@code u} (the original parameters rescaled by k). Output rows are
 * post-processed to {@code (cos(kx), y, sin z)}.
 */
public final class OscillatingFlow extends AbstractFlow {

    private final double b;
    private final double k;
    private final double omega;
    private final double u;

    /** The OscillatingFlow system with the catalog's default parameters and initial condition. */
    public OscillatingFlow() {
        this(SystemSpec.defaults("OscillatingFlow"));
    }

    private OscillatingFlow(SystemSpec spec) {
        super(spec);
        b = spec.param("b");
        k = spec.param("k");
        omega = spec.param("omega");
        u = spec.param("u");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new OscillatingFlow(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double f = x + b * Math.sin(z);
        ds[0] = u * Math.cos(k * y) * Math.sin(k * f);
        ds[1] = -u * Math.sin(k * y) * Math.cos(k * f);
        ds[2] = omega;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double f = x + b * Math.sin(z);
        double cy = Math.cos(k * y);
        double sy = Math.sin(k * y);
        double cf = Math.cos(k * f);
        double sf = Math.sin(k * f);
        double dfdz = b * Math.cos(z);
        j[0] = u * k * cy * cf;
        j[1] = -u * k * sy * sf;
        j[2] = u * k * cy * cf * dfdz;
        j[3] = u * k * sy * sf;
        j[4] = -u * k * cy * cf;
        j[5] = u * k * sy * sf * dfdz;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = Math.cos(k * x);
        out[1] = y;
        out[2] = Math.sin(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
