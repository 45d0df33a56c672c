package io.github.chaoskit.forecast.plrnn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.random.RandomGenerator;

/**
 * One latent map z' = F_θ(z) of the PLRNN family on a flat parameter vector θ (offset 0), with its
 * hand-written reverse-mode derivative. All methods are allocation-free and stateless: scratch
 * data live in the caller's arrays, so one instance is shared by all threads.
 *
 * <p>Backpropagation (Hess et al. 2023, appendix): given δ = ∂L/∂z' of one
 * step, {@link #backward} adds the step's parameter gradient and returns Jᵀδ, the adjoint of its
 * input state. At a ReLU kink (argument exactly 0) the derivative is taken as 0.
 */
abstract class LatentMap {

    /** Latent dimension M. */
    final int m;
    /** Doubles of per-step cache written by {@link #forward} and read by {@link #backward}. */
    final int width;

    LatentMap(int m, int width) {
        this.m = m;
        this.width = width;
    }

    /** @return the number of latent-model parameters. */
    abstract int size();

    abstract Architecture architecture();

    /** Initialises θ[0, size()) as in the papers' code (Hess et al. 2023; Brenner et al. 2024). */
    abstract void init(double[] th, RandomGenerator rng);

    /**
     * zout[oo…] = F(zin[io…]); writes {@link #width} doubles of cache at co.
     */
    abstract void forward(double[] th, double[] zin, int io, double[] zout, int oo, double[] cache, int co);

    /**
     * Adds ∂L/∂θ of one step into g[go…] and writes dzin = J(zin)ᵀδ.
     *
     * @param cache the cache the forward step wrote (at co)
     * @param delta ∂L/∂zout, length ≥ M; not modified
     * @param dzin output, length ≥ M, must not alias delta
     */
    abstract void backward(double[] th, double[] zin, int io, double[] cache, int co, double[] delta, double[] g,
            int go, double[] dzin);

    /**
     * Writes the M×M row-major Jacobian ∂F/∂z at z[zo…] into jac; cache is scratch of
     * {@link #width} doubles.
     */
    abstract void jacobian(double[] th, double[] z, int zo, double[] jac, double[] cache);

    /**
     * Adds the gradient of the architecture's published latent regulariser (weight lambda) into
     * g[0, size()) and returns its value; g may be null.
     */
    abstract double regularization(double[] th, double lambda, double[] g);

    /**
     * A hash of the ReLU activation pattern of one forward step (after {@link #forward} wrote its
     * cache): two steps in the same linear subregion hash equally. Used by gradient checks to skip
     * finite differences that straddle a kink.
     */
    abstract long activationHash(double[] th, double[] zin, int io, double[] cache, int co);

    static long mix(long h, boolean bit) {
        return (h ^ (bit ? 0x9E3779B97F4A7C15L : 0x632BE59BD9B4E019L)) * 0xBF58476D1CE4E5B9L + 1;
    }

    /**
     * {@code λ(‖1 − A‖² + ‖θ_rest‖²)} over the trainable parameters, A being the first M: the
     * latent-model regulariser of the GTF code, which pulls A towards 1 and the rest towards 0; adds
     * its gradient into g[0, size()) (g may be null).
     */
    final double pullTowardsIdentity(double[] th, double lambda, double[] g) {
        if (lambda == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < size(); i++) {
            if (!trainable(i)) {
                continue;
            }
            double e = i < m ? th[i] - 1 : th[i];
            s += e * e;
            if (g != null) {
                g[i] += 2 * lambda * e;
            }
        }
        return lambda * s;
    }

    /** @return false for a parameter held fixed by the model's structure (PLRNN's W diagonal). */
    boolean trainable(int index) {
        return true;
    }

