package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Pang and Liu's hyperchaotic extension of the Lü system with a fourth state {@code w}:
 * {@code dx/dt = a(y − x)}, {@code dy/dt = cy − xz + w}, {@code dz/dt = xy − bz},
 * {@code dw/dt = −d(x + y)}.
 *
 * <p>Pang, S., &amp; Liu, Y. (2011). A new hyperchaotic system from the Lü system and its control.
 * Journal of Computational and Applied Mathematics, 235(8), 2775-2789.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class HyperPang extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The HyperPang system with the catalog's default parameters and initial condition. */
    public HyperPang() {
        this(SystemSpec.defaults("HyperPang"));
    }

    private HyperPang(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperPang(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x;
        ds[1] = -x * z + c * y + w;
        ds[2] = x * y - b * z;
        ds[3] = -d * x - d * y;
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
        j[4] = -z;
        j[5] = c;
        j[6] = -x;
        j[7] = 1;
        j[8] = y;
        j[9] = x;
        j[10] = -b;
        j[11] = 0;
        j[12] = -d;
        j[13] = -d;
        j[14] = 0;
        j[15] = 0;
    }
}
