package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Rössler system, a minimal three-variable model of spiral (folded-band) chaos: {@code dx/dt = −y − z},
 * {@code dy/dt = x + a·y}, {@code dz/dt = b + z·x − c·z}.
 *
 * <p>Rössler, O. E. (1976). An equation for continuous chaos. Physics Letters A 57(5), 397–398. Parameters:
 * {@code a}, {@code b}, {@code c}.
 */
public final class Rossler extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** Rossler with the catalog's default parameters and initial condition. */
    public Rossler() {
        this(SystemSpec.defaults("Rossler"));
    }

    private Rossler(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Rossler(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -y - z;
        ds[1] = x + a * y;
        ds[2] = b + z * x - c * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[2];
        j[0] = 0;
        j[1] = -1;
        j[2] = -1;
        j[3] = 1;
        j[4] = a;
        j[5] = 0;
        j[6] = z;
        j[7] = 0;
        j[8] = x - c;
    }
}
