package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic 4-D system (Xu) with a fourth state {@code w}:
 * {@code dx/dt = a(y − x) + w}, {@code dy/dt = bx + exz}, {@code dz/dt = −cz − xy},
 * {@code dw/dt = xz − dy}.
 *
 * <p>Letellier &amp; Rossler (2007). Hyperchaos. Scholarpedia 2.8 (2007): 1936.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}, {@code e}.
 */
public final class HyperXu extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;

    /** The HyperXu system with the catalog's default parameters and initial condition. */
    public HyperXu() {
        this(SystemSpec.defaults("HyperXu"));
    }

    private HyperXu(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperXu(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + w;
        ds[1] = b * x + e * x * z;
        ds[2] = -c * z - x * y;
        ds[3] = x * z - d * y;
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
        j[4] = b + e * z;
        j[5] = 0;
        j[6] = e * x;
        j[7] = 0;
        j[8] = -y;
        j[9] = -x;
        j[10] = -c;
        j[11] = 0;
        j[12] = z;
        j[13] = -d;
        j[14] = x;
        j[15] = 0;
    }
}
