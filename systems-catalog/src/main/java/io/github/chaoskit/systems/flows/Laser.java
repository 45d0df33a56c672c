package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A three-variable semiconductor-laser model with cubic couplings:
 * {@code dx/dt = a(y − x) + b·yz²}, {@code dy/dt = c·x + d·xz²}, {@code dz/dt = h·z + k·x²}.
 *
 * <p>Abooee, Yaghini-Bonabi, Jahed-Motlagh (2013). Analysis and circuitry realization of a novel
 * three-dimensional chaotic system. Comm Nonline Sci 2013. Parameters: {@code a}, {@code b},
 * {@code c}, {@code d}, {@code h}, {@code k}.
 */
public final class Laser extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double h;
    private final double k;

    /** The Laser system with the catalog's default parameters and initial condition. */
    public Laser() {
        this(SystemSpec.defaults("Laser"));
    }

    private Laser(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        h = spec.param("h");
        k = spec.param("k");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Laser(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x + b * y * z * z;
        ds[1] = c * x + d * x * z * z;
        ds[2] = h * z + k * x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a + b * z * z;
        j[2] = 2 * b * y * z;
        j[3] = c + d * z * z;
        j[4] = 0;
        j[5] = 2 * d * x * z;
        j[6] = 2 * k * x;
        j[7] = 0;
        j[8] = h;
    }
}
