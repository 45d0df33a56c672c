package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Nosé–Hoover thermostatted oscillator (Sprott's system A form): a harmonic oscillator
 * coupled to a friction variable that holds its mean kinetic energy at a:
 * {@code dx/dt = y}, {@code dy/dt = −x + yz}, {@code dz/dt = a − y²}.
 *
 * <p>Nose, S (1985). A unified formulation of the constant temperature molecular-dynamics
 * methods. Journal of Chemical Physics (1984). Hoover, William G. Canonical dynamics:
 * Equilibrium phase-space distributions. Phys. Rev. A. Hoover, William G., Anthony JC Ladd, and
 * Bill Moran (1982). High-strain-rate plastic flow studied via nonequilibrium molecular dynamics.
 * Physical Review Letters. Parameter: {@code a}.
 */
public final class NoseHoover extends AbstractFlow {

    private final double a;

    /** The NoseHoover system with the catalog's default parameters and initial condition. */
    public NoseHoover() {
        this(SystemSpec.defaults("NoseHoover"));
    }

    private NoseHoover(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new NoseHoover(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = -x + y * z;
        ds[2] = a - y * y;
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
