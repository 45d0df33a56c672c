package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic 4-D system (Yan) built on a Chen-like core:
 * {@code dx/dt = a(y − x)}, {@code dy/dt = (c − a)x − xz + cy},
 * {@code dz/dt = −bz + xy − yz + xz − w}, {@code dw/dt = −dw + yz − xz}.
 *
 * <p>Jürgen Meier (2003). Presentation of Attractors with Cinema.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class HyperYan extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The HyperYan system with the catalog's default parameters and initial condition. */
    public HyperYan() {
        this(SystemSpec.defaults("HyperYan"));
    }

    private HyperYan(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperYan(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x;
        ds[1] = (c - a) * x - x * z + c * y;
        ds[2] = -b * z + x * y - y * z + x * z - w;
        ds[3] = -d * w + y * z - x * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = 0;
        j[4] = c - a - z;
        j[5] = c;
        j[6] = -x;
        j[7] = 0;
        j[8] = y + z;
        j[9] = x - z;
        j[10] = -b - y + x;
        j[11] = -1;
        j[12] = -z;
        j[13] = z;
        j[14] = y - x;
        j[15] = -d;
    }
}
