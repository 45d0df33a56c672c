package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Sprott's jerk circuit whose only nonlinearity is a diode with an exponential current law:
 * {@code dx/dt = y}, {@code dy/dt = z}, {@code dz/dt = −z − x − ε(exp(y/y0) − 1)}.
 *
 * <p>Sprott (2011). A new chaotic jerk circuit. IEEE Circ. Sys. 2011. Parameters: {@code eps}
 * (diode saturation current, 1e-9) and {@code y0} (thermal voltage, 0.026); the exponential makes
 * the flow stiff for y ≳ 0.5.
 */
public final class JerkCircuit extends AbstractFlow {

    private final double eps;
    private final double y0;

    /** The JerkCircuit system with the catalog's default parameters and initial condition. */
    public JerkCircuit() {
        this(SystemSpec.defaults("JerkCircuit"));
    }

    private JerkCircuit(SystemSpec spec) {
        super(spec);
        eps = spec.param("eps");
        y0 = spec.param("y0");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new JerkCircuit(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = z;
        ds[2] = -z - x - eps * (Math.exp(y / y0) - 1);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 0;
        j[4] = 0;
        j[5] = 1;
        j[6] = -1;
        j[7] = -eps * Math.exp(y / y0) / y0;
        j[8] = -1;
    }
}
