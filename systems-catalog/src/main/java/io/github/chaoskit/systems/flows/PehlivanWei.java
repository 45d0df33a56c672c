package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Pehlivan–Wei system, a parameter-free flow with quadratic nonlinearities:
 * {@code dx/dt = y − yz}, {@code dy/dt = y + yz − 2x}, {@code dz/dt = 2 − xy − y²}.
 *
 * <p>Pehlivan, Ihsan, and Wei Zhouchao (2012). Analysis, nonlinear control, and chaos generator
 * circuit of another strange chaotic system. No parameters.
 */
public final class PehlivanWei extends AbstractFlow {

    /** The PehlivanWei system with the catalog's default parameters and initial condition. */
    public PehlivanWei() {
        this(SystemSpec.defaults("PehlivanWei"));
    }

    private PehlivanWei(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new PehlivanWei(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y - y * z;
        ds[1] = y + y * z - 2 * x;
        ds[2] = 2 - x * y - y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = 1 - z;
        j[2] = -y;
        j[3] = -2;
        j[4] = 1 + z;
        j[5] = y;
        j[6] = -y;
        j[7] = -x - 2 * y;
        j[8] = 0;
    }
}
