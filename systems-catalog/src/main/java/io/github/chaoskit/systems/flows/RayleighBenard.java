package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A reduced-order model of a Rayleigh–Bénard convection cell:
 * {@code dx/dt = a(y − x)}, {@code dy/dt = r·y − xz}, {@code dz/dt = xy − b·z}
 * (unlike Lorenz's equations, r multiplies y in the second equation).
 *
 * <p>Yanagita, Kaneko (1995). Rayleigh-Bénard convection patterns, chaos, spatiotemporal chaos
 * and turbulence. Physica D: Nonlinear Phenomena 82.3 (1995): 288-313. Parameters: {@code a},
 * {@code b}, {@code r}.
 */
public final class RayleighBenard extends AbstractFlow {

    private final double a;
    private final double b;
    private final double r;

    /** The RayleighBenard system with the catalog's default parameters and initial condition. */
    public RayleighBenard() {
        this(SystemSpec.defaults("RayleighBenard"));
    }

    private RayleighBenard(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        r = spec.param("r");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new RayleighBenard(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x;
        ds[1] = r * y - x * z;
        ds[2] = x * y - b * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = -z;
        j[4] = r;
        j[5] = -x;
        j[6] = y;
        j[7] = x;
        j[8] = -b;
    }
}
