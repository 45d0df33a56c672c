package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Arnold–Beltrami–Childress (ABC) flow, a steady Beltrami solution of Euler's equations in
 * three dimensions whose streamlines are chaotic: {@code dx/dt = a·sin z + c·cos y},
 * {@code dy/dt = b·sin x + a·cos z}, {@code dz/dt = c·sin y + b·cos x}.
 *
 * <p>V. I. Arnold, Journal of Applied Mathematics and Mechanics 30, 223 (1966). Parameters:
 * {@code a}, {@code b}, {@code c}. The coordinates are unbounded angles; output rows are
 * post-processed to {@code (sin x, cos y, sin z)} as in dysts.
 */
public final class ArnoldBeltramiChildress extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** The ABC flow with the catalog's default parameters and initial condition. */
    public ArnoldBeltramiChildress() {
        this(SystemSpec.defaults("ArnoldBeltramiChildress"));
    }

    private ArnoldBeltramiChildress(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ArnoldBeltramiChildress(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * Math.sin(z) + c * Math.cos(y);
        ds[1] = b * Math.sin(x) + a * Math.cos(z);
        ds[2] = c * Math.sin(y) + b * Math.cos(x);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = -c * Math.sin(y);
        j[2] = a * Math.cos(z);
        j[3] = b * Math.cos(x);
        j[4] = 0;
        j[5] = -a * Math.sin(z);
        j[6] = -b * Math.sin(x);
        j[7] = c * Math.cos(y);
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = Math.sin(x);
        out[1] = Math.cos(y);
        out[2] = Math.sin(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
