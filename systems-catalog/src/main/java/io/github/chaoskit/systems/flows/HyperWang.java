package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic variant of the Wang system with a fourth state {@code w}:
 * {@code dx/dt = a(y − x)}, {@code dy/dt = bx − xz + w}, {@code dz/dt = −cz + ex²},
 * {@code dw/dt = −dx}.
 *
 * <p>Wang, Z., Sun, Y., van Wyk, B. J., Qi, G. &amp; van Wyk, M. A (2009). A 3-D four-wing attractor and
 * its analysis. Brazilian J. Phys. 39.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}, {@code e}.
 */
public final class HyperWang extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;

    /** The HyperWang system with the catalog's default parameters and initial condition. */
    public HyperWang() {
        this(SystemSpec.defaults("HyperWang"));
    }

    private HyperWang(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperWang(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x;
        ds[1] = -x * z + b * x + w;
        ds[2] = -c * z + e * x * x;
        ds[3] = -d * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[2];
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = 0;
        j[4] = b - z;
        j[5] = 0;
        j[6] = -x;
        j[7] = 1;
        j[8] = 2 * e * x;
        j[9] = 0;
        j[10] = -c;
        j[11] = 0;
        j[12] = -d;
        j[13] = 0;
        j[14] = 0;
        j[15] = 0;
    }
}
