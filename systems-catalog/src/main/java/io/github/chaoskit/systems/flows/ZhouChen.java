package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Zhou–Chen feedback-circuit flow with a three-layer attractor:
 * {@code dx/dt = a x + b y + y z}, {@code dy/dt = c y − x z + d y z}, {@code dz/dt = e z − x y}.
 *
 * <p>Zhou, Chen (2004). A simple smooth chaotic system with a 3-layer attractor. Int. J.
 * Bifurcation and Chaos. Parameters: {@code a, b, c, d, e}.
 */
public final class ZhouChen extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;

    /** The ZhouChen system with the catalog's default parameters and initial condition. */
    public ZhouChen() {
        this(SystemSpec.defaults("ZhouChen"));
    }

    private ZhouChen(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ZhouChen(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * x + b * y + y * z;
        ds[1] = c * y - x * z + d * y * z;
        ds[2] = e * z - x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = a;
        j[1] = b + z;
        j[2] = y;
        j[3] = -z;
        j[4] = c + d * z;
        j[5] = -x + d * y;
        j[6] = -y;
        j[7] = -x;
        j[8] = e;
    }
}
