package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Burke–Shaw system, a Lorenz-like scroll attractor symmetric about the z axis:
 * {@code dx/dt = −n·x − n·y}, {@code dy/dt = y − n·x·z}, {@code dz/dt = n·x·y + e}.
 *
 * <p>Shaw (1981). Zeitschrift für Naturforschung. Parameters: {@code e}, {@code n}.
 */
public final class BurkeShaw extends AbstractFlow {

    private final double e;
    private final double n;

    /** The Burke–Shaw system with the catalog's default parameters and initial condition. */
    public BurkeShaw() {
        this(SystemSpec.defaults("BurkeShaw"));
    }

    private BurkeShaw(SystemSpec spec) {
        super(spec);
        e = spec.param("e");
        n = spec.param("n");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new BurkeShaw(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = -n * x - n * y;
        ds[1] = y - n * x * z;
        ds[2] = n * x * y + e;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -n;
        j[1] = -n;
        j[2] = 0;
        j[3] = -n * z;
        j[4] = 1;
        j[5] = -n * x;
        j[6] = n * y;
        j[7] = n * x;
        j[8] = 0;
    }
}
