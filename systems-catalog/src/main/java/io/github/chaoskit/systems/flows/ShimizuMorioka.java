package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Shimizu–Morioka system, a Lorenz-like flow that bifurcates from a symmetric to an
 * asymmetric limit cycle: {@code dx/dt = y}, {@code dy/dt = x − a y − x z},
 * {@code dz/dt = −b z + x²}.
 *
 * <p>Shimizu, Morioka. Physics Letters A (1980), 201–204. Parameters: {@code a, b}.
 */
public final class ShimizuMorioka extends AbstractFlow {

    private final double a;
    private final double b;

    /** The ShimizuMorioka system with the catalog's default parameters and initial condition. */
    public ShimizuMorioka() {
        this(SystemSpec.defaults("ShimizuMorioka"));
    }

    private ShimizuMorioka(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ShimizuMorioka(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = x - a * y - x * z;
        ds[2] = -b * z + x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 1 - z;
        j[4] = -a;
        j[5] = -x;
        j[6] = 2 * x;
        j[7] = 0;
        j[8] = -b;
    }
}
