package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Wang–Sun four-wing quadratic flow:
 * {@code dx/dt = a x + q y z}, {@code dy/dt = b x + d y − x z}, {@code dz/dt = e z + f x y}.
 *
 * <p>Wang, Z., Sun, Y., van Wyk, B. J., Qi, G., van Wyk, M. A. (2009). A 3-D four-wing attractor
 * and its analysis. Brazilian Journal of Physics 39. Parameters: {@code a, b, d, e, f, q}.
 */
public final class WangSun extends AbstractFlow {

    private final double a;
    private final double b;
    private final double d;
    private final double e;
    private final double f;
    private final double q;

    /** The WangSun system with the catalog's default parameters and initial condition. */
    public WangSun() {
        this(SystemSpec.defaults("WangSun"));
    }

    private WangSun(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        d = spec.param("d");
        e = spec.param("e");
        f = spec.param("f");
        q = spec.param("q");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new WangSun(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * x + q * y * z;
        ds[1] = b * x + d * y - x * z;
        ds[2] = e * z + f * x * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = a;
        j[1] = q * z;
        j[2] = q * y;
        j[3] = b - z;
        j[4] = d;
        j[5] = -x;
        j[6] = f * y;
        j[7] = f * x;
        j[8] = e;
    }
}
