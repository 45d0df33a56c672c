package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The sinusoidally forced van der Pol oscillator (a triode circuit):
 * {@code dx/dt = y}, {@code dy/dt = μ(1 − x²)y − x + a sin z}, {@code dz/dt = w}, the forcing
 * phase {@code z} being the last state component. Output rows are {@code (x, y, sin z)}.
 *
 * <p>B. van der Pol (1920). A theory of the amplitude of free and forced triode vibrations.
 * Radio Review 1. Parameters: {@code a}, {@code mu} (μ), {@code w}.
 */
public final class ForcedVanDerPol extends AbstractFlow {

    private final double a;
    private final double mu;
    private final double w;

    /** The forced van der Pol oscillator with the catalog's default parameters and initial condition. */
    public ForcedVanDerPol() {
        this(SystemSpec.defaults("ForcedVanDerPol"));
    }

    private ForcedVanDerPol(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        mu = spec.param("mu");
        w = spec.param("w");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ForcedVanDerPol(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = mu * (1 - x * x) * y - x + a * Math.sin(z);
        ds[2] = w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = -2 * mu * x * y - 1;
        j[4] = mu * (1 - x * x);
        j[5] = a * Math.cos(z);
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = x;
        out[1] = y;
        out[2] = Math.sin(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