    /**
     * {@code normalized_positive_definite(M)}: K = RᵀR/M + I with R ~ N(0,1)^{M×M}, scaled by its
     * largest eigenvalue; row-major M×M.
     */
    static double[] normalizedPositiveDefinite(int m, RandomGenerator rng) {
        double[] r = new double[m * m];
        for (int i = 0; i < r.length; i++) {
            r[i] = rng.nextGaussian();
        }
        double[] k = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int l = 0; l < m; l++) {
                    s += r[l * m + i] * r[l * m + j];
                }
                k[i * m + j] = s / m + (i == j ? 1 : 0);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false, true);
        if (!eig.decompose(new DMatrixRMaj(m, m, true, k))) {
            throw new IllegalStateException("eigen-decomposition of the initial matrix failed");
        }
        double max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, eig.getEigenvalue(i).getMagnitude());
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= max;
        }
        return k;
    }

    static double uniform(RandomGenerator rng, double r) {
        return (2 * rng.nextDouble() - 1) * r;
    }

    /** Latent dimension M, observed N, P ReLU units: builds the map of an architecture. */
    static LatentMap of(Architecture a, int m, int hidden, int relu, double convergenceThreshold) {
        switch (a) {
            case PLRNN:
                return new Vanilla(m);
            case SHALLOW:
                return new Shallow(m, hidden, false);
            case CLIPPED_SHALLOW:
                return new Shallow(m, hidden, true);
            case ALRNN:
                return new AlRnn(m, relu, convergenceThreshold);
            default:
                throw new IllegalArgumentException("unknown architecture " + a);
        }
    }

    // ------------------------------------------------- PLRNN and AL-RNN kernel

    /**
     * The kernel shared by the PLRNN and the AL-RNN: {@code z' = A⊙z + W φ(z) + h} with φ the identity
     * on the first {@code lin} units and ReLU on the rest (the PLRNN is the case lin = 0). Layout:
     * A[M], W[M×M] row-major, h[M]. With {@code zeroDiagonal} (PLRNN) W's diagonal is structural:
     * it stays 0 and gets no gradient.
     */
    abstract static class AffineRelu extends LatentMap {
        final int lin;
        final int ow;
        final int oh;
        private final boolean zeroDiagonal;

        AffineRelu(int m, int lin, boolean zeroDiagonal) {
            super(m, 0);
            this.lin = lin;
            this.ow = m;
            this.oh = m + m * m;
            this.zeroDiagonal = zeroDiagonal;
        }

        @Override
        final int size() {
            return 2 * m + m * m;
        }

        @Override
        final void forward(double[] th, double[] zin, int io, double[] zout, int oo, double[] cache, int co) {
            for (int i = 0; i < m; i++) {
                double acc = th[i] * zin[io + i] + th[oh + i];
                int wr = ow + i * m;
                for (int j = 0; j < lin; j++) {
                    acc += th[wr + j] * zin[io + j];
                }
                for (int j = lin; j < m; j++) {
                    double r = zin[io + j];
                    if (r > 0) {
                        acc += th[wr + j] * r;
                    }
                }
                zout[oo + i] = acc;
            }
        }

        @Override
        final void backward(double[] th, double[] zin, int io, double[] cache, int co, double[] delta, double[] g,
                int go, double[] dzin) {
            for (int j = 0; j < m; j++) {
                dzin[j] = 0;
            }
            for (int i = 0; i < m; i++) {
                double d = delta[i];
                g[go + i] += d * zin[io + i];
                g[go + oh + i] += d;
                int wr = ow + i * m;
                double diagonal = g[go + wr + i];
                for (int j = 0; j < lin; j++) {
                    g[go + wr + j] += d * zin[io + j];
                    dzin[j] += th[wr + j] * d;
                }
                for (int j = lin; j < m; j++) {
                    double r = zin[io + j];
                    if (r > 0) {
                        g[go + wr + j] += d * r;
                        dzin[j] += th[wr + j] * d;
                    }
                }
                if (zeroDiagonal) {
                    g[go + wr + i] = diagonal; // W_ii is fixed at 0: restore its (untouched) gradient exactly
                }
            }
            for (int j = 0; j < m; j++) {
                dzin[j] += th[j] * delta[j];
            }
        }

        @Override
        final void jacobian(double[] th, double[] z, int zo, double[] jac, double[] cache) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    jac[i * m + j] = j < lin || z[zo + j] > 0 ? th[ow + i * m + j] : 0;
                }
                jac[i * m + i] += th[i];
            }
        }

        @Override
        final long activationHash(double[] th, double[] zin, int io, double[] cache, int co) {
            long h = 17;
            for (int j = lin; j < m; j++) {
                h = mix(h, zin[io + j] > 0);
            }
            return h;
        }

        @Override
        boolean trainable(int index) {
            int k = index - ow;
            return !zeroDiagonal || k < 0 || k >= m * m || k / m != k % m;
        }
    }

    /** PLRNN: z' = A⊙z + W relu(z) + h with W's diagonal fixed at 0 (Koppe et al. 2019; Hess et al. 2023). */
    static final class Vanilla extends AffineRelu {

        Vanilla(int m) {
            super(m, 0, true);
        }

        @Override
        Architecture architecture() {
            return Architecture.PLRNN;
        }

        @Override
        void init(double[] th, RandomGenerator rng) {
            double[] k = normalizedPositiveDefinite(m, rng);
            for (int i = 0; i < m; i++) {
                th[i] = k[i * m + i];
                for (int j = 0; j < m; j++) {
                    th[ow + i * m + j] = i == j ? 0 : k[i * m + j];
                }
                th[oh + i] = 0;
            }
        }

        /** λ(‖1 − A‖² + ‖W‖² + ‖h‖²), by analogy with the shPLRNN's regulariser. */
        @Override
        double regularization(double[] th, double lambda, double[] g) {
            return pullTowardsIdentity(th, lambda, g);
        }
    }

    // ---------------------------------------------------------------- shPLRNN

    /**
     * z' = A⊙z + W₁ φ(W₂z) + h₁ with φ(b) = relu(b + h₂) (− relu(b) when clipped). Layout: A[M],
     * W₁ stored transposed as L×M row-major ({@code W1t[l·M+i] = W₁[i][l]}), W₂[L×M] row-major,
     * h₁[M], h₂[L]. The cache holds b = W₂z per step.
     */
    static final class Shallow extends LatentMap {
        private final int l;
        private final boolean clipped;
        private final int ow1;
        private final int ow2;
        private final int oh1;
        private final int oh2;

        Shallow(int m, int l, boolean clipped) {
            super(m, l);
            this.l = l;
            this.clipped = clipped;
            this.ow1 = m;
            this.ow2 = m + l * m;
            this.oh1 = m + 2 * l * m;
            this.oh2 = oh1 + m;
        }

        @Override
        int size() {
            return oh2 + l;
        }

        @Override
        Architecture architecture() {
            return clipped ? Architecture.CLIPPED_SHALLOW : Architecture.SHALLOW;
        }

        @Override
        void init(double[] th, RandomGenerator rng) {
            double[] k = normalizedPositiveDefinite(m, rng);
            for (int i = 0; i < m; i++) {
                th[i] = k[i * m + i];
            }
            double r1 = 1 / Math.sqrt(l);
            for (int i = 0; i < m; i++) {
                for (int h = 0; h < l; h++) {
                    th[ow1 + h * m + i] = uniform(rng, r1);
                }
            }
            double r2 = 1 / Math.sqrt(m);
            for (int h = 0; h < l; h++) {
                for (int j = 0; j < m; j++) {
                    th[ow2 + h * m + j] = uniform(rng, r2);
                }
            }
            for (int i = 0; i < m; i++) {
                th[oh1 + i] = 0;
            }
            for (int h = 0; h < l; h++) {
                th[oh2 + h] = clipped ? uniform(rng, r1) : 0;
            }
        }

        @Override
        void forward(double[] th, double[] zin, int io, double[] zout, int oo, double[] cache, int co) {
            for (int i = 0; i < m; i++) {
                zout[oo + i] = th[i] * zin[io + i] + th[oh1 + i];
            }
            for (int h = 0; h < l; h++) {
                int w = h * m;
                double b = 0;
                for (int j = 0; j < m; j++) {
                    b += th[ow2 + w + j] * zin[io + j];
                }
                cache[co + h] = b;
                double p = b + th[oh2 + h];
                double phi = p > 0 ? p : 0;
                if (clipped && b > 0) {
                    phi -= b;
                }
                if (phi != 0) {
                    for (int i = 0; i < m; i++) {
                        zout[oo + i] += th[ow1 + w + i] * phi;
                    }
                }
            }
        }

        @Override
        void backward(double[] th, double[] zin, int io, double[] cache, int co, double[] delta, double[] g, int go,
                double[] dzin) {
            for (int i = 0; i < m; i++) {
                double d = delta[i];
                g[go + i] += d * zin[io + i];
                g[go + oh1 + i] += d;
                dzin[i] = th[i] * d;
            }
            for (int h = 0; h < l; h++) {
                int w = h * m;
                double b = cache[co + h];
                double p = b + th[oh2 + h];
                boolean plus = p > 0;
                boolean zero = clipped && b > 0;
                double phi = (plus ? p : 0) - (zero ? b : 0);
                double u = 0;
                if (phi != 0) {
                    for (int i = 0; i < m; i++) {
                        double d = delta[i];
                        u += th[ow1 + w + i] * d;
                        g[go + ow1 + w + i] += d * phi;
                    }
                } else {
                    for (int i = 0; i < m; i++) {
                        u += th[ow1 + w + i] * delta[i];
                    }
                }
                if (plus) {
                    g[go + oh2 + h] += u;
                }
                int mask = (plus ? 1 : 0) - (zero ? 1 : 0);
                if (mask != 0) {
                    double uu = mask * u;
                    for (int j = 0; j < m; j++) {
                        g[go + ow2 + w + j] += uu * zin[io + j];
                        dzin[j] += th[ow2 + w + j] * uu;
                    }
                }
            }
        }

        @Override
        void jacobian(double[] th, double[] z, int zo, double[] jac, double[] cache) {
            java.util.Arrays.fill(jac, 0, m * m, 0);
            for (int h = 0; h < l; h++) {
                int w = h * m;
                double b = 0;
                for (int j = 0; j < m; j++) {
                    b += th[ow2 + w + j] * z[zo + j];
                }
                int mask = (b + th[oh2 + h] > 0 ? 1 : 0) - (clipped && b > 0 ? 1 : 0);
                if (mask != 0) {
                    for (int i = 0; i < m; i++) {
                        double c = mask * th[ow1 + w + i];
                        for (int j = 0; j < m; j++) {
                            jac[i * m + j] += c * th[ow2 + w + j];
                        }
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                jac[i * m + i] += th[i];
            }
        }

        @Override
        long activationHash(double[] th, double[] zin, int io, double[] cache, int co) {
            long hash = 17;
            for (int h = 0; h < l; h++) {
                double b = cache[co + h];
                hash = mix(mix(hash, b + th[oh2 + h] > 0), b > 0);
            }
            return hash;
        }

        /** λ(‖1 − A‖² + ‖W₁‖² + ‖W₂‖² + ‖h₁‖² + ‖h₂‖²) (Hess et al. 2023; pulls A towards 1). */
        @Override
        double regularization(double[] th, double lambda, double[] g) {
            return pullTowardsIdentity(th, lambda, g);
        }
    }

    // ----------------------------------------------------------------- AL-RNN

    /** z' = A⊙z + W φ_P(z) + h; layout A[M], W[M×M] row-major (full), h[M]. */
    static final class AlRnn extends AffineRelu {
        private final int p;
        private final double eps;

        AlRnn(int m, int p, double eps) {
            super(m, m - p, false);
            this.p = p;
            this.eps = eps;
        }

        int reluUnits() {
            return p;
        }

        @Override
        Architecture architecture() {
            return Architecture.ALRNN;
        }

        @Override
        void init(double[] th, RandomGenerator rng) {
            double[] k = normalizedPositiveDefinite(m, rng);
            for (int i = 0; i < m; i++) {
                th[i] = k[i * m + i];
            }
            for (int i = 0; i < m * m; i++) {
                th[ow + i] = 0.01 * rng.nextGaussian();
            }
            for (int i = 0; i < m; i++) {
                th[oh + i] = 0;
            }
        }

        /**
         * The AL-RNN convergence regulariser λ‖relu(A + diag W − ε)‖₂ (Brenner et al. 2024 code's
         * {@code AR_convergence_loss}; ε = convergence threshold, default 0.95).
         */
        @Override
        double regularization(double[] th, double lambda, double[] g) {
            if (lambda == 0) {
                return 0;
            }
            double s = 0;
            for (int i = 0; i < m; i++) {
                double r = th[i] + th[ow + i * m + i] - eps;
                if (r > 0) {
                    s += r * r;
                }
            }
            double norm = Math.sqrt(s);
            if (g != null && norm > 0) {
                for (int i = 0; i < m; i++) {
                    double r = th[i] + th[ow + i * m + i] - eps;
                    if (r > 0) {
                        g[i] += lambda * r / norm;
                        g[ow + i * m + i] += lambda * r / norm;
                    }
                }
            }
            return lambda * norm;
        }
    }
}
