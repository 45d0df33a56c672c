package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A multi-scroll Chua circuit whose diode is a piecewise-linear function with several
 * breakpoints: {@code dx/dt = a(y − h(x))}, {@code dy/dt = x − y + z}, {@code dz/dt = −b·y}, with
 * {@code h(x) = m₅·x + Σ_{i=1..5} ½(m_{i−1} − m_i)(|x + c_i| − |x − c_i|)} (0-based arrays
 * {@code c} and {@code m} of length 6; {@code c[0]} is not used).
 *
 * <p>Mufcstak E. Yalcin, Johan A. K. Suykens, Joos Vandewalle. Cellular Neural Networks,
 * Multi-Scroll Chaos And Synchronization. Parameters: {@code a}, {@code b}, and the vectors
 * {@code c} (breakpoints) and {@code m} (slopes). The Jacobian uses the slope of h away from its
 * breakpoints.
 */
public final class MultiChua extends AbstractFlow {

    private final double a;
    private final double b;
    private final double[] c;
    private final double[] m;

    /** The MultiChua system with the catalog's default parameters and initial condition. */
    public MultiChua() {
        this(SystemSpec.defaults("MultiChua"));
    }

    private MultiChua(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.parameters().vector("c");
        m = spec.parameters().vector("m");
        if (c.length != m.length || c.length < 1) {
            throw new IllegalArgumentException("MultiChua: c and m must have the same non-zero length");
        }
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new MultiChua(spec);
    }

    /** The piecewise-linear diode characteristic h(x). */
    private double h(double x) {
        int n = m.length - 1;
        double sum = m[n] * x;
        for (int i = 1; i <= n; i++) {
            sum += 0.5 * (m[i - 1] - m[i]) * (Math.abs(x + c[i]) - Math.abs(x - c[i]));
        }
        return sum;
    }

    /** dh/dx away from the breakpoints. */
    private double slope(double x) {
        int n = m.length - 1;
        double sum = m[n];
        for (int i = 1; i <= n; i++) {
            sum += 0.5 * (m[i - 1] - m[i]) * (Math.signum(x + c[i]) - Math.signum(x - c[i]));
        }
        return sum;
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * (y - h(x));
        ds[1] = x - y + z;
        ds[2] = -b * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = -a * slope(x);
        j[1] = a;
        j[2] = 0;
        j[3] = 1;
        j[4] = -1;
        j[5] = 1;
        j[6] = 0;
        j[7] = -b;
        j[8] = 0;
    }
}
