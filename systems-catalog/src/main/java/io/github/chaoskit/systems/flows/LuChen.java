package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Lü–Chen (Chen–Čelikovský) system, whose attractor changes from Lorenz-like to Chen-like shapes as
 * {@code c} grows from about 12.7 to 28.5: {@code dx/dt = a·(y − x)}, {@code dy/dt = −x·z + c·y},
 * {@code dz/dt = x·y − b·z}.
 *
 * <p>Lü, J. &amp; Chen, G. (2002). A new chaotic attractor coined. Int. J. Bifurcation and Chaos 12(3),
 * 659–661. Parameters: {@code a}, {@code b}, {@code c}.
 */
public final class LuChen extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** LuChen with the catalog's default parameters and initial condition. */
    public LuChen() {
        this(SystemSpec.defaults("LuChen"));
    }

    private LuChen(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LuChen(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x;
        ds[1] = -x * z + c * y;
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
        j[4] = c;
        j[5] = -x;
        j[6] = y;
        j[7] = x;
        j[8] = -b;
    }
}
