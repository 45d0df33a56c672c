package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A three-cell cellular neural network with the piecewise-linear saturation
 * {@code F(u) = ½·(|u + 1| − |u − 1|)}:
 * {@code dx/dt = −x + d·F(x) − b·F(y) − b·F(z)}, {@code dy/dt = −y − b·F(x) + c·F(y) − a·F(z)},
 * {@code dz/dt = −z − b·F(x) + a·F(y) + F(z)}.
 *
 * <p>Arena, Caponetto, Fortuna, and Porto. Int J Bifurcat Chaos 1998: 1527–1539. Parameters:
 * {@code a}, {@code b}, {@code c}, {@code d}. The Jacobian uses the derivative of F away from
 * its kinks at u = ±1.
 */
public final class CellularNeuralNetwork extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The cellular neural network with the catalog's default parameters and initial condition. */
    public CellularNeuralNetwork() {
        this(SystemSpec.defaults("CellularNeuralNetwork"));
    }

    private CellularNeuralNetwork(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new CellularNeuralNetwork(spec);
    }

    private static double sat(double u) {
        return 0.5 * (Math.abs(u + 1) - Math.abs(u - 1));
    }

    private static double satDerivative(double u) {
        return 0.5 * (Math.signum(u + 1) - Math.signum(u - 1));
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double fx = sat(x);
        double fy = sat(y);
        double fz = sat(z);
        ds[0] = -x + d * fx - b * fy - b * fz;
        ds[1] = -y - b * fx + c * fy - a * fz;
        ds[2] = -z - b * fx + a * fy + fz;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double gx = satDerivative(s[0]);
        double gy = satDerivative(s[1]);
        double gz = satDerivative(s[2]);
        j[0] = -1 + d * gx;
        j[1] = -b * gy;
        j[2] = -b * gz;
        j[3] = -b * gx;
        j[4] = -1 + c * gy;
        j[5] = -a * gz;
        j[6] = -b * gx;
        j[7] = a * gy;
        j[8] = -1 + gz;
    }
}
