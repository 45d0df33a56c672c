package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A nonlinear oscillator of Guckenheimer and Holmes, a normal form near a Hopf/saddle-node
 * interaction: {@code dx/dt = ax − by + czx + dz(x² + y²)}, {@code dy/dt = ay + bx + czy},
 * {@code dz/dt = e − z² − f(x² + y²) − az³}.
 *
 * <p>Guckenheimer, John, and Philip Holmes (1983). Nonlinear oscillations, dynamical systems, and
 * bifurcations of vector fields. Vol. 42. Springer Science &amp; Business Media. As in dysts, the
 * term {@code dz(x² + y²)} appears only in {@code dx/dt}. Parameters: {@code a} … {@code f}.
 */
public final class GuckenheimerHolmes extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;
    private final double f;

    /** The Guckenheimer–Holmes oscillator with the catalog's default parameters and initial condition. */
    public GuckenheimerHolmes() {
        this(SystemSpec.defaults("GuckenheimerHolmes"));
    }

    private GuckenheimerHolmes(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
        f = spec.param("f");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new GuckenheimerHolmes(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * x - b * y + c * z * x + d * z * x * x + d * z * y * y;
        ds[1] = a * y + b * x + c * z * y;
        ds[2] = e - z * z - f * x * x - f * y * y - a * z * z * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = a + c * z + 2 * d * z * x;
        j[1] = -b + 2 * d * z * y;
        j[2] = c * x + d * x * x + d * y * y;
        j[3] = b;
        j[4] = a + c * z;
        j[5] = c * y;
        j[6] = -2 * f * x;
        j[7] = -2 * f * y;
        j[8] = -2 * z - 3 * a * z * z;
    }
}
