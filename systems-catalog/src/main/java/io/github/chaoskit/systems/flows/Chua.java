package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Chua's circuit in dimensionless form, an electronic oscillator whose nonlinear resistor (a
 * piecewise-linear diode with slope {@code m0} for |x| &lt; 1 and {@code m1} outside) provides negative
 * resistance: {@code h(x) = m1·x + ½·(m0 − m1)·(|x + 1| − |x − 1|)}, {@code dx/dt = α·(y − x − h(x))},
 * {@code dy/dt = x − y + z}, {@code dz/dt = −β·y}.
 *
 * <p>Chua, L. O. (1969). Introduction to Nonlinear Network Theory. McGraw-Hill, New York. Parameters:
 * {@code alpha} (α), {@code beta} (β), {@code m0}, {@code m1}. The vector field has kinks at x = ±1; the
 * Jacobian uses the slope of h on either side, {@code h'(x) = m1 + ½·(m0 − m1)·(sgn(x + 1) − sgn(x − 1))}.
 */
public final class Chua extends AbstractFlow {

    private final double alpha;
    private final double beta;
    private final double m0;
    private final double m1;

    /** Chua's circuit with the catalog's default parameters and initial condition. */
    public Chua() {
        this(SystemSpec.defaults("Chua"));
    }

    private Chua(SystemSpec spec) {
        super(spec);
        alpha = spec.param("alpha");
        beta = spec.param("beta");
        m0 = spec.param("m0");
        m1 = spec.param("m1");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Chua(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double h = m1 * x + 0.5 * (m0 - m1) * (Math.abs(x + 1) - Math.abs(x - 1));
        ds[0] = alpha * (y - x - h);
        ds[1] = x - y + z;
        ds[2] = -beta * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double dh = m1 + 0.5 * (m0 - m1) * (Math.signum(x + 1) - Math.signum(x - 1));
        j[0] = -alpha * (1 + dh);
        j[1] = alpha;
        j[2] = 0;
        j[3] = 1;
        j[4] = -1;
        j[5] = 1;
        j[6] = 0;
        j[7] = -beta;
        j[8] = 0;
    }
}
