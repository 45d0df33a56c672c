package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A three-mode model of regime transitions in atmospheric flow: coupled oscillators with widely
 * spaced frequencies and an energy-preserving quadratic nonlinearity.
 * {@code dx/dt = μ1·x + σ·x·y}, {@code dy/dt = μ2·y + ω·z + α·y·z + β·z² − σ·x²},
 * {@code dz/dt = μ2·z − ω·y − α·y² − β·y·z}.
 *
 * <p>Tuwankotta (2006). Chaos in a coupled oscillators system with widely spaced frequencies and
 * energy-preserving non-linearity. Parameters: {@code alpha}, {@code beta}, {@code mu1},
 * {@code mu2}, {@code omega}, {@code sigma}.
 */
public final class AtmosphericRegime extends AbstractFlow {

    private final double alpha;
    private final double beta;
    private final double mu1;
    private final double mu2;
    private final double omega;
    private final double sigma;

    /** The atmospheric regime model with the catalog's default parameters and initial condition. */
    public AtmosphericRegime() {
        this(SystemSpec.defaults("AtmosphericRegime"));
    }

    private AtmosphericRegime(SystemSpec spec) {
        super(spec);
        alpha = spec.param("alpha");
        beta = spec.param("beta");
        mu1 = spec.param("mu1");
        mu2 = spec.param("mu2");
        omega = spec.param("omega");
        sigma = spec.param("sigma");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new AtmosphericRegime(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = mu1 * x + sigma * x * y;
        ds[1] = mu2 * y + omega * z + alpha * y * z + beta * z * z - sigma * x * x;
        ds[2] = mu2 * z - omega * y - alpha * y * y - beta * y * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = mu1 + sigma * y;
        j[1] = sigma * x;
        j[2] = 0;
        j[3] = -2 * sigma * x;
        j[4] = mu2 + alpha * z;
        j[5] = omega + alpha * y + 2 * beta * z;
        j[6] = 0;
        j[7] = -omega - 2 * alpha * y - beta * z;
        j[8] = mu2 - beta * y;
    }
}
