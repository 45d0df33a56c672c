package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Dadras–Momeni system, a quadratic three-dimensional flow that produces two-, three- or four-scroll
 * attractors as its parameters vary: {@code dx/dt = y − p·x + o·y·z}, {@code dy/dt = r·y − x·z + z},
 * {@code dz/dt = c·x·y − e·z}.
 *
 * <p>Dadras, S. &amp; Momeni, H. R. (2009). A novel three-dimensional autonomous chaotic system generating
 * two, three and four-scroll attractors. Physics Letters A 373, 3637–3642. Parameters: {@code c}, {@code e},
 * {@code o}, {@code p}, {@code r}.
 */
public final class Dadras extends AbstractFlow {

    private final double c;
    private final double e;
    private final double o;
    private final double p;
    private final double r;

    /** Dadras with the catalog's default parameters and initial condition. */
    public Dadras() {
        this(SystemSpec.defaults("Dadras"));
    }

    private Dadras(SystemSpec spec) {
        super(spec);
        c = spec.param("c");
        e = spec.param("e");
        o = spec.param("o");
        p = spec.param("p");
        r = spec.param("r");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Dadras(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y - p * x + o * y * z;
        ds[1] = r * y - x * z + z;
        ds[2] = c * x * y - e * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -p;
        j[1] = 1 + o * z;
        j[2] = o * y;
        j[3] = -z;
        j[4] = r;
        j[5] = 1 - x;
        j[6] = c * y;
        j[7] = c * x;
        j[8] = -e;
    }
}
