package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic extension of the Lü system obtained by adding a fourth state {@code w}:
 * {@code dx/dt = a(y − x) + w}, {@code dy/dt = cy − xz}, {@code dz/dt = xy − bz},
 * {@code dw/dt = ex + dyz}.
 *
 * <p>Bao, Liu  (2008). A hyperchaotic attractor coined from the chaotic Lu system. Chin. Physics
 * Letters, Vol. 25, pp 2396-2399.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}, {@code e}.
 */
public final class HyperBao extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;

    /** The HyperBao system with the catalog's default parameters and initial condition. */
    public HyperBao() {
        this(SystemSpec.defaults("HyperBao"));
    }

    private HyperBao(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperBao(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + w;
        ds[1] = c * y - x * z;
        ds[2] = x * y - b * z;
        ds[3] = e * x + d * y * z;
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
        j[4] = -z;
        j[5] = c;
        j[6] = -x;
        j[7] = 0;
        j[8] = y;
        j[9] = x;
        j[10] = -b;
        j[11] = 0;
        j[12] = e;
        j[13] = d * z;
        j[14] = d * y;
        j[15] = 0;
    }
}
