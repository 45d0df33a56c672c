package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Sprott's simplest dissipative chaotic flow, the jerk equation
 * {@code x‴ = −μ x″ + x′² − x} written as {@code dx/dt = y}, {@code dy/dt = z},
 * {@code dz/dt = −x + y² − μ z}.
 *
 * <p>Sprott, J. C. (1997). Simplest dissipative chaotic flow. Physics Letters A. Parameter:
 * {@code mu} (μ).
 */
public final class SprottJerk extends AbstractFlow {

    private final double mu;

    /** The SprottJerk system with the catalog's default parameters and initial condition. */
    public SprottJerk() {
        this(SystemSpec.defaults("SprottJerk"));
    }

    private SprottJerk(SystemSpec spec) {
        super(spec);
        mu = spec.param("mu");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottJerk(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = z;
        ds[2] = -x + y * y - mu * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 0;
        j[4] = 0;
        j[5] = 1;
        j[6] = -1;
        j[7] = 2 * y;
        j[8] = -mu;
    }
}
