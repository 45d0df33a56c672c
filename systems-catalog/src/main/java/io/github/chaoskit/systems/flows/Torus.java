package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A minimal quasi-periodic flow: the velocity of a point winding around a torus, a function of the
 * time t alone,
 * {@code dx/dt = −a n sin(n t) cos t − (r + a cos(n t)) sin t},
 * {@code dy/dt = −a n sin(n t) sin t + (r + a cos(n t)) cos t}, {@code dz/dt = a n cos(n t)}.
 * Solutions are translates of {@code ((r + a cos nt) cos t, (r + a cos nt) sin t, a sin nt)}.
 *
 * <p>See, for example, Strogatz, S. (1994). Nonlinear Dynamics and Chaos. Parameters: {@code a}
 * (tube radius), {@code n} (winding ratio), {@code r} (major radius). The vector field does not
 * depend on the state, so the Jacobian is zero.
 */
public final class Torus extends AbstractFlow {

    private final double a;
    private final double n;
    private final double r;

    /** The Torus system with the catalog's default parameters and initial condition. */
    public Torus() {
        this(SystemSpec.defaults("Torus"));
    }

    private Torus(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        n = spec.param("n");
        r = spec.param("r");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Torus(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double sinNt = Math.sin(n * t);
        double cosNt = Math.cos(n * t);
        double sinT = Math.sin(t);
        double cosT = Math.cos(t);
        double radius = r + a * cosNt;
        ds[0] = -a * n * sinNt * cosT - radius * sinT;
        ds[1] = -a * n * sinNt * sinT + radius * cosT;
        ds[2] = a * n * cosNt;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        for (int k = 0; k < 9; k++) {
            j[k] = 0;
        }
    }
}
