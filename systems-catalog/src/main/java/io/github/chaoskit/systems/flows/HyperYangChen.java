package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic variant of the Yang–Chen system with a fourth state {@code w}:
 * {@code dx/dt = a(y − x)}, {@code dy/dt = cx − xz + w}, {@code dz/dt = −bz + xy},
 * {@code dw/dt = −dx}.
 *
 * <p>Jürgen Meier (2003). Presentation of Attractors with Cinema.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class HyperYangChen extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The HyperYangChen system with the catalog's default parameters and initial condition. */
    public HyperYangChen() {
        this(SystemSpec.defaults("HyperYangChen"));
    }

    private HyperYangChen(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperYangChen(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x;
        ds[1] = c * x - x * z + w;
        ds[2] = -b * z + x * y;
        ds[3] = -d * x;
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
        j[4] = c - z;
        j[5] = 0;
        j[6] = -x;
        j[7] = 1;
        j[8] = y;
        j[9] = x;
        j[10] = -b;
        j[11] = 0;
        j[12] = -d;
        j[13] = 0;
        j[14] = 0;
        j[15] = 0;
    }
}
