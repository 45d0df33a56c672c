package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Aref's blinking vortex: a point vortex in a disk of radius a that alternates between the
 * positions +b and −b, the classic minimal model of chaotic stirring. It shares the equations of
 * {@link BlinkingRotlet} (here with the wall term bc = 0 by default): in polar coordinates
 * {@code (r, θ)} with a clock tt, {@code dr/dt = σ·(w·u_r(b) + (1 − w)·u_r(−b))},
 * {@code dθ/dt = σ·(w·u_θ(b) + (1 − w)·u_θ(−b))/r}, {@code dtt/dt = 1}, with the smooth switch
 * {@code w = ½ + ½·tanh(20·τ·sin(2π·tt/τ))}.
 *
 * <p>Aref (1984). Stirring by chaotic advection. J. Fluid Mechanics. Parameters: {@code a},
 * {@code b}, {@code bc}, {@code sigma}, {@code tau}. The switching stiffness 20 is hard-coded as
 * in dysts. Output rows are post-processed to {@code (r·cos θ, r·sin θ, sin(2π·tt/τ))}.
 */
public final class BlinkingVortex extends AbstractFlow {

    /** BlinkingRotlet's equations with this system's parameter values (dysts derives BlinkingVortex from BlinkingRotlet). */
    private final BlinkingRotlet equations;

    /** The BlinkingVortex system with the catalog's default parameters and initial condition. */
    public BlinkingVortex() {
        this(SystemSpec.defaults("BlinkingVortex"));
    }

    private BlinkingVortex(SystemSpec spec) {
        super(spec);
        equations = new BlinkingRotlet(spec);
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new BlinkingVortex(spec);
    }

    @Override
    public void rhs(double t, double[] x, double[] dxdt) {
        equations.rhs(t, x, dxdt);
    }

    @Override
    public void jacobian(double t, double[] x, double[] jac) {
        equations.jacobian(t, x, jac);
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        equations.postprocess(state, out);
    }

    @Override
    public boolean hasPostprocessing() {
        return equations.hasPostprocessing();
    }
}
