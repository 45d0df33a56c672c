package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Beer's continuous-time recurrent neural network of three neurons:
 * {@code τ_i·dx_i/dt = −x_i + Σ_j w[i][j]·s(x_j + θ_j)} with the logistic activation
 * {@code s(u) = 1/(1 + e^(−u))}.
 *
 * <p>Beer, R. D. (1995). On the dynamics of small continuous-time recurrent neural networks.
 * Adaptive Behavior 3(4). Parameters: {@code tau} (vector), {@code theta} (vector), {@code w}
 * (matrix, row i = inputs of neuron i).
 */
public final class BeerRNN extends AbstractFlow {

    private final double[] tau;
    private final double[] theta;
    private final double[][] w;

    /** Beer's network with the catalog's default weights, biases, time constants and initial condition. */
    public BeerRNN() {
        this(SystemSpec.defaults("BeerRNN"));
    }

    private BeerRNN(SystemSpec spec) {
        super(spec);
        tau = spec.parameters().vector("tau");
        theta = spec.parameters().vector("theta");
        w = spec.parameters().matrix("w");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new BeerRNN(spec);
    }

    private static double logistic(double u) {
        return 1.0 / (1.0 + Math.exp(-u));
    }

    @Override
    public void rhs(double t, double[] x, double[] dx) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = w[i];
            for (int k = 0; k < n; k++) {
                sum += row[k] * logistic(x[k] + theta[k]);
            }
            dx[i] = (-x[i] + sum) / tau[i];
        }
    }

    @Override
    public void jacobian(double t, double[] x, double[] j) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double[] row = w[i];
            for (int k = 0; k < n; k++) {
                double sk = logistic(x[k] + theta[k]);
                double v = row[k] * sk * (1 - sk);
                if (k == i) {
                    v -= 1;
                }
                j[i * n + k] = v / tau[i];
            }
        }
    }
}
