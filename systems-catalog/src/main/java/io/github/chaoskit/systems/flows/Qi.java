package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The four-dimensional hyperchaotic Qi system with cubic cross couplings:
 * {@code dx/dt = a(y − x) + yzw}, {@code dy/dt = b(x + y) − xzw}, {@code dz/dt = −c·z + xyw},
 * {@code dw/dt = −d·w + xyz}.
 *
 * <p>G. Qi, M. A. van Wyk, B. J. van Wyk, and G. Chen, (2008). On a new hyperchaotic system.
 * Physics Letters A. Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class Qi extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The Qi system with the catalog's default parameters and initial condition. */
    public Qi() {
        this(SystemSpec.defaults("Qi"));
    }

    private Qi(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Qi(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + y * z * w;
        ds[1] = b * x + b * y - x * z * w;
        ds[2] = -c * z + x * y * w;
        ds[3] = -d * w + x * y * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        j[0] = -a;
        j[1] = a + z * w;
        j[2] = y * w;
        j[3] = y * z;
        j[4] = b - z * w;
        j[5] = b;
        j[6] = -x * w;
        j[7] = -x * z;
        j[8] = y * w;
        j[9] = x * w;
        j[10] = -c;
        j[11] = x * y;
        j[12] = y * z;
        j[13] = x * z;
        j[14] = x * y;
        j[15] = -d;
    }
}
