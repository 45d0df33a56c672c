package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Lorenz system, a truncated model of atmospheric convection:
 * {@code dx/dt = σ(y − x)}, {@code dy/dt = ρx − xz − y}, {@code dz/dt = xy − βz}.
 *
 * <p>Lorenz, E. N. (1963). Deterministic nonperiodic flow. Journal of the Atmospheric
 * Sciences 20(2), 130–141. Parameters: {@code beta}, {@code rho}, {@code sigma}.
 */
public final class Lorenz extends AbstractFlow {

    private final double beta;
    private final double rho;
    private final double sigma;

    /** The Lorenz system with the catalog's default parameters and initial condition. */
    public Lorenz() {
        this(SystemSpec.defaults("Lorenz"));
    }

    private Lorenz(SystemSpec spec) {
        super(spec);
        beta = spec.param("beta");
        rho = spec.param("rho");
        sigma = spec.param("sigma");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Lorenz(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = sigma * (y - x);
        ds[1] = rho * x - x * z - y;
        ds[2] = x * y - beta * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -sigma;
        j[1] = sigma;
        j[2] = 0;
        j[3] = rho - z;
        j[4] = -1;
        j[5] = -x;
        j[6] = y;
        j[7] = x;
        j[8] = -beta;
    }
}
