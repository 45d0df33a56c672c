package io.github.chaoskit.forecast.plrnn;

import java.util.Objects;

/**
 * Hyper-parameters of a PLRNN-family forecaster: model, teacher forcing, batching, optimiser,
 * regularisation, model selection and parallelism. Immutable; build one with
 * {@link #builder(Architecture)}, which starts from the architecture's defaults (the published
 * set-ups of the GTF and AL-RNN papers' code, Hess et al. 2023 and Brenner et al. 2024, except where noted):
 *
 * <table>
 * <caption>defaults</caption>
 * <tr><th>setting</th><th>PLRNN</th><th>(clipped) shPLRNN</th><th>AL-RNN</th></tr>
 * <tr><td>latent M</td><td>N + 12</td><td>N</td><td>max(20, N + 10)</td></tr>
 * <tr><td>hidden L / ReLU units P</td><td>–</td><td>L = 50</td><td>P = ⌊M/2⌋ (the paper's Lorenz-63 set-up:
 *     2; see {@link AlRnnProvider})</td></tr>
 * <tr><td>forcing</td><td>sparse, τ automatic</td><td>GTF</td><td>sparse, τ automatic</td></tr>
 * <tr><td>α (GTF)</td><td>–</td><td>product bound, α₀ = 1, every 5 batches, γ_α scaled to the budget
 *     (0.999 in the paper)</td><td>–</td></tr>
 * <tr><td>sequence T̃ × batch S</td><td colspan="3">T̃ automatic × 16, 50 batches per epoch</td></tr>
 * <tr><td>optimiser, learning rate</td><td colspan="2">RAdam, 5e-3 → 1e-6</td><td>RAdam, 5e-3 → 1e-5</td></tr>
 * <tr><td>regularisation</td><td colspan="2">λ_l = 1e-5</td><td>0 (ε = 0.95)</td></tr>
 * <tr><td>batch noise</td><td colspan="2">0</td><td>0.05</td></tr>
 * <tr><td>epochs E</td><td colspan="3">{@value #DEFAULT_EPOCHS} (the papers: 5000 / 2000; capped for the
 *     benchmark)</td></tr>
 * </table>
 *
 * <p>Departures from the papers, for the shorter default budget: the starting learning rate is
 * 5e-3 (the papers use 1e-3 over 2000–5000 epochs; 5e-3 is the AL-RNN paper's Rössler value), and
 * GTF's annealing factor γ_α is scaled to the budget (see {@code alphaDecay}). Measured on
 * Lorenz-63 (20 000 noisy training points, 300 epochs, seed 1): shPLRNN D_stsp 2.33 with 1e-3 vs
 * 0.67 with 5e-3; AL-RNN 13.6 (a fixed point) vs 3.7. The vanilla PLRNN (M = N + 12) defaults to
 * sparse forcing: with GTF forcing all units towards [x; 0] its free runs diverged, with GTF on the
 * observed units only it reached D_stsp 7.4, with sparse forcing 5.8 (same set-up).
 *
 * @param architecture the latent map
 * @param latent latent dimension: M ≥ N if positive; 0 chooses the architecture's default from N;
 *     −k means M = N + k
 * @param hidden shPLRNN hidden width L
 * @param reluUnits AL-RNN number P of ReLU units (the last P latent units), 0 ≤ P ≤ M;
 *     {@link #AUTO_RELU_UNITS} (−1, the default) takes ⌊M/2⌋
 * @param forcing teacher-forcing scheme
 * @param tau sparse-forcing interval τ: the observed units are replaced by data every τ steps;
 *     {@link #AUTO_TAU} (0, the default) takes the first lag k ≥ 1 at which the training data's
 *     autocorrelation (mean over coordinates) falls below 1/e, capped at {@value #MAX_AUTO_TAU} —
 *     16 (the AL-RNN paper's Lorenz-63 value) for finely sampled flows, 1–2 for maps, whose
 *     one-step error growth makes long free stretches untrainable
 * @param alphaMethod how GTF's α is chosen
 * @param alpha GTF α₀ (the starting value; the value itself for {@link AlphaMethod#CONSTANT}), in [0, 1]
 * @param alphaDecay GTF annealing factor γ_α in [0, 1]: when the estimate α̂ is below α,
 *     {@code α ← γ_α α + (1 − γ_α) α̂}; when above, α ← α̂. {@link #AUTO_ALPHA_DECAY} (the default)
 *     scales it to the budget: {@code γ_α = 0.01^{k/(0.1·E·B)}}, so α anneals to within 1 % of the
 *     estimate over the first 10 % of the E·B batches — 0.99908 at the paper's 5000 × 50 batches,
 *     close to its fixed 0.999, and faster for the short budgets of a benchmark
 * @param alphaInterval batches between α estimates (k)
 * @param partialForcing GTF forces only the N observed units (else all M, towards [x; 0])
 * @param sequenceLength T̃: each sub-sequence has T̃ + 1 rows (capped at ⌊(n−1)/2⌋ for short data);
 *     {@link #AUTO_SEQUENCE_LENGTH} (0, the default) takes 12 decorrelation lags of the training
 *     data (as for τ), within [10, {@value #MAX_AUTO_SEQUENCE_LENGTH}]: 200 for Lorenz-63 at
 *     Δt = 0.01 (the papers' value), 60–72 at 30 points per Lyapunov time for Rössler and Lorenz-63,
 *     12 for the Hénon map. (With T̃ = 200 at 30 points per Lyapunov time, i.e. 6.7 Lyapunov times,
 *     the shPLRNN collapsed onto a fixed point on Rössler; with 50 it reconstructed the attractor.)
 * @param batchSize S sub-sequences per batch (drawn with replacement)
 * @param batchesPerEpoch batches per epoch
 * @param epochs training epochs E (the training budget)
 * @param optimizer RAdam or Adam
 * @param lrStart learning rate of the first epoch
 * @param lrEnd learning rate reached after E epochs (exponential decay once per epoch)
 * @param gradientClipping largest L2 norm of a batch gradient; a longer one is scaled down to it
 *     (0 = no clipping, as in the papers' code; default {@value #DEFAULT_GRADIENT_CLIPPING}, which only acts on
 *     exploding gradients: RAdam's first steps are un-normalised momentum steps, so one exploding
 *     batch would otherwise throw the parameters out of range)
 * @param latentRegularization λ of the architecture's latent regulariser (see {@link Architecture})
 * @param observationRegularization λ_o of {@code λ_o‖L‖²} on the initial-state map
 * @param convergenceThreshold AL-RNN regulariser threshold ε
 * @param noise standard deviation of Gaussian noise added to each batch (standardised units)
 * @param selectionInterval epochs between model-selection runs; 0 = ⌈E/10⌉ capped at 25
 * @param selectionLength cap on the free-run length of model selection (training length otherwise)
 * @param threads threads computing each batch's gradient (results are bitwise identical for any count)
 * @param warmup history rows a forecast runs through, with forcing, before its free run
 */
