package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A variant of Bouali's economic cycle model (an extended van der Pol oscillator with a
 * feedback loop): {@code dx/dt = a·y0·x − a·x·y − b·z}, {@code dy/dt = −g·y + g·y·x²},
 * {@code dz/dt = −1.5·m·x + m·bb·x·z − c·z}.
 *
 * <p>Bouali (1999). Feedback loop in extended van der Pol's equation applied to an economic
 * model of cycles. International Journal of Bifurcation and Chaos 9(4). Parameters: {@code a},
 * {@code b}, {@code bb}, {@code c}, {@code g}, {@code m}, {@code y0} ({@code y0} and {@code bb}
 * are parameters, not an initial value or a product). The coefficient 1.5 is hard-coded as in
 * dysts.
 */
public final class Bouali2 extends AbstractFlow {

    /** Coefficient of the linear x-feedback in dz/dt (hard-coded in dysts). */
    private static final double X_FEEDBACK = 1.5;

    private final double a;
    private final double b;
    private final double bb;
    private final double c;
    private final double g;
    private final double m;
    private final double y0;

    /** The Bouali2 variant with the catalog's default parameters and initial condition. */
    public Bouali2() {
        this(SystemSpec.defaults("Bouali2"));
    }

    /** Package-private: systems that dysts derives from Bouali2 share its equations. */
    Bouali2(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        bb = spec.param("bb");
        c = spec.param("c");
        g = spec.param("g");
        m = spec.param("m");
        y0 = spec.param("y0");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Bouali2(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y0 * x - a * x * y - b * z;
        ds[1] = -g * y + g * y * x * x;
        ds[2] = -X_FEEDBACK * m * x + m * bb * x * z - c * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = a * y0 - a * y;
        j[1] = -a * x;
        j[2] = -b;
        j[3] = 2 * g * y * x;
        j[4] = -g + g * x * x;
        j[5] = 0;
        j[6] = -X_FEEDBACK * m + m * bb * z;
        j[7] = 0;
        j[8] = m * bb * x - c;
    }
}
