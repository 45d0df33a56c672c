package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Chen system, a Lorenz-like attractor found by chaotic anti-control of a linear feedback system:
 * {@code dx/dt = a·(y − x)}, {@code dy/dt = (c − a)·x − x·z + c·y}, {@code dz/dt = x·y − b·z}.
 *
 * <p>Chen, G. (1997). Proc. First Int. Conf. Control of Oscillations and Chaos; see also Chen, G. &amp; Ueta,
 * T. (1999), Int. J. Bifurcation and Chaos 9, 1465–1466. Parameters: {@code a}, {@code b}, {@code c}.
 */
public final class Chen extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** Chen with the catalog's default parameters and initial condition. */
    public Chen() {
        this(SystemSpec.defaults("Chen"));
    }

    private Chen(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Chen(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x;
        ds[1] = (c - a) * x - x * z + c * y;
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
        j[3] = c - a - z;
        j[4] = c;
        j[5] = -x;
        j[6] = y;
        j[7] = x;
        j[8] = -b;
    }
}
