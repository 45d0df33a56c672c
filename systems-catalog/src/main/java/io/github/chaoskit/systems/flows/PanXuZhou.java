package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Pan–Xu–Zhou attractor, which dysts codes with the equations of the DequanLi system:
 * {@code dx/dt = a(y − x) + d·xz}, {@code dy/dt = k·x + f·y − xz},
 * {@code dz/dt = c·z + xy − ε·x²} (with the default d = f = ε = 0 a Lorenz-like system).
 *
 * <p>Zhou, Wuneng, et al. On dynamics analysis of a new chaotic attractor. Physics Letters A
 * 372.36 (2008): 5773-5777. Parameters: {@code a}, {@code c}, {@code d}, {@code eps}, {@code f},
 * {@code k}.
 */
public final class PanXuZhou extends AbstractFlow {

    private final double a;
    private final double c;
    private final double d;
    private final double eps;
    private final double f;
    private final double k;

    /** The PanXuZhou system with the catalog's default parameters and initial condition. */
    public PanXuZhou() {
        this(SystemSpec.defaults("PanXuZhou"));
    }

    private PanXuZhou(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        c = spec.param("c");
        d = spec.param("d");
        eps = spec.param("eps");
        f = spec.param("f");
        k = spec.param("k");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new PanXuZhou(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x + d * x * z;
        ds[1] = k * x + f * y - x * z;
        ds[2] = c * z + x * y - eps * x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a + d * z;
        j[1] = a;
        j[2] = d * x;
        j[3] = k - z;
        j[4] = f;
        j[5] = -x;
        j[6] = y - 2 * eps * x;
        j[7] = x;
        j[8] = c;
    }
}
