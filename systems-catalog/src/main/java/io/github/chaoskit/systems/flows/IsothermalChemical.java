package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Petrov–Scott–Showalter isothermal autocatalytic reaction scheme, which shows mixed-mode
 * oscillations. State (α, β, γ) are concentrations:
 * {@code dα/dt = μ(κ + γ) − αβ² − α}, {@code dβ/dt = (αβ² + α − β)/σ}, {@code dγ/dt = (β − γ)/δ}.
 *
 * <p>Petrov, Scott, Showalter. Mixed-mode oscillations in chemical systems. J Chem Phys 1992.
 * Parameters: {@code delta}, {@code kappa}, {@code mu}, {@code sigma}; the small σ makes β a fast
 * (stiff) variable.
 */
public final class IsothermalChemical extends AbstractFlow {

    private final double delta;
    private final double kappa;
    private final double mu;
    private final double sigma;

    /** The IsothermalChemical system with the catalog's default parameters and initial condition. */
    public IsothermalChemical() {
        this(SystemSpec.defaults("IsothermalChemical"));
    }

    private IsothermalChemical(SystemSpec spec) {
        super(spec);
        delta = spec.param("delta");
        kappa = spec.param("kappa");
        mu = spec.param("mu");
        sigma = spec.param("sigma");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new IsothermalChemical(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double al = s[0];
        double be = s[1];
        double ga = s[2];
        ds[0] = mu * (kappa + ga) - al * be * be - al;
        ds[1] = (al * be * be + al - be) / sigma;
        ds[2] = (be - ga) / delta;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double al = s[0];
        double be = s[1];
        j[0] = -be * be - 1;
        j[1] = -2 * al * be;
        j[2] = mu;
        j[3] = (be * be + 1) / sigma;
        j[4] = (2 * al * be - 1) / sigma;
        j[5] = 0;
        j[6] = 0;
        j[7] = 1 / delta;
        j[8] = -1 / delta;
    }
}
