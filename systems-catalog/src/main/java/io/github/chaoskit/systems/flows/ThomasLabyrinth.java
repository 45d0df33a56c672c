package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Thomas's cyclically symmetric "labyrinth" flow at weak damping, where orbits wander through a
 * lattice of cells like a random walk yet stay bounded for {@code a < 1}:
 * {@code dx/dt = −a x + b sin y}, {@code dy/dt = −a y + b sin z}, {@code dz/dt = −a z + b sin x}.
 * Same equations as {@code Thomas}; only the parameter values differ.
 *
 * <p>Thomas, R. (1999). Deterministic chaos seen in terms of feedback circuits: analysis,
 * synthesis, labyrinth chaos. Int. J. Bifurcation and Chaos. Parameters: {@code a, b}.
 */
public final class ThomasLabyrinth extends AbstractFlow {

    private final double a;
    private final double b;

    /** The ThomasLabyrinth system with the catalog's default parameters and initial condition. */
    public ThomasLabyrinth() {
        this(SystemSpec.defaults("ThomasLabyrinth"));
    }

    private ThomasLabyrinth(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ThomasLabyrinth(spec);
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
