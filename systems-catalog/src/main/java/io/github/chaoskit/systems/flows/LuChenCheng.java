package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Lü–Chen–Cheng four-scroll attractor:
 * {@code dx/dt = −(ab/(a + b))·x − yz + c}, {@code dy/dt = a·y + xz}, {@code dz/dt = b·z + xy}.
 *
 * <p>Lu, Chen, Cheng. Int J Bifurcat Chaos. 2004: 1507--1537. Parameters: {@code a}, {@code b},
 * {@code c}.
 */
public final class LuChenCheng extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** The LuChenCheng system with the catalog's default parameters and initial condition. */
    public LuChenCheng() {
        this(SystemSpec.defaults("LuChenCheng"));
    }

    private LuChenCheng(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LuChenCheng(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -(a * b) / (a + b) * x - y * z + c;
        ds[1] = a * y + x * z;
        ds[2] = b * z + x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -(a * b) / (a + b);
        j[1] = -z;
        j[2] = -y;
        j[3] = z;
        j[4] = a;
        j[5] = x;
        j[6] = y;
        j[7] = x;
        j[8] = b;
    }
}
