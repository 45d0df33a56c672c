package io.github.chaoskit.forecast.plrnn;

import java.util.Arrays;

/**
 * Forward pass with teacher forcing and hand-written backpropagation through time for one
 * sub-sequence of T̃ + 1 observations (Hess et al. 2023; Brenner et al. 2024). One instance per thread; its
 * arrays are allocated once and reused, so {@link #forward} and {@link #backward} allocate nothing.
 *
 * <p>Indices are 0-based: x₀ … x_T̃ are the observations, z̃₀ = [x₀; L x₀] the initial state,
 * z_t = F(z̃_{t−1}) the prediction (which the loss compares with x_t), z̃_t the forced state.
 * <ul>
 * <li>GTF: {@code z̃_t = (1−α) z_t + α ẑ_t} on the forced units (the first N, or all M towards
 *     ẑ = [x_t; 0]), z̃_t = z_t on the others;</li>
 * <li>sparse forcing: {@code z̃_t[:N] = x_t} when t mod τ = 0, else z̃_t = z_t.</li>
 * </ul>
 * Backward, with the loss scale c: {@code δ_t = c (z_t − x_t)[:N] + G_t J(z̃_t)ᵀ δ_{t+1}}, G_t the
 * diagonal forcing Jacobian ((1−α) or 0 on forced units, 1 elsewhere); α and the data carry no
 * gradient. The initial state's adjoint J(z̃₀)ᵀδ₁ gives ∂L/∂L.
 */
final class Bptt {

    final Network net;
    final int len;
    final boolean sparse;
    final int tau;
    /** Units GTF forces: N (partial forcing) or M. */
    final int forced;

    private final LatentMap map;
    private final int m;
    private final int n;
    private final int width;
    final double[] zf;
    final double[] zp;
    final double[] cache;
    private final double[] delta;
    private final double[] carry;
    private final double[] dz;
    // α estimation scratch
    private final double[] state;
    private final double[] jac;
    private final double[] v;
    private final double[] w;
    private final double[] u;

    Bptt(Network net, int len, boolean sparse, int tau, boolean partial) {
        this.net = net;
        this.map = net.map;
        this.m = net.m;
        this.n = net.n;
        this.width = map.width;
        this.len = len;
        this.sparse = sparse;
        this.tau = tau;
        this.forced = partial ? n : m;
        this.zf = new double[(len + 1) * m];
        this.zp = new double[(len + 1) * m];
        this.cache = new double[Math.max(1, len * width)];
        this.delta = new double[m];
        this.carry = new double[m];
        this.dz = new double[m];
        this.state = new double[m];
        this.jac = new double[m * m];
        this.v = new double[m];
        this.w = new double[m];
        this.u = new double[m];
    }

    /**
     * Runs the forced forward pass over the sequence x[xo …] (T̃ + 1 rows of N) and keeps the
     * trajectory for {@link #backward}.
     *
     * @return Σ_{t=1..T̃} ‖z_t[:N] − x_t‖² (unscaled)
     */
    double forward(double[] th, double[] x, int xo, double alpha) {
        net.initialState(th, x, xo, zf, 0);
        double sse = 0;
        double keep = 1 - alpha;
        for (int t = 1; t <= len; t++) {
            int po = t * m;
            map.forward(th, zf, po - m, zp, po, cache, (t - 1) * width);
            int xt = xo + t * n;
            for (int k = 0; k < n; k++) {
                double e = zp[po + k] - x[xt + k];
                sse += e * e;
            }
            if (sparse) {
                if (t % tau == 0) {
                    for (int k = 0; k < n; k++) {
                        zf[po + k] = x[xt + k];
                    }
                    for (int k = n; k < m; k++) {
                        zf[po + k] = zp[po + k];
                    }
                } else {
                    System.arraycopy(zp, po, zf, po, m);
                }
            } else {
                for (int k = 0; k < n; k++) {
                    zf[po + k] = keep * zp[po + k] + alpha * x[xt + k];
                }
                for (int k = n; k < forced; k++) {
                    zf[po + k] = keep * zp[po + k];
                }
                for (int k = forced; k < m; k++) {
                    zf[po + k] = zp[po + k];
                }
            }
        }
        return sse;
    }

