package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Qi–Chen double-wing attractor:
 * {@code dx/dt = a(y − x) + yz}, {@code dy/dt = c·x + y − xz}, {@code dz/dt = xy − b·z}.
 *
 * <p>Qi et al. Chaos, Solitons & Fractals 2008. Parameters: {@code a}, {@code b}, {@code c}.
 */
public final class QiChen extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** The QiChen system with the catalog's default parameters and initial condition. */
    public QiChen() {
        this(SystemSpec.defaults("QiChen"));
    }

    private QiChen(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new QiChen(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x + y * z;
        ds[1] = c * x + y - x * z;
        ds[2] = x * y - b * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a + z;
        j[2] = y;
        j[3] = c - z;
        j[4] = 1;
        j[5] = -x;
        j[6] = y;
        j[7] = x;
        j[8] = -b;
    }
}
