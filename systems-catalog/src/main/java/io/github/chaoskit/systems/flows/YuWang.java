package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A Lorenz-like model of a temperature-compensation circuit with an exponential nonlinearity:
 * {@code dx/dt = a (y − x)}, {@code dy/dt = b x − c x z}, {@code dz/dt = exp(x y) − d z}.
 *
 * <p>Yu, Wang (2012). A novel three dimension autonomous chaotic system with a quadratic
 * exponential nonlinear term. Engineering, Technology &amp; Applied Science Research.
 * Parameters: {@code a, b, c, d}.
 */
public final class YuWang extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The YuWang system with the catalog's default parameters and initial condition. */
    public YuWang() {
        this(SystemSpec.defaults("YuWang"));
    }

    private YuWang(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new YuWang(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * (y - x);
        ds[1] = b * x - c * x * z;
        ds[2] = Math.exp(x * y) - d * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double g = Math.exp(x * y);
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = b - c * z;
        j[4] = 0;
        j[5] = -c * x;
        j[6] = y * g;
        j[7] = x * g;
        j[8] = -d;
    }
}
