package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Hastings–Powell three-species food chain (prey {@code x}, consumer {@code y}, predator
 * {@code z}) with Holling type II functional responses
 * {@code F1 = a1x/(1 + b1x)}, {@code F2 = a2y/(1 + b2y)}: {@code dx/dt = x(1 − x) − F1·y},
 * {@code dy/dt = F1·y − F2·z − d1y}, {@code dz/dt = F2·z − d2z}.
 *
 * <p>Hastings, Powell. Ecology 1991. Parameters: {@code a1}, {@code a2}, {@code b1}, {@code b2},
 * {@code d1}, {@code d2}.
 */
public final class HastingsPowell extends AbstractFlow {

    private final double a1;
    private final double a2;
    private final double b1;
    private final double b2;
    private final double d1;
    private final double d2;

    /** The Hastings–Powell food chain with the catalog's default parameters and initial condition. */
    public HastingsPowell() {
        this(SystemSpec.defaults("HastingsPowell"));
    }

    private HastingsPowell(SystemSpec spec) {
        super(spec);
        a1 = spec.param("a1");
        a2 = spec.param("a2");
        b1 = spec.param("b1");
        b2 = spec.param("b2");
        d1 = spec.param("d1");
        d2 = spec.param("d2");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HastingsPowell(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double f1 = y * a1 * x / (1 + b1 * x);
        double f2 = z * a2 * y / (1 + b2 * y);
        ds[0] = x * (1 - x) - f1;
        ds[1] = f1 - f2 - d1 * y;
        ds[2] = f2 - d2 * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double q1 = 1 + b1 * x;
        double q2 = 1 + b2 * y;
        double r1 = a1 * x / q1;       // F1
        double r1x = a1 / (q1 * q1);   // dF1/dx
        double r2 = a2 * y / q2;       // F2
        double r2y = a2 / (q2 * q2);   // dF2/dy
        j[0] = 1 - 2 * x - y * r1x;
        j[1] = -r1;
        j[2] = 0;
        j[3] = y * r1x;
        j[4] = r1 - z * r2y - d1;
        j[5] = -r2;
        j[6] = 0;
        j[7] = z * r2y;
        j[8] = r2 - d2;
    }
}