public record PlrnnConfig(
        Architecture architecture,
        int latent,
        int hidden,
        int reluUnits,
        Forcing forcing,
        int tau,
        AlphaMethod alphaMethod,
        double alpha,
        double alphaDecay,
        int alphaInterval,
        boolean partialForcing,
        int sequenceLength,
        int batchSize,
        int batchesPerEpoch,
        int epochs,
        Optimizer optimizer,
        double lrStart,
        double lrEnd,
        double gradientClipping,
        double latentRegularization,
        double observationRegularization,
        double convergenceThreshold,
        double noise,
        int selectionInterval,
        int selectionLength,
        int threads,
        int warmup) {

    /** Value of {@code tau} that chooses the sparse-forcing interval from the data. */
    public static final int AUTO_TAU = 0;

    /** Value of {@code sequenceLength} that chooses T̃ from the data. */
    public static final int AUTO_SEQUENCE_LENGTH = 0;

    /** Largest automatically chosen sub-sequence length (the papers' Lorenz-63 value). */
    public static final int MAX_AUTO_SEQUENCE_LENGTH = 200;

    /** Largest automatically chosen sparse-forcing interval. */
    public static final int MAX_AUTO_TAU = 16;

    /** Value of {@code reluUnits} that chooses P = ⌊M/2⌋ for the AL-RNN. */
    public static final int AUTO_RELU_UNITS = -1;

    /** Value of {@code alphaDecay} that scales the annealing to the training budget. */
    public static final double AUTO_ALPHA_DECAY = -1;

    /** Default starting learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 5e-3;

    /** Default gradient-norm clipping threshold. */
    public static final double DEFAULT_GRADIENT_CLIPPING = 10;

    /** Default training budget in epochs. */
    public static final int DEFAULT_EPOCHS = 300;

    /** Teacher-forcing schemes. */
    public enum Forcing {
        /**
         * Generalized teacher forcing (Hess et al. 2023): every step the state is the convex mix
         * {@code (1−α) z + α ẑ} of the prediction and the data-inferred state ẑ = [x; 0].
         */
        GENERALIZED,
        /**
         * Sparse identity teacher forcing (Mikhaeil, Monfared and Durstewitz 2022, NeurIPS; Brenner
         * et al. 2024): every τ steps the observed units are replaced by the data and their adjoint
         * is cut.
         */
        SPARSE
    }

    /** How GTF's α is estimated from the Jacobians at the batch's data-inferred states ẑ_t. */
    public enum AlphaMethod {
        /** 𝒩 = max over sequences of the geometric mean over t of ‖J(ẑ_t)‖₂; α̂ = max(0, 1 − 1/𝒩). */
        PRODUCT_BOUND,
        /** 𝒩 = max over sequences and t of ‖J(ẑ_t)‖₂. */
        BATCH_MAXIMUM,
        /** α stays at its starting value. */
        CONSTANT
    }

    /** Optimisers. */
    public enum Optimizer {
        /** Rectified Adam (Liu et al. 2020). */
        RADAM,
        /** Adam (Kingma and Ba 2015). */
        ADAM
    }

    /** Validates every setting. */
    public PlrnnConfig {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(forcing, "forcing");
        Objects.requireNonNull(alphaMethod, "alphaMethod");
        Objects.requireNonNull(optimizer, "optimizer");
        check(latent > Integer.MIN_VALUE, "latent", latent, "> Integer.MIN_VALUE");
        check(hidden >= 1, "hidden", hidden, "≥ 1");
        check(reluUnits >= 0 || reluUnits == AUTO_RELU_UNITS, "reluUnits", reluUnits, "≥ 0 (−1 = automatic)");
        check(tau >= 0, "tau", tau, "≥ 1 (0 = automatic)");
        check(alpha >= 0 && alpha <= 1, "alpha", alpha, "in [0, 1]");
        check(alphaDecay == AUTO_ALPHA_DECAY || alphaDecay >= 0 && alphaDecay <= 1, "alphaDecay", alphaDecay,
                "in [0, 1] or -1 (automatic)");
        check(alphaInterval >= 1, "alphaInterval", alphaInterval, "≥ 1");
        check(sequenceLength >= 0, "sequenceLength", sequenceLength, "≥ 1 (0 = automatic)");
        check(batchSize >= 1, "batchSize", batchSize, "≥ 1");
        check(batchesPerEpoch >= 1, "batchesPerEpoch", batchesPerEpoch, "≥ 1");
        check(epochs >= 1, "epochs", epochs, "≥ 1");
        check(lrStart > 0 && Double.isFinite(lrStart), "lrStart", lrStart, "positive");
        check(lrEnd > 0 && Double.isFinite(lrEnd), "lrEnd", lrEnd, "positive");
        check(gradientClipping >= 0 && Double.isFinite(gradientClipping), "gradientClipping", gradientClipping,
                "≥ 0 (0 = off)");
        check(latentRegularization >= 0 && Double.isFinite(latentRegularization), "latentRegularization",
                latentRegularization, "≥ 0");
        check(observationRegularization >= 0 && Double.isFinite(observationRegularization),
                "observationRegularization", observationRegularization, "≥ 0");
        check(Double.isFinite(convergenceThreshold), "convergenceThreshold", convergenceThreshold, "finite");
        check(noise >= 0 && Double.isFinite(noise), "noise", noise, "≥ 0");
        check(selectionInterval >= 0, "selectionInterval", selectionInterval, "≥ 0 (0 = automatic)");
        check(selectionLength >= 10, "selectionLength", selectionLength, "≥ 10");
        check(threads >= 1 && threads <= 256, "threads", threads, "in [1, 256]");
        check(warmup >= 0, "warmup", warmup, "≥ 0");
    }

    private static void check(boolean ok, String name, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("PLRNN setting " + name + " = " + value + " must be " + expected);
        }
    }

    /**
     * @param n observed dimension N
     * @return the latent dimension M used for N observed coordinates
     * @throws IllegalArgumentException if an explicit M is smaller than N or than P
     */
    public int latentFor(int n) {
        int m;
        if (latent > 0) {
            m = latent;
        } else if (latent < 0) {
            m = n - latent;
        } else {
            switch (architecture) {
                case PLRNN:
                    m = n + 12;
                    break;
                case ALRNN:
                    m = Math.max(20, n + 10);
                    break;
                default:
                    m = n;
            }
        }
        if (m < n) {
            throw new IllegalArgumentException("PLRNN latent dimension " + m + " is smaller than the data dimension "
                    + n + "; the identity observation model reads the first N latent units");
        }
        if (architecture == Architecture.ALRNN && reluUnits > m) {
            throw new IllegalArgumentException("AL-RNN reluUnits = " + reluUnits + " exceeds the latent dimension "
                    + m);
        }
        return m;
    }

    /**
     * @param m the latent dimension (from {@link #latentFor(int)})
     * @return the AL-RNN's number P of ReLU units: the configured one, or ⌊M/2⌋ when automatic
     */
    public int reluUnitsFor(int m) {
        return reluUnits == AUTO_RELU_UNITS ? m / 2 : reluUnits;
    }

    /** @return γ_α, resolving {@link #AUTO_ALPHA_DECAY} from the budget. */
    public double alphaDecayResolved() {
        if (alphaDecay != AUTO_ALPHA_DECAY) {
            return alphaDecay;
        }
        double updates = 0.1 * epochs * (double) batchesPerEpoch / alphaInterval;
        return updates <= 1 ? 0 : Math.pow(0.01, 1 / updates);
    }

    /**
     * @param data standardised training rows, row-major
     * @param n dimension
     * @return τ, resolving {@link #AUTO_TAU} from the data's autocorrelation
     */
    public int tauFor(double[] data, int n) {
        return tau != AUTO_TAU ? tau : decorrelationLag(data, n, MAX_AUTO_TAU);
    }

    /**
     * @param data standardised training rows, row-major
     * @param n dimension
     * @return T̃, resolving {@link #AUTO_SEQUENCE_LENGTH}: 12 decorrelation lags, in [10, 200]
     */
    public int sequenceLengthFor(double[] data, int n) {
        if (sequenceLength != AUTO_SEQUENCE_LENGTH) {
            return sequenceLength;
        }
        return Math.max(10, Math.min(MAX_AUTO_SEQUENCE_LENGTH, 12 * decorrelationLag(data, n, 17)));
    }

    /**
     * @return the first lag k in [1, maxLag) at which the autocorrelation of the (standardised,
     *     zero-mean) data, averaged over coordinates, falls below 1/e; maxLag if none does
     */
    static int decorrelationLag(double[] data, int n, int maxLag) {
        int rows = data.length / n;
        double[] var = new double[n];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < n; k++) {
                var[k] += data[i * n + k] * data[i * n + k];
            }
        }
        for (int lag = 1; lag < maxLag && lag < rows; lag++) {
            double r = 0;
            int used = 0;
            for (int k = 0; k < n; k++) {
                if (var[k] == 0) {
                    continue;
                }
                double c = 0;
                for (int i = 0; i + lag < rows; i++) {
                    c += data[i * n + k] * data[(i + lag) * n + k];
                }
                r += c / var[k];
                used++;
            }
            if (used > 0 && r / used < Math.exp(-1)) {
                return lag;
            }
        }
        return maxLag;
    }

    /** @return the model-selection interval in epochs (resolving 0 = automatic). */
    public int selectionEvery() {
        return selectionInterval > 0 ? selectionInterval : Math.max(1, Math.min(25, (epochs + 9) / 10));
    }

    /** @return a builder initialised with a copy of these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @param architecture the latent map
     * @return a builder holding that architecture's defaults (see the class documentation)
     */
    public static Builder builder(Architecture architecture) {
        return new Builder(architecture);
    }

    /** Builder of {@link PlrnnConfig}; every setter validates when {@link #build()} is called. */
    public static final class Builder {
        private Architecture architecture;
        private int latent;
        private int hidden = 50;
        private int reluUnits = AUTO_RELU_UNITS;
        private Forcing forcing;
        private int tau = AUTO_TAU;
        private AlphaMethod alphaMethod = AlphaMethod.PRODUCT_BOUND;
        private double alpha = 1.0;
        private double alphaDecay = AUTO_ALPHA_DECAY;
        private int alphaInterval = 5;
        private boolean partialForcing;
        private int sequenceLength = AUTO_SEQUENCE_LENGTH;
        private int batchSize = 16;
        private int batchesPerEpoch = 50;
        private int epochs = DEFAULT_EPOCHS;
        private Optimizer optimizer = Optimizer.RADAM;
        private double lrStart = DEFAULT_LEARNING_RATE;
        private double lrEnd;
        private double gradientClipping = DEFAULT_GRADIENT_CLIPPING;
        private double latentRegularization;
        private double observationRegularization;
        private double convergenceThreshold = 0.95;
        private double noise;
        private int selectionInterval;
        private int selectionLength = 100_000;
        private int threads = 1;
        private int warmup = 64;

        private Builder(Architecture a) {
            this.architecture = Objects.requireNonNull(a, "architecture");
            boolean al = a == Architecture.ALRNN;
            this.forcing = al || a == Architecture.PLRNN ? Forcing.SPARSE : Forcing.GENERALIZED;
            this.lrEnd = al ? 1e-5 : 1e-6;
            this.latentRegularization = al ? 0 : 1e-5;
            this.noise = al ? 0.05 : 0;
        }

        private Builder(PlrnnConfig c) {
            architecture = c.architecture;
            latent = c.latent;
            hidden = c.hidden;
            reluUnits = c.reluUnits;
            forcing = c.forcing;
            tau = c.tau;
            alphaMethod = c.alphaMethod;
            alpha = c.alpha;
            alphaDecay = c.alphaDecay;
            alphaInterval = c.alphaInterval;
            partialForcing = c.partialForcing;
            sequenceLength = c.sequenceLength;
            batchSize = c.batchSize;
            batchesPerEpoch = c.batchesPerEpoch;
            epochs = c.epochs;
            optimizer = c.optimizer;
            lrStart = c.lrStart;
            lrEnd = c.lrEnd;
            gradientClipping = c.gradientClipping;
            latentRegularization = c.latentRegularization;
            observationRegularization = c.observationRegularization;
            convergenceThreshold = c.convergenceThreshold;
            noise = c.noise;
            selectionInterval = c.selectionInterval;
            selectionLength = c.selectionLength;
            threads = c.threads;
            warmup = c.warmup;
        }

        /** @param v the architecture (keeps the other settings) @return this */
        public Builder architecture(Architecture v) {
            architecture = v;
            return this;
        }

        /** @param v latent dimension M (0 = automatic, −k = N + k) @return this */
        public Builder latent(int v) {
            latent = v;
            return this;
        }

        /** @param v shPLRNN hidden width L @return this */
        public Builder hidden(int v) {
            hidden = v;
            return this;
        }

        /** @param v AL-RNN ReLU units P @return this */
        public Builder reluUnits(int v) {
            reluUnits = v;
            return this;
        }

        /** @param v teacher-forcing scheme @return this */
        public Builder forcing(Forcing v) {
            forcing = v;
            return this;
        }

        /** @param v sparse-forcing interval τ, or {@link PlrnnConfig#AUTO_TAU} @return this */
        public Builder tau(int v) {
            tau = v;
            return this;
        }

        /** @param v α estimation method @return this */
        public Builder alphaMethod(AlphaMethod v) {
            alphaMethod = v;
            return this;
        }

        /** @param v starting (or constant) α @return this */
        public Builder alpha(double v) {
            alpha = v;
            return this;
        }

        /** @param v annealing factor γ_α, or {@link PlrnnConfig#AUTO_ALPHA_DECAY} @return this */
        public Builder alphaDecay(double v) {
            alphaDecay = v;
            return this;
        }

        /** @param v batches between α estimates @return this */
        public Builder alphaInterval(int v) {
            alphaInterval = v;
            return this;
        }

        /** @param v force only the observed units in GTF @return this */
        public Builder partialForcing(boolean v) {
            partialForcing = v;
            return this;
        }

        /** @param v sub-sequence length T̃, or {@link PlrnnConfig#AUTO_SEQUENCE_LENGTH} @return this */
        public Builder sequenceLength(int v) {
            sequenceLength = v;
            return this;
        }

        /** @param v sub-sequences per batch S @return this */
        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        /** @param v batches per epoch @return this */
        public Builder batchesPerEpoch(int v) {
            batchesPerEpoch = v;
            return this;
        }

        /** @param v epochs E @return this */
        public Builder epochs(int v) {
            epochs = v;
            return this;
        }

        /** @param v optimiser @return this */
        public Builder optimizer(Optimizer v) {
            optimizer = v;
            return this;
        }

        /** @param start first learning rate @param end last learning rate @return this */
        public Builder learningRate(double start, double end) {
            lrStart = start;
            lrEnd = end;
            return this;
        }

        /** @param v largest batch-gradient norm (0 = no clipping) @return this */
        public Builder gradientClipping(double v) {
            gradientClipping = v;
            return this;
        }

        /** @param v latent regularisation λ @return this */
        public Builder latentRegularization(double v) {
            latentRegularization = v;
            return this;
        }

        /** @param v observation-model regularisation λ_o @return this */
        public Builder observationRegularization(double v) {
            observationRegularization = v;
            return this;
        }

        /** @param v AL-RNN convergence threshold ε @return this */
        public Builder convergenceThreshold(double v) {
            convergenceThreshold = v;
            return this;
        }

        /** @param v batch noise level @return this */
        public Builder noise(double v) {
            noise = v;
            return this;
        }

        /** @param v epochs between selection runs (0 = automatic) @return this */
        public Builder selectionInterval(int v) {
            selectionInterval = v;
            return this;
        }

        /** @param v cap of the selection free-run length @return this */
        public Builder selectionLength(int v) {
            selectionLength = v;
            return this;
        }

        /** @param v gradient threads @return this */
        public Builder threads(int v) {
            threads = v;
            return this;
        }

        /** @param v forecast warm-up rows @return this */
        public Builder warmup(int v) {
            warmup = v;
            return this;
        }

        /** @return the validated configuration */
        public PlrnnConfig build() {
            return new PlrnnConfig(architecture, latent, hidden, reluUnits, forcing, tau, alphaMethod, alpha,
                    alphaDecay, alphaInterval, partialForcing, sequenceLength, batchSize, batchesPerEpoch, epochs,
                    optimizer, lrStart, lrEnd, gradientClipping, latentRegularization, observationRegularization,
                    convergenceThreshold, noise, selectionInterval, selectionLength, threads, warmup);
        }
    }
}
