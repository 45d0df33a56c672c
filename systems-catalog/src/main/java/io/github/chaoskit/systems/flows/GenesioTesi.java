package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Genesio–Tesi jerk system, a nonlinear feedback control loop written as
 * {@code x''' = −c x − b x' − a x'' + x²}: {@code dx/dt = y}, {@code dy/dt = z},
 * {@code dz/dt = −cx − by − az + x²}.
 *
 * <p>Genesio, Tesi (1992). Harmonic balance methods for the analysis of chaotic dynamics in
 * nonlinear systems. Automatica 28.3 (1992): 531-548. Parameters: {@code a}, {@code b}, {@code c}.
 */
public final class GenesioTesi extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;

    /** The Genesio–Tesi system with the catalog's default parameters and initial condition. */
    public GenesioTesi() {
        this(SystemSpec.defaults("GenesioTesi"));
    }

    private GenesioTesi(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new GenesioTesi(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = z;
        ds[2] = -c * x - b * y - a * z + x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 0;
        j[4] = 0;
        j[5] = 1;
        j[6] = -c + 2 * x;
        j[7] = -b;
        j[8] = -a;
    }
}
