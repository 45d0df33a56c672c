package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Thomas' cyclically symmetric attractor, a particle moving with friction {@code a} through a periodic
 * lattice of forces: {@code dx/dt = −a·x + b·sin(y)}, {@code dy/dt = −a·y + b·sin(z)},
 * {@code dz/dt = −a·z + b·sin(x)}.
 *
 * <p>Thomas, R. (1999). Deterministic chaos seen in terms of feedback circuits: analysis, synthesis,
 * "labyrinth chaos". Int. J. Bifurcation and Chaos 9(10), 1889–1905. Parameters: {@code a}, {@code b}.
 */
public final class Thomas extends AbstractFlow {

    private final double a;
    private final double b;

    /** Thomas with the catalog's default parameters and initial condition. */
    public Thomas() {
        this(SystemSpec.defaults("Thomas"));
    }

    /** Package-private: systems that dysts derives from Thomas share its equations. */
    Thomas(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Thomas(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -a * x + b * Math.sin(y);
        ds[1] = -a * y + b * Math.sin(z);
        ds[2] = -a * z + b * Math.sin(x);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = b * Math.cos(y);
        j[2] = 0;
        j[3] = 0;
        j[4] = -a;
        j[5] = b * Math.cos(z);
        j[6] = b * Math.cos(x);
        j[7] = 0;
        j[8] = -a;
    }
}
