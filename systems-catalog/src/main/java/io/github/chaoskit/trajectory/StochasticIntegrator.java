package io.github.chaoskit.trajectory;

import io.github.chaoskit.systems.Flow;
import org.hipparchus.random.RandomGenerator;

/**
 * Fixed-step integration of the stochastic differential equation
 * {@code dx = f(t, x) dt + diag(σ) dW} (additive, diagonal noise) by Euler–Maruyama or the
 * stochastic Heun scheme (Kloeden and Platen 1992, Numerical Solution of Stochastic Differential
 * Equations, §10.2 and §15.1). For additive noise the Itô and Stratonovich interpretations agree,
 * and both schemes converge with strong order 1; Heun's deterministic part is second order.
 *
 * <p>Each step draws one standard normal per coordinate from the given generator, in coordinate
 * order, so a seed fixes the path. Instances hold scratch arrays: one per thread.
 */
public final class StochasticIntegrator {

    /** The scheme of one step. */
    public enum Scheme {
        /** x' = x + f(x)Δt + σΔW. */
        EULER_MARUYAMA,
        /** Predictor x̃ = x + f(x)Δt + σΔW, then x' = x + ½(f(x) + f(x̃))Δt + σΔW. */
        STOCHASTIC_HEUN
    }

    private final Flow flow;
    private final double[] sigma;
    private final Scheme scheme;
    private final RandomGenerator rng;
    private final double[] f0;
    private final double[] f1;
    private final double[] pred;
    private final double[] dw;

    /**
     * @param flow the drift
     * @param sigma diffusion per coordinate (standard deviation of dW per unit time, times scale)
     * @param scheme the step scheme
     * @param rng the source of Gaussian increments
     */
    public StochasticIntegrator(Flow flow, double[] sigma, Scheme scheme, RandomGenerator rng) {
        int d = flow.dimension();
        if (sigma.length != d) {
            throw new IllegalArgumentException("diffusion has " + sigma.length + " entries, the system has dimension " + d);
        }
        this.flow = flow;
        this.sigma = sigma.clone();
        this.scheme = scheme;
        this.rng = rng;
        this.f0 = new double[d];
        this.f1 = new double[d];
        this.pred = new double[d];
        this.dw = new double[d];
    }

    /**
     * Advances x in place by {@code steps} steps of size dt from time t.
     *
     * @param t start time
     * @param x state, overwritten with the state at t + steps·dt
     * @param dt step
     * @param steps number of steps
     */
    public void advance(double t, double[] x, double dt, int steps) {
        int d = x.length;
        double sq = Math.sqrt(dt);
        for (int s = 0; s < steps; s++) {
            double ts = t + s * dt;
            for (int i = 0; i < d; i++) {
                dw[i] = sigma[i] * sq * rng.nextGaussian();
            }
            flow.rhs(ts, x, f0);
            if (scheme == Scheme.EULER_MARUYAMA) {
                for (int i = 0; i < d; i++) {
                    x[i] += f0[i] * dt + dw[i];
                }
            } else {
                for (int i = 0; i < d; i++) {
                    pred[i] = x[i] + f0[i] * dt + dw[i];
                }
                flow.rhs(ts + dt, pred, f1);
                for (int i = 0; i < d; i++) {
                    x[i] += 0.5 * (f0[i] + f1[i]) * dt + dw[i];
                }
            }
        }
    }
}
