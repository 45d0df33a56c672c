package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic variant of the Cai–Huang finance system with a fourth state {@code w}:
 * {@code dx/dt = a(y − x)}, {@code dy/dt = bx + cy − xz + w}, {@code dz/dt = −dz + y²},
 * {@code dw/dt = −ex}.
 *
 * <p>Guoliang, Huang (2007). A New Finance Chaotic Attractor. International Journal of Nonlinear
 * Science.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}, {@code e}.
 */
public final class HyperCai extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;

    /** The HyperCai system with the catalog's default parameters and initial condition. */
    public HyperCai() {
        this(SystemSpec.defaults("HyperCai"));
    }

    private HyperCai(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperCai(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x;
        ds[1] = b * x + c * y - x * z + w;
        ds[2] = -d * z + y * y;
        ds[3] = -e * x;
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
        j[4] = b - z;
        j[5] = c;
        j[6] = -x;
        j[7] = 1;
        j[8] = 0;
        j[9] = 2 * y;
        j[10] = -d;
        j[11] = 0;
        j[12] = -e;
        j[13] = 0;
        j[14] = 0;
        j[15] = 0;
    }
}
