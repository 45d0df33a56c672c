package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Houart–Dupont–Goldbeter model of intracellular Ca²⁺ oscillations at parameter values
 * where the motion is quasi-periodic; same equations as {@link CaTwoPlus}: with
 * {@code V2 = Vm2·z²/(K2² + z²)}, {@code V3 = Vm3·z^m/(Kz^m + z^m)·y²/(Ky² + y²)·a⁴/(Ka⁴ + a⁴)},
 * {@code V5 = Vm5·a^p/(K5^p + a^p)·z^n/(Kd^n + z^n)}:
 * {@code dz/dt = V0 + V1·β − V2 + V3 + kf·y − k·z}, {@code dy/dt = V2 − V3 − kf·y},
 * {@code da/dt = β·V4 − V5 − ε·a}.
 *
 * <p>Houart, Dupont, Goldbeter. Bull Math Biol 1999. Parameters: {@code K2}, {@code K5},
 * {@code Ka}, {@code Kd}, {@code Ky}, {@code Kz}, {@code V0}, {@code V1}, {@code V4},
 * {@code Vm2}, {@code Vm3}, {@code Vm5}, {@code beta}, {@code eps}, {@code k}, {@code kf},
 * {@code m}, {@code n}, {@code p} (m, n, p are Hill exponents). State order is {@code (z, y, a)}.
 */
public final class CaTwoPlusQuasiperiodic extends AbstractFlow {

    /** CaTwoPlus's equations with this system's parameter values (dysts derives CaTwoPlusQuasiperiodic from CaTwoPlus). */
    private final CaTwoPlus equations;

    /** The CaTwoPlusQuasiperiodic system with the catalog's default parameters and initial condition. */
    public CaTwoPlusQuasiperiodic() {
        this(SystemSpec.defaults("CaTwoPlusQuasiperiodic"));
    }

    private CaTwoPlusQuasiperiodic(SystemSpec spec) {
        super(spec);
        equations = new CaTwoPlus(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new CaTwoPlusQuasiperiodic(spec);
    }

    @Override
    public void rhs(double t, double[] x, double[] dxdt) {
        equations.rhs(t, x, dxdt);
    }

    @Override
    public void jacobian(double t, double[] x, double[] jac) {
        equations.jacobian(t, x, jac);
    }
}
