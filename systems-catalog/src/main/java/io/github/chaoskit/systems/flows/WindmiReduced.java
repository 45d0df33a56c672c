package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The reduced WINDMI model of solar-wind energy transfer into the magnetosphere–ionosphere, with
 * current i, voltage v and pressure p:
 * {@code di/dt = a1 (vsw − v)}, {@code dv/dt = b1 i − b2 p/2 − b3 v},
 * {@code dp/dt = vsw² − p^(5/4) vsw^(1/2) (1 + tanh(d1 (i − 1)))/2}.
 *
 * <p>Smith, Thiffeault, Horton. J. Geophys. Res. (2000); Horton, Weigel, Sprott. Chaos (2001).
 * Parameters: {@code a1, b1, b2, b3, d1, vsw}. The published model has {@code b2 p^(1/2)} in the
 * v-equation; dysts codes {@code b2 p/2} (an operator-precedence slip), which is kept here.
 * The tanh switch is very steep (d1 = 2200). NaN for {@code p < 0}.
 */
public final class WindmiReduced extends AbstractFlow {

    private final double a1;
    private final double b1;
    private final double b2;
    private final double b3;
    private final double d1;
    private final double vsw;

    /** The WindmiReduced system with the catalog's default parameters and initial condition. */
    public WindmiReduced() {
        this(SystemSpec.defaults("WindmiReduced"));
    }

    private WindmiReduced(SystemSpec spec) {
        super(spec);
        a1 = spec.param("a1");
        b1 = spec.param("b1");
        b2 = spec.param("b2");
        b3 = spec.param("b3");
        d1 = spec.param("d1");
        vsw = spec.param("vsw");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new WindmiReduced(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double i = s[0];
        double v = s[1];
        double p = s[2];
        ds[0] = a1 * (vsw - v);
        ds[1] = b1 * i - b2 * p / 2 - b3 * v;
        ds[2] = vsw * vsw - Math.pow(p, 5.0 / 4.0) * Math.sqrt(vsw) * (1 + Math.tanh(d1 * (i - 1))) / 2;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double i = s[0];
        double p = s[2];
        double arg = d1 * (i - 1);
        double ch = Math.cosh(arg);
        double rootVsw = Math.sqrt(vsw);
        j[0] = 0;
        j[1] = -a1;
        j[2] = 0;
        j[3] = b1;
        j[4] = -b3;
        j[5] = -b2 / 2;
        j[6] = -Math.pow(p, 5.0 / 4.0) * rootVsw * d1 / (2 * ch * ch);
        j[7] = 0;
        j[8] = -(5.0 / 4.0) * Math.pow(p, 1.0 / 4.0) * rootVsw * (1 + Math.tanh(arg)) / 2;
    }
}
