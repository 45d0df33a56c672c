package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Case A of Sprott's nineteen algebraically simple chaotic flows (five terms, two quadratic nonlinearities),
 * a special case of the Nosé–Hoover thermostatted oscillator: {@code dx/dt = y}, {@code dy/dt = −x + y·z},
 * {@code dz/dt = 1 − y²}.
 *
 * <p>Sprott, J. C. (1994). Some simple chaotic flows. Physical Review E 50(2), R647–R650. No parameters.
 */
public final class SprottA extends AbstractFlow {

    /** SprottA with the catalog's default parameters and initial condition. */
    public SprottA() {
        this(SystemSpec.defaults("SprottA"));
    }

    private SprottA(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SprottA(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = -x + y * z;
        ds[2] = 1 - y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = -1;
        j[4] = z;
        j[5] = y;
        j[6] = 0;
        j[7] = -2 * y;
        j[8] = 0;
    }
}
