package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A hyperchaotic Lü system obtained by state feedback through a fourth state {@code w}:
 * {@code dx/dt = a(y − x) + w}, {@code dy/dt = cy − xz}, {@code dz/dt = xy − bz},
 * {@code dw/dt = dw + xz}.
 *
 * <p>Chen, A., Lu, J., Lü, J., &amp; Yu, S. (2006). Generating hyperchaotic Lü attractor via state
 * feedback control. Physica A: Statistical Mechanics and its Applications, 364, 103-110.
 * Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class HyperLu extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The HyperLu system with the catalog's default parameters and initial condition. */
    public HyperLu() {
        this(SystemSpec.defaults("HyperLu"));
    }

    private HyperLu(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HyperLu(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + w;
        ds[1] = -x * z + c * y;
        ds[2] = x * y - b * z;
        ds[3] = d * w + x * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = 1;
        j[4] = -z;
        j[5] = c;
        j[6] = -x;
        j[7] = 0;
        j[8] = y;
        j[9] = x;
        j[10] = -b;
        j[11] = 0;
        j[12] = z;
        j[13] = 0;
        j[14] = x;
        j[15] = d;
    }
}
