package io.github.chaoskit.forecast.plrnn;

import org.hipparchus.random.RandomGenerator;

/**
 * A latent map plus the identity observation model of the GTF and AL-RNN code: the first N latent
 * units are read out, and a sequence starts from {@code z₁ = [x₁; L x₁]} with a trainable
 * L ∈ ℝ^{(M−N)×N} (Glorot-uniform initialised), stored after the latent parameters. Stateless.
 */
final class Network {

    final LatentMap map;
    final int m;
    final int n;
    /** Offset of L in θ. */
    final int obs;
    /** Total parameter count. */
    final int size;

    Network(LatentMap map, int n) {
        this.map = map;
        this.m = map.m;
        this.n = n;
        this.obs = map.size();
        this.size = obs + (m - n) * n;
    }

    /** @return a freshly initialised parameter vector. */
    double[] init(RandomGenerator rng) {
        double[] th = new double[size];
        map.init(th, rng);
        double r = Math.sqrt(6.0 / m); // Glorot: sqrt(6/(fan_in + fan_out)) with fan_in + fan_out = N + (M − N)
        for (int i = obs; i < size; i++) {
            th[i] = LatentMap.uniform(rng, r);
        }
        return th;
    }

    /** z[zo…] = [x; L x] for the observation x[xo…xo+N). */
    void initialState(double[] th, double[] x, int xo, double[] z, int zo) {
        for (int k = 0; k < n; k++) {
            z[zo + k] = x[xo + k];
        }
        for (int r = 0; r < m - n; r++) {
            double s = 0;
            int row = obs + r * n;
            for (int k = 0; k < n; k++) {
                s += th[row + k] * x[xo + k];
            }
            z[zo + n + r] = s;
        }
    }

    /** @return λ_o‖L‖², adding its gradient into g (may be null). */
    double observationRegularization(double[] th, double lambda, double[] g) {
        if (lambda == 0) {
            return 0;
        }
        double s = 0;
        for (int i = obs; i < size; i++) {
            s += th[i] * th[i];
            if (g != null) {
                g[i] += 2 * lambda * th[i];
            }
        }
        return lambda * s;
    }

    /** @return true if every parameter is finite. */
    static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Free run from the initial state of the observation x[xo…]: discards {@code skip} steps,
     * then writes the observed units of {@code steps} states into out (row-major steps×N).
     *
     * @return the number of states written before the orbit left |z| ≤ bound (steps if it did not)
     */
    int freeRun(double[] th, double[] x, int xo, int skip, int steps, double[] out, double bound) {
        double[] a = new double[m];
        double[] b = new double[m];
        double[] cache = new double[Math.max(1, map.width)];
        initialState(th, x, xo, a, 0);
        for (int s = 0; s < skip + steps; s++) {
            map.forward(th, a, 0, b, 0, cache, 0);
            for (int k = 0; k < m; k++) {
                if (!(Math.abs(b[k]) <= bound)) {
                    return Math.max(0, s - skip);
                }
            }
            double[] t = a;
            a = b;
            b = t;
            if (s >= skip) {
                System.arraycopy(a, 0, out, (s - skip) * n, n);
            }
        }
        return steps;
    }
}
