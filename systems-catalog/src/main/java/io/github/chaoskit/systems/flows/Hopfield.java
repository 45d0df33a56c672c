package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A continuous Hopfield-type neural network with frustrated (inhibitory) connectivity:
 * {@code dx_i/dt = −x_i/τ + F(ε·Σ_j k[i][j]·x_j) − β} with the sigmoid
 * {@code F(u) = (1 + tanh u)/2}; the dimension is the size of the connection matrix {@code k}
 * (6 in the catalog).
 *
 * <p>Lewis &amp; Glass, Neur Comp (1992). Parameters: {@code beta} (β), {@code eps} (ε),
 * {@code k} (matrix, row i holds the inputs of unit i), {@code tau} (τ).
 */
public final class Hopfield extends AbstractFlow {

    private final double beta;
    private final double eps;
    private final double[][] k;
    private final double tau;

    /** The Hopfield network with the catalog's default parameters and initial condition. */
    public Hopfield() {
        this(SystemSpec.defaults("Hopfield"));
    }

    private Hopfield(SystemSpec spec) {
        super(spec);
        beta = spec.param("beta");
        eps = spec.param("eps");
        k = spec.parameters().matrix("k");
        tau = spec.param("tau");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Hopfield(spec);
    }

    @Override
    public void rhs(double t, double[] x, double[] dxdt) {
        int n = k.length;
        for (int i = 0; i < n; i++) {
            double[] row = k[i];
            double u = 0;
            for (int jj = 0; jj < n; jj++) {
                u += row[jj] * x[jj];
            }
            dxdt[i] = -x[i] / tau + 0.5 * (1 + Math.tanh(eps * u)) - beta;
        }
    }

    @Override
    public void jacobian(double t, double[] x, double[] jac) {
        int n = k.length;
        for (int i = 0; i < n; i++) {
            double[] row = k[i];
            double u = 0;
            for (int jj = 0; jj < n; jj++) {
                u += row[jj] * x[jj];
            }
            double th = Math.tanh(eps * u);
            double gain = 0.5 * (1 - th * th) * eps;
            for (int jj = 0; jj < n; jj++) {
                jac[i * n + jj] = gain * row[jj];
            }
            jac[i * n + i] -= 1 / tau;
        }
    }
}
