package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic Lorenz-type system with a fourth state {@code w}:
 * {@code dx/dt = a(y − x) + w}, {@code dy/dt = bx − xz − y}, {@code dz/dt = xy − cz},
 * {@code dw/dt = −xz + dw}.
 *
 * <p>Jürgen Meier (2003). Presentation of Attractors with Cinema.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class HyperJha extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The HyperJha system with the catalog's default parameters and initial condition. */
    public HyperJha() {
        this(SystemSpec.defaults("HyperJha"));
    }

    private HyperJha(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperJha(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + w;
        ds[1] = -x * z + b * x - y;
        ds[2] = x * y - c * z;
        ds[3] = -x * z + d * w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = 1;
        j[4] = b - z;
        j[5] = -1;
        j[6] = -x;
        j[7] = 0;
        j[8] = y;
        j[9] = x;
        j[10] = -c;
        j[11] = 0;
        j[12] = -z;
        j[13] = 0;
        j[14] = -x;
        j[15] = d;
    }
}
