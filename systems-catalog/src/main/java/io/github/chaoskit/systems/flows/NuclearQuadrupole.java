package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Quadrupole-boson Hamiltonian of nuclear collective motion, chaotic through resonance overlap.
 * With H = (a/2)(p₁² + p₂² + q₁² + q₂²) − (b/√2)(q₁³ − 3q₁q₂²) + (d/4)(q₁² + q₂²)²:
 * {@code dq1/dt = a·p1}, {@code dq2/dt = a·p2},
 * {@code dp1/dt = −a·q1 + (3/√2)b(q1² − q2²) − d·q1(q1² + q2²)},
 * {@code dp2/dt = −a·q2 − 3√2·b·q1q2 − d·q2(q1² + q2²)}.
 *
 * <p>Baran V. and Raduta A. A. (1998), International Journal of Modern Physics E. Parameters:
 * {@code a}, {@code b}, {@code d}.
 */
public final class NuclearQuadrupole extends AbstractFlow {

    private static final double THREE_OVER_SQRT2 = 3.0 / Math.sqrt(2.0);
    private static final double THREE_SQRT2 = 3.0 * Math.sqrt(2.0);

    private final double a;
    private final double b;
    private final double d;

    /** The NuclearQuadrupole system with the catalog's default parameters and initial condition. */
    public NuclearQuadrupole() {
        this(SystemSpec.defaults("NuclearQuadrupole"));
    }

    private NuclearQuadrupole(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new NuclearQuadrupole(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double q1 = s[0];
        double q2 = s[1];
        double p1 = s[2];
        double p2 = s[3];
        ds[0] = a * p1;
        ds[1] = a * p2;
        ds[2] = -a * q1 + THREE_OVER_SQRT2 * b * q1 * q1 - THREE_OVER_SQRT2 * b * q2 * q2
                - d * q1 * q1 * q1 - d * q1 * q2 * q2;
        ds[3] = -a * q2 - THREE_SQRT2 * b * q1 * q2 - d * q2 * q1 * q1 - d * q2 * q2 * q2;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double q1 = s[0];
        double q2 = s[1];
        j[0] = 0;
        j[1] = 0;
        j[2] = a;
        j[3] = 0;
        j[4] = 0;
        j[5] = 0;
        j[6] = 0;
        j[7] = a;
        j[8] = -a + 2 * THREE_OVER_SQRT2 * b * q1 - 3 * d * q1 * q1 - d * q2 * q2;
        j[9] = -2 * THREE_OVER_SQRT2 * b * q2 - 2 * d * q1 * q2;
        j[10] = 0;
        j[11] = 0;
        j[12] = -THREE_SQRT2 * b * q2 - 2 * d * q1 * q2;
        j[13] = -a - THREE_SQRT2 * b * q1 - d * q1 * q1 - 3 * d * q2 * q2;
        j[14] = 0;
        j[15] = 0;
    }
}
