package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A two-scroll attractor of a flow with piecewise nonlinearities (equivalent to the Wimol–Banlue
 * system): {@code dx/dt = y − x}, {@code dy/dt = −z tanh(x)}, {@code dz/dt = −a + x y + |y|}.
 *
 * <p>San-Um, Srisuchinwong, J. Comp. (2012). Parameter: {@code a}. The Jacobian uses
 * {@code d|y|/dy = sgn(y)} (the kink at {@code y = 0} is ignored).
 */
public final class SanUmSrisuchinwong extends AbstractFlow {

    private final double a;

    /** The SanUmSrisuchinwong system with the catalog's default parameters and initial condition. */
    public SanUmSrisuchinwong() {
        this(SystemSpec.defaults("SanUmSrisuchinwong"));
    }

    private SanUmSrisuchinwong(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SanUmSrisuchinwong(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y - x;
        ds[1] = -z * Math.tanh(x);
        ds[2] = -a + x * y + Math.abs(y);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double ch = Math.cosh(x);
        j[0] = -1;
        j[1] = 1;
        j[2] = 0;
        j[3] = -z / (ch * ch);
        j[4] = 0;
        j[5] = -Math.tanh(x);
        j[6] = y;
        j[7] = x + Math.signum(y);
        j[8] = 0;
    }
}
