package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A parameter-free quadratic flow without equilibria whose orbits go either to an invariant
 * torus or to a strange attractor depending on the initial condition:
 * {@code dx/dt = y + 2 x y + x z}, {@code dy/dt = 1 − 2 x² + y z}, {@code dz/dt = x − x² − y²}.
 *
 * <p>Sprott, J. C. (2014). Physics Letters A.
 */
public final class SprottTorus extends AbstractFlow {

    /** The SprottTorus system with the catalog's default parameters and initial condition. */
    public SprottTorus() {
        this(SystemSpec.defaults("SprottTorus"));
    }

    private SprottTorus(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottTorus(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y + 2 * x * y + x * z;
        ds[1] = 1 - 2 * x * x + y * z;
        ds[2] = x - x * x - y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 2 * y + z;
        j[1] = 1 + 2 * x;
        j[2] = x;
        j[3] = -4 * x;
        j[4] = z;
        j[5] = y;
        j[6] = 1 - 2 * x;
        j[7] = -2 * y;
        j[8] = 0;
    }
}
