package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Aizawa (Langford) system, a torus-like attractor: a rotation about the z axis with rate {@code d}
 * coupled to a cubic z equation: {@code dx/dt = (z − b)·x − d·y}, {@code dy/dt = d·x + (z − b)·y},
 * {@code dz/dt = c + a·z − z³/3 − (x² + y²)·(1 + e·z) + f·z·x³}.
 *
 * <p>Aizawa, Y. &amp; Uezu, T. (1982). Topological aspects in chaos and in 2^k-period doubling cascade.
 * Progress of Theoretical Physics 67(3), 982–985; see also Langford, W. F. (1984), Numerical studies of torus
 * bifurcations, in Numerical Methods for Bifurcation Problems, Birkhäuser, 285–295. Parameters: {@code a},
 * {@code b}, {@code c}, {@code d}, {@code e}, {@code f}.
 */
public final class Aizawa extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;
    private final double f;

    /** Aizawa with the catalog's default parameters and initial condition. */
    public Aizawa() {
        this(SystemSpec.defaults("Aizawa"));
    }

    private Aizawa(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
        f = spec.param("f");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Aizawa(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = x * z - b * x - d * y;
        ds[1] = d * x + y * z - b * y;
        ds[2] = c + a * z - z * z * z / 3.0 - x * x - y * y - e * z * x * x - e * z * y * y + f * z * x * x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = z - b;
        j[1] = -d;
        j[2] = x;
        j[3] = d;
        j[4] = z - b;
        j[5] = y;
        j[6] = -2 * x - 2 * e * z * x + 3 * f * z * x * x;
        j[7] = -2 * y - 2 * e * z * y;
        j[8] = a - z * z - e * x * x - e * y * y + f * x * x * x;
    }
}
