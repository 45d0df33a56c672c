package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Anishchenko–Astakhov oscillator, a self-excited generator with inertial nonlinearity:
 * {@code dx/dt = μx + y − xz}, {@code dy/dt = −x}, {@code dz/dt = −ηz + η·H(x)·x²}, where
 * {@code H} is the Heaviside step with {@code H(0) = 0}.
 *
 * <p>Anishchenko, et al. Nonlinear dynamics of chaotic and stochastic systems: tutorial and
 * modern developments (2007). Parameters: {@code eta}, {@code mu}.
 */
public final class AnishchenkoAstakhov extends AbstractFlow {

    private final double eta;
    private final double mu;

    /** The Anishchenko–Astakhov oscillator with the catalog's default parameters and initial condition. */
    public AnishchenkoAstakhov() {
        this(SystemSpec.defaults("AnishchenkoAstakhov"));
    }

    private AnishchenkoAstakhov(SystemSpec spec) {
        super(spec);
        eta = spec.param("eta");
        mu = spec.param("mu");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new AnishchenkoAstakhov(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double h = x > 0 ? 1.0 : 0.0;
        ds[0] = mu * x + y - x * z;
        ds[1] = -x;
        ds[2] = -eta * z + eta * h * x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[2];
        double h = x > 0 ? 1.0 : 0.0;
        j[0] = mu - z;
        j[1] = 1;
        j[2] = -x;
        j[3] = -1;
        j[4] = 0;
        j[5] = 0;
        j[6] = 2 * eta * h * x;
        j[7] = 0;
        j[8] = -eta;
    }
}
