package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;
import java.util.Arrays;

/**
 * Two Lorenz systems with one-way diffusive coupling: the first (with ρ1) drives the second
 * (with ρ2) through its x component:
 * {@code dx1/dt = σ(y1 − x1)}, {@code dy1/dt = ρ1·x1 − x1z1 − y1}, {@code dz1/dt = x1y1 − βz1},
 * {@code dx2/dt = σ(y2 − x2) + ε(x1 − x2)}, {@code dy2/dt = ρ2·x2 − x2z2 − y2},
 * {@code dz2/dt = x2y2 − βz2}.
 *
 * <p>Lorenz, Edward N. Deterministic nonperiodic flow. Journal of the atmospheric sciences 20.2
 * (1963): 130-141. Parameters: {@code beta}, {@code eps}, {@code rho1}, {@code rho2},
 * {@code sigma}; the catalog also lists {@code rho}, which dysts passes to its right-hand side
 * but never uses, so it has no effect here either.
 */
public final class LorenzCoupled extends AbstractFlow {

    private final double beta;
    private final double eps;
    private final double rho1;
    private final double rho2;
    private final double sigma;

    /** The LorenzCoupled system with the catalog's default parameters and initial condition. */
    public LorenzCoupled() {
        this(SystemSpec.defaults("LorenzCoupled"));
    }

    private LorenzCoupled(SystemSpec spec) {
        super(spec);
        beta = spec.param("beta");
        eps = spec.param("eps");
        rho1 = spec.param("rho1");
        rho2 = spec.param("rho2");
        sigma = spec.param("sigma");
        // "rho" is a catalog parameter that the dysts equations do not use
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LorenzCoupled(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x1 = s[0];
        double y1 = s[1];
        double z1 = s[2];
        double x2 = s[3];
        double y2 = s[4];
        double z2 = s[5];
        ds[0] = sigma * (y1 - x1);
        ds[1] = rho1 * x1 - x1 * z1 - y1;
        ds[2] = x1 * y1 - beta * z1;
        ds[3] = sigma * (y2 - x2) + eps * (x1 - x2);
        ds[4] = rho2 * x2 - x2 * z2 - y2;
        ds[5] = x2 * y2 - beta * z2;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x1 = s[0];
        double y1 = s[1];
        double z1 = s[2];
        double x2 = s[3];
        double y2 = s[4];
        double z2 = s[5];
        Arrays.fill(j, 0, 36, 0.0);
        j[0] = -sigma;
        j[1] = sigma;
        j[6] = rho1 - z1;
        j[7] = -1;
        j[8] = -x1;
        j[12] = y1;
        j[13] = x1;
        j[14] = -beta;
        j[18] = eps;
        j[21] = -sigma - eps;
        j[22] = sigma;
        j[27] = rho2 - z2;
        j[28] = -1;
        j[29] = -x2;
        j[33] = y2;
        j[34] = x2;
        j[35] = -beta;
    }
}
