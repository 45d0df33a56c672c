package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Lorenz's 1984 low-order model of the general atmospheric circulation (a westerly jet x and a
 * travelling wave (y, z)): {@code dx/dt = −a·x − y² − z² + a·f},
 * {@code dy/dt = −y + xy − b·xz + g}, {@code dz/dt = −z + b·xy + xz}.
 *
 * <p>E. Lorenz (1984). Irregularity: a fundamental property of the atmosphere. Tellus A 36(2),
 * 98–110. Parameters: {@code a}, {@code b}, {@code f}, {@code g}. Same vector field as Hadley.
 */
public final class Lorenz84 extends AbstractFlow {

    private final double a;
    private final double b;
    private final double f;
    private final double g;

    /** The Lorenz84 system with the catalog's default parameters and initial condition. */
    public Lorenz84() {
        this(SystemSpec.defaults("Lorenz84"));
    }

    /** Package-private: systems that dysts derives from Lorenz84 share its equations. */
    Lorenz84(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        f = spec.param("f");
        g = spec.param("g");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Lorenz84(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -a * x - y * y - z * z + a * f;
        ds[1] = -y + x * y - b * x * z + g;
        ds[2] = -z + b * x * y + x * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = -2 * y;
        j[2] = -2 * z;
        j[3] = y - b * z;
        j[4] = -1 + x;
        j[5] = -b * x;
        j[6] = b * y + z;
        j[7] = b * x;
        j[8] = -1 + x;
    }
}
