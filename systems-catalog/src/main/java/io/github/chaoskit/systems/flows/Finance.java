package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A finance model of interest rate {@code x}, investment demand {@code y} and price index
 * {@code z}: {@code dx/dt = (1/b − a)x + z + xy}, {@code dy/dt = −by − x²},
 * {@code dz/dt = −x − cz}.
 *
 * <p>Guoliang Cai, Juanjuan Huang. International Journal of Nonlinear Science, Vol. 3 (2007).
 * Parameters: {@code a}, {@code b}, {@code c}.
 */
public final class Finance extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** The finance system with the catalog's default parameters and initial condition. */
    public Finance() {
        this(SystemSpec.defaults("Finance"));
    }

    private Finance(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Finance(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = (1 / b - a) * x + z + x * y;
        ds[1] = -b * y - x * x;
        ds[2] = -x - c * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = 1 / b - a + y;
        j[1] = x;
        j[2] = 1;
        j[3] = -2 * x;
        j[4] = -b;
        j[5] = 0;
        j[6] = -1;
        j[7] = 0;
        j[8] = -c;
    }
}
