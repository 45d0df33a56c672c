package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Halvorsen's cyclically symmetric attractor with quadratic nonlinearity:
 * {@code dx/dt = −a·x − b·y − b·z − y²}, {@code dy/dt = −a·y − b·z − b·x − z²},
 * {@code dz/dt = −a·z − b·x − b·y − x²}.
 *
 * <p>Sprott, J. C. (2010). Elegant Chaos: Algebraically Simple Chaotic Flows. World Scientific. Parameters:
 * {@code a}, {@code b}.
 */
public final class Halvorsen extends AbstractFlow {

    private final double a;
    private final double b;

    /** Halvorsen with the catalog's default parameters and initial condition. */
    public Halvorsen() {
        this(SystemSpec.defaults("Halvorsen"));
    }

    private Halvorsen(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Halvorsen(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -a * x - b * y - b * z - y * y;
        ds[1] = -a * y - b * z - b * x - z * z;
        ds[2] = -a * z - b * x - b * y - x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = -b - 2 * y;
        j[2] = -b;
        j[3] = -b;
        j[4] = -a;
        j[5] = -b - 2 * z;
        j[6] = -b - 2 * x;
        j[7] = -b;
        j[8] = -a;
    }
}
