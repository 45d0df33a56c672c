package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Kawczynski–Strizhak three-variable reduction of the Belousov–Zhabotinsky reaction, producing
 * mixed-mode oscillations: {@code dx/dt = γ(y − x³ + 3μx)}, {@code dy/dt = −2μx − y − z + β},
 * {@code dz/dt = κ(x − z)}.
 *
 * <p>P. E. Strizhak and A. L. Kawczynski, J. Phys. Chem. 99, 10830 (1995). Parameters:
 * {@code beta}, {@code gamma}, {@code kappa}, {@code mu}.
 */
public final class KawczynskiStrizhak extends AbstractFlow {

    private final double beta;
    private final double gamma;
    private final double kappa;
    private final double mu;

    /** The KawczynskiStrizhak system with the catalog's default parameters and initial condition. */
    public KawczynskiStrizhak() {
        this(SystemSpec.defaults("KawczynskiStrizhak"));
    }

    private KawczynskiStrizhak(SystemSpec spec) {
        super(spec);
        beta = spec.param("beta");
        gamma = spec.param("gamma");
        kappa = spec.param("kappa");
        mu = spec.param("mu");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new KawczynskiStrizhak(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = gamma * y - gamma * x * x * x + 3 * mu * gamma * x;
        ds[1] = -2 * mu * x - y - z + beta;
        ds[2] = kappa * x - kappa * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = -3 * gamma * x * x + 3 * mu * gamma;
        j[1] = gamma;
        j[2] = 0;
        j[3] = -2 * mu;
        j[4] = -1;
        j[5] = -1;
        j[6] = kappa;
        j[7] = 0;
        j[8] = -kappa;
    }
}