    /**
     * Backpropagates the loss {@code c/2 · Σ_t ‖z_t[:N] − x_t‖²} through the trajectory of the last
     * {@link #forward} and adds its gradient into g[go … go + size).
     */
    void backward(double[] th, double[] x, int xo, double alpha, double c, double[] g, int go) {
        Arrays.fill(carry, 0);
        double keep = 1 - alpha;
        for (int t = len; t >= 1; t--) {
            int po = t * m;
            int xt = xo + t * n;
            System.arraycopy(carry, 0, delta, 0, m);
            for (int k = 0; k < n; k++) {
                delta[k] += c * (zp[po + k] - x[xt + k]);
            }
            map.backward(th, zf, po - m, cache, (t - 1) * width, delta, g, go, dz);
            int s = t - 1; // forcing Jacobian of z̃_s
            if (s == 0) {
                System.arraycopy(dz, 0, carry, 0, m);
            } else if (sparse) {
                if (s % tau == 0) {
                    for (int k = 0; k < n; k++) {
                        carry[k] = 0;
                    }
                    for (int k = n; k < m; k++) {
                        carry[k] = dz[k];
                    }
                } else {
                    System.arraycopy(dz, 0, carry, 0, m);
                }
            } else {
                for (int k = 0; k < forced; k++) {
                    carry[k] = keep * dz[k];
                }
                for (int k = forced; k < m; k++) {
                    carry[k] = dz[k];
                }
            }
        }
        // z̃₀ = [x₀; L x₀]
        int oo = go + net.obs;
        for (int r = 0; r < m - n; r++) {
            double a = carry[n + r];
            for (int k = 0; k < n; k++) {
                g[oo + r * n + k] += a * x[xo + k];
            }
        }
    }

    /**
     * The Jacobian-norm statistic of one sequence for GTF's α: the geometric mean (product bound)
     * or the maximum over t = 0 … T̃−1 of ‖J(ẑ_t)‖₂ at the data-inferred states ẑ_t = [x_t; 0].
     */
    double jacobianNorm(double[] th, double[] x, int xo, boolean maximum) {
        double acc = 0;
        Arrays.fill(v, 1 / Math.sqrt(m));
        Arrays.fill(state, 0);
        for (int t = 0; t < len; t++) {
            System.arraycopy(x, xo + t * n, state, 0, n);
            map.jacobian(th, state, 0, jac, cache);
            double s = spectralNorm(jac);
            if (maximum) {
                acc = Math.max(acc, s);
            } else {
                acc += Math.log(s);
            }
        }
        return maximum ? acc : Math.exp(acc / len);
    }

    /**
     * ‖J‖₂ by power iteration on JᵀJ, warm-started from the previous call's vector (deterministic
     * for a given sequence).
     */
    private double spectralNorm(double[] a) {
        double sigma2 = -1;
        for (int it = 0; it < 200; it++) {
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += a[i * m + j] * v[j];
                }
                w[i] = s;
            }
            double nw = 0;
            for (int i = 0; i < m; i++) {
                nw += w[i] * w[i];
            }
            Arrays.fill(u, 0);
            for (int i = 0; i < m; i++) {
                double wi = w[i];
                for (int j = 0; j < m; j++) {
                    u[j] += a[i * m + j] * wi;
                }
            }
            double nu = 0;
            for (int j = 0; j < m; j++) {
                nu += u[j] * u[j];
            }
            nu = Math.sqrt(nu);
            if (nu == 0) {
                Arrays.fill(v, 1 / Math.sqrt(m));
                return Math.sqrt(nw);
            }
            for (int j = 0; j < m; j++) {
                v[j] = u[j] / nu;
            }
            // nw = vᵀJᵀJv ≤ σ², increasing; stop when it settles
            if (Math.abs(nw - sigma2) <= 1e-12 * nw) {
                return Math.sqrt(nw);
            }
            sigma2 = nw;
        }
        return Math.sqrt(sigma2);
    }
}
