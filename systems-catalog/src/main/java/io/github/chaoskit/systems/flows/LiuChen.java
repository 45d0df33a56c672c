package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Liu–Chen attractor, which dysts codes with the equations of the Sakarya system:
 * {@code dx/dt = a·x + h·y + s·yz}, {@code dy/dt = −b·y − p·x + q·xz}, {@code dz/dt = c·z − r·xy}
 * (with the default h = p = 0 the linear cross terms vanish).
 *
 * <p>Liu, Chen. Int J Bifurcat Chaos. 2004: 1395-1403. Parameters: {@code a}, {@code b},
 * {@code c}, {@code h}, {@code p}, {@code q}, {@code r}, {@code s}.
 */
public final class LiuChen extends AbstractFlow {

    /** Sakarya's equations with this system's parameter values (dysts derives LiuChen from Sakarya). */
    private final Sakarya equations;

    /** The LiuChen system with the catalog's default parameters and initial condition. */
    public LiuChen() {
        this(SystemSpec.defaults("LiuChen"));
    }

    private LiuChen(SystemSpec spec) {
        super(spec);
        equations = new Sakarya(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LiuChen(spec);
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
