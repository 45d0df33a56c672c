package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Lorenz system confined by a spherical potential: Lorenz's vector field multiplied by
 * {@code 1 − R} with {@code R = (x² + y² + z²)/r²}, so the sphere of radius r is invariant:
 * {@code dx/dt = σ(y − x)(1 − R)}, {@code dy/dt = (ρx − xz − y)(1 − R)},
 * {@code dz/dt = (xy − βz)(1 − R)}.
 *
 * <p>Sprott & Xiong (2015). Chaos. Parameters: {@code beta}, {@code r}, {@code rho},
 * {@code sigma}. (dysts writes each component fully expanded; the factored form used here is the
 * same function.)
 */
public final class LorenzBounded extends AbstractFlow {

    private final double beta;
    private final double r;
    private final double rho;
    private final double sigma;

    /** The LorenzBounded system with the catalog's default parameters and initial condition. */
    public LorenzBounded() {
        this(SystemSpec.defaults("LorenzBounded"));
    }

    private LorenzBounded(SystemSpec spec) {
        super(spec);
        beta = spec.param("beta");
        r = spec.param("r");
        rho = spec.param("rho");
        sigma = spec.param("sigma");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LorenzBounded(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double factor = 1 - (x * x + y * y + z * z) / (r * r);
        ds[0] = sigma * (y - x) * factor;
        ds[1] = (rho * x - x * z - y) * factor;
        ds[2] = (x * y - beta * z) * factor;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double r2 = r * r;
        double factor = 1 - (x * x + y * y + z * z) / r2;
        // gradient of the factor (1 − R)
        double gx = -2 * x / r2;
        double gy = -2 * y / r2;
        double gz = -2 * z / r2;
        double l0 = sigma * (y - x);
        double l1 = rho * x - x * z - y;
        double l2 = x * y - beta * z;
        j[0] = -sigma * factor + l0 * gx;
        j[1] = sigma * factor + l0 * gy;
        j[2] = l0 * gz;
        j[3] = (rho - z) * factor + l1 * gx;
        j[4] = -factor + l1 * gy;
        j[5] = -x * factor + l1 * gz;
        j[6] = y * factor + l2 * gx;
        j[7] = x * factor + l2 * gy;
        j[8] = -beta * factor + l2 * gz;
    }
}
