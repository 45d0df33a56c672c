package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;
import java.util.Arrays;

/**
 * The Arnold web model of Froeschlé, Guzzo and Lega: two free rotors {@code (x1, x2)} with
 * momenta {@code (p1, p2)} perturbed by a quasi-periodic potential, made autonomous by a forcing
 * phase z. With {@code D = 4 + cos z + cos x1 + cos x2}: {@code dp1/dt = −μ·sin x1/D²},
 * {@code dp2/dt = −μ·sin x2/D²}, {@code dx1/dt = p1}, {@code dx2/dt = p2}, {@code dz/dt = w}.
 *
 * <p>Froeschlé, C., Guzzo, M. &amp; Lega, E. (2000). Graphical evolution of the Arnold web: from
 * order to chaos. Science 289. Parameters: {@code mu}, {@code w}. State order is
 * {@code (p1, p2, x1, x2, z)}, momenta first; output rows are post-processed to
 * {@code (p1, p2, sin x1, sin x2, cos z)} as in dysts.
 */
public final class ArnoldWeb extends AbstractFlow {

    private final double mu;
    private final double w;

    /** The Arnold web model with the catalog's default parameters and initial condition. */
    public ArnoldWeb() {
        this(SystemSpec.defaults("ArnoldWeb"));
    }

    private ArnoldWeb(SystemSpec spec) {
        super(spec);
        mu = spec.param("mu");
        w = spec.param("w");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ArnoldWeb(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double p1 = s[0];
        double p2 = s[1];
        double x1 = s[2];
        double x2 = s[3];
        double z = s[4];
        double d = 4 + Math.cos(z) + Math.cos(x1) + Math.cos(x2);
        ds[0] = -mu * Math.sin(x1) / (d * d);
        ds[1] = -mu * Math.sin(x2) / (d * d);
        ds[2] = p1;
        ds[3] = p2;
        ds[4] = w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x1 = s[2];
        double x2 = s[3];
        double z = s[4];
        double d = 4 + Math.cos(z) + Math.cos(x1) + Math.cos(x2);
        double d2 = d * d;
        double d3 = d2 * d;
        double s1 = Math.sin(x1);
        double s2 = Math.sin(x2);
        double sz = Math.sin(z);
        // ∂(D⁻²)/∂u = 2·sin(u)/D³ for u = x1, x2, z
        Arrays.fill(j, 0, 25, 0.0);
        j[2] = -mu * Math.cos(x1) / d2 - 2 * mu * s1 * s1 / d3;
        j[3] = -2 * mu * s1 * s2 / d3;
        j[4] = -2 * mu * s1 * sz / d3;
        j[5 + 2] = -2 * mu * s2 * s1 / d3;
        j[5 + 3] = -mu * Math.cos(x2) / d2 - 2 * mu * s2 * s2 / d3;
        j[5 + 4] = -2 * mu * s2 * sz / d3;
        j[10] = 1;
        j[15 + 1] = 1;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double p1 = state[0];
        double p2 = state[1];
        double x1 = state[2];
        double x2 = state[3];
        double z = state[4];
        out[0] = p1;
        out[1] = p2;
        out[2] = Math.sin(x1);
        out[3] = Math.sin(x2);
        out[4] = Math.cos(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
