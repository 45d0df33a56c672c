package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Rössler's hyperchaotic system, the first example with two positive Lyapunov exponents:
 * {@code dx/dt = −y − z}, {@code dy/dt = x + ay + w}, {@code dz/dt = b + xz},
 * {@code dw/dt = −cz + dw}.
 *
 * <p>Rossler, O. E. (1979). An equation for hyperchaos.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class HyperRossler extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The HyperRossler system with the catalog's default parameters and initial condition. */
    public HyperRossler() {
        this(SystemSpec.defaults("HyperRossler"));
    }

    private HyperRossler(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperRossler(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = -y - z;
        ds[1] = x + a * y + w;
        ds[2] = b + x * z;
        ds[3] = -c * z + d * w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[2];
        j[0] = 0;
        j[1] = -1;
        j[2] = -1;
        j[3] = 0;
        j[4] = 1;
        j[5] = a;
        j[6] = 0;
        j[7] = 1;
        j[8] = z;
        j[9] = 0;
        j[10] = x;
        j[11] = 0;
        j[12] = 0;
        j[13] = 0;
        j[14] = -c;
        j[15] = d;
    }
}
