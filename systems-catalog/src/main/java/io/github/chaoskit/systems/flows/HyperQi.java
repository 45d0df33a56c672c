package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The hyperchaotic Qi system, a four-wing-type 4-D flow:
 * {@code dx/dt = a(y − x) + yz}, {@code dy/dt = b(x + y) − xz}, {@code dz/dt = −cz − ew + xy},
 * {@code dw/dt = −dw + fz + xy}.
 *
 * <p>G. Qi, M. A. van Wyk, B. J. van Wyk, and G. Chen, (2008). On a new hyperchaotic system.
 * Physics Letters A.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}, {@code e}, {@code f}.
 */
public final class HyperQi extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;
    private final double f;

    /** The HyperQi system with the catalog's default parameters and initial condition. */
    public HyperQi() {
        this(SystemSpec.defaults("HyperQi"));
    }

    private HyperQi(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
        f = spec.param("f");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperQi(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + y * z;
        ds[1] = b * x + b * y - x * z;
        ds[2] = -c * z - e * w + x * y;
        ds[3] = -d * w + f * z + x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a + z;
        j[2] = y;
        j[3] = 0;
        j[4] = b - z;
        j[5] = b;
        j[6] = -x;
        j[7] = 0;
        j[8] = y;
        j[9] = x;
        j[10] = -c;
        j[11] = -e;
        j[12] = y;
        j[13] = x;
        j[14] = f;
        j[15] = -d;
    }
}
