package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.internal.Adam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Trains a PLRNN-family model on one standardised trajectory by mini-batch BPTT with teacher
 * forcing (Hess et al. 2023, ICML, "Generalized teacher forcing for learning chaotic dynamics";
 * Brenner et al. 2024, NeurIPS, "Almost-linear RNNs"). Per batch:
 * <ol>
 * <li>S start indices uniform in [0, T − T̃ − 1] (with replacement) and, if configured, Gaussian
 *     noise on the batch, drawn on the calling thread from {@code Well19937c(seed)};</li>
 * <li>every k-th batch (GTF, non-constant α): α̂ = max(0, 1 − 1/𝒩) from the Jacobians at the
 *     batch's data-inferred states; α ← α̂ if α̂ &gt; α, else α ← γ_α α + (1 − γ_α) α̂;</li>
 * <li>loss {@code (1/(N S T̃)) Σ ‖z_t[:N] − x_t‖²} plus the regularisers and its gradient by
 *     hand-written BPTT, each sequence into its own gradient slot (sequences split over
 *     {@code threads} threads), the slots then summed in sequence order — so the result is bitwise
 *     identical for any thread count;</li>
 * <li>the gradient scaled down to norm {@code gradientClipping} if longer;</li>
 * <li>one RAdam/Adam step with η_e = η_start·γᵉ, γ = (η_end/η_start)^{1/E} for epoch e.</li>
 * </ol>
 * A non-finite loss, gradient or parameter stops training; the last finite parameters are kept
 * and the stop is reported. Every few epochs the model runs freely from the first training state
 * and its D_stsp against the training data is recorded; {@link #train()} returns the checkpoint
 * with the lowest D_stsp.
 *
 * <p>Not thread-safe; {@link #close()} releases the worker threads.
 */
public final class PlrnnTrainer implements AutoCloseable {

    /** |latent state| beyond which a free run counts as diverged. */
    static final double DIVERGENCE_BOUND = 1e6;

    private final PlrnnConfig cfg;
    private final Network net;
    private final double[] data;
    private final int rows;
    private final int n;
    private final int len;
    private final int batchSize;
    private final int stride;
    private final RandomGenerator rng;
    private final double[] theta;
    private final double[] lastGood;
    private final double[] grad;
    private final double[] slots;
    private final double[] sse;
    private final double[] norms;
    private final double[] batch;
    private final int[] starts;
    private final Adam opt;
    private final Worker[] workers;
    private final ExecutorService pool;
    private final List<Future<?>> futures = new ArrayList<>();
    private StateSpaceKl selection;
    private final double alphaDecay;
    private final int tau;
    private double alpha;
    private long batches;

    /**
     * @param config hyper-parameters
     * @param standardized training data, row-major T×N, already z-scored
     * @param dimension N
     * @param seed seed of initialisation, batch sampling and batch noise
     * @throws IllegalArgumentException if the data are too short (fewer than 3 rows), not finite,
     *     or the latent dimension is smaller than N
     */
    public PlrnnTrainer(PlrnnConfig config, double[] standardized, int dimension, long seed) {
        this.cfg = config;
        this.n = dimension;
        if (dimension < 1 || standardized.length % dimension != 0) {
            throw new IllegalArgumentException("PLRNN training data of " + standardized.length
                    + " values do not form rows of dimension " + dimension);
        }
        this.rows = standardized.length / dimension;
        if (rows < 3) {
            throw new IllegalArgumentException("PLRNN training data have " + rows + " rows, need at least 3");
        }
        for (int i = 0; i < standardized.length; i++) {
            if (!Double.isFinite(standardized[i])) {
                throw new IllegalArgumentException("PLRNN training data have a non-finite value at row " + i / n
                        + ", column " + i % n);
            }
        }
        this.data = standardized.clone();
        this.len = effectiveLength(config.sequenceLengthFor(data, n), rows);
        int m = config.latentFor(n);
        LatentMap map = LatentMap.of(config.architecture(), m, config.hidden(), config.reluUnitsFor(m),
                config.convergenceThreshold());
        this.net = new Network(map, n);
        this.rng = new Well19937c(seed);
        this.theta = net.init(rng);
        this.lastGood = theta.clone();
        this.grad = new double[net.size];
        this.batchSize = config.batchSize();
        this.slots = new double[batchSize * net.size];
        this.sse = new double[batchSize];
        this.norms = new double[batchSize];
        this.stride = (len + 1) * n;
        this.batch = new double[batchSize * stride];
        this.starts = new int[batchSize];
        this.opt = Adam.withDefaults(net.size, config.optimizer() == PlrnnConfig.Optimizer.RADAM);
        this.alphaDecay = config.alphaDecayResolved();
        this.tau = config.tauFor(data, n);
        this.alpha = config.forcing() == PlrnnConfig.Forcing.GENERALIZED ? config.alpha() : 0;
        int t = Math.min(config.threads(), batchSize);
        this.workers = new Worker[t];
        for (int k = 0; k < t; k++) {
            workers[k] = new Worker(k * batchSize / t, (k + 1) * batchSize / t);
        }
        this.pool = t > 1 ? Executors.newFixedThreadPool(t - 1, r -> {
            Thread th = new Thread(r, "plrnn-gradient");
            th.setDaemon(true);
            return th;
        }) : null;
    }

    /** @return T̃ for a trajectory of the given rows: the configured length, capped at ⌊(rows − 1)/2⌋. */
    static int effectiveLength(int configured, int rows) {
        return Math.max(1, Math.min(configured, (rows - 1) / 2));
    }

    /** @return S·T̃, the sequence steps (forward + backward) of one batch. */
    public int sequenceStepsPerBatch() {
        return batchSize * len;
    }

    /** @return the number of trainable parameters (including fixed structural zeros). */
    public int parameterCount() {
        return net.size;
    }

    /** @return the current GTF α (0 for sparse forcing). */
    public double alpha() {
        return alpha;
    }

    /** @return a copy of the current parameters. */
    public double[] parameters() {
        return theta.clone();
    }

    /** @return the learning rate of epoch e (0-based) of the configured schedule. */
    public double learningRate(int epoch) {
        double gamma = Math.pow(cfg.lrEnd() / cfg.lrStart(), 1.0 / cfg.epochs());
        return cfg.lrStart() * Math.pow(gamma, epoch);
    }

    Network network() {
        return net;
    }

    int sequenceLength() {
        return len;
    }

    /**
     * Samples a batch, updates α, computes the gradient and takes one optimiser step.
     *
     * @param lr learning rate
     * @return the batch loss (MSE + regularisation) before the step; NaN if a non-finite loss,
     *     gradient or parameter occurred, in which case the parameters are left at their last
     *     finite values
     */
    public double trainBatch(double lr) {
        sampleBatch();
        if (cfg.forcing() == PlrnnConfig.Forcing.GENERALIZED && cfg.alphaMethod() != PlrnnConfig.AlphaMethod.CONSTANT
                && batches % cfg.alphaInterval() == 0) {
            updateAlpha();
        }
        batches++;
        double loss = gradient();
        if (!Double.isFinite(loss) || !Network.finite(grad)) {
            return Double.NaN;
        }
        double clip = cfg.gradientClipping();
        if (clip > 0) {
            double ss = 0;
            for (double v : grad) {
                ss += v * v;
            }
            double norm = Math.sqrt(ss);
            if (norm > clip) {
                double f = clip / norm;
                for (int i = 0; i < grad.length; i++) {
                    grad[i] *= f;
                }
            }
        }
        System.arraycopy(theta, 0, lastGood, 0, theta.length);
        opt.step(theta, grad, lr);
        if (!Network.finite(theta)) {
            System.arraycopy(lastGood, 0, theta, 0, theta.length);
            return Double.NaN;
        }
        return loss;
    }

    /**
     * Computes the loss and its gradient at the current parameters on the current batch.
     *
     * @return the loss; the gradient is in {@link #grad}
     */
    double gradient() {
        run(Worker.GRADIENT);
        Arrays.fill(grad, 0);
        double total = 0;
        int p = net.size;
        for (int s = 0; s < batchSize; s++) {
            total += sse[s];
            int o = s * p;
            for (int i = 0; i < p; i++) {
                grad[i] += slots[o + i];
            }
        }
        double loss = total / ((double) n * batchSize * len);
        loss += net.map.regularization(theta, cfg.latentRegularization(), grad);
        loss += net.observationRegularization(theta, cfg.observationRegularization(), grad);
        return loss;
    }

    /** Loss only (forward passes) at the given parameters on the current batch; for tests. */
    double loss(double[] th) {
        Bptt b = workers[0].bptt;
        double total = 0;
        for (int s = 0; s < batchSize; s++) {
            total += b.forward(th, batch, s * stride, alpha);
        }
        double loss = total / ((double) n * batchSize * len);
        loss += net.map.regularization(th, cfg.latentRegularization(), null);
        loss += net.observationRegularization(th, cfg.observationRegularization(), null);
        return loss;
    }

    double[] gradientArray() {
        return grad;
    }

    double[] theta() {
        return theta;
    }

    void setAlpha(double a) {
        alpha = a;
    }

    boolean sparseForTest() {
        return cfg.forcing() == PlrnnConfig.Forcing.SPARSE;
    }

    int tauForTest() {
        return tau;
    }

    /** @return the sparse-forcing interval in use (resolved from the data when automatic). */
    public int tau() {
        return tau;
    }

    boolean partialForTest() {
        return cfg.partialForcing();
    }

    double[] batchArray() {
        return batch;
    }

    void sampleBatch() {
        int span = rows - len;
        for (int s = 0; s < batchSize; s++) {
            starts[s] = rng.nextInt(span);
        }
        double noise = cfg.noise();
        for (int s = 0; s < batchSize; s++) {
            System.arraycopy(data, starts[s] * n, batch, s * stride, stride);
            if (noise > 0) {
                for (int i = s * stride; i < (s + 1) * stride; i++) {
                    batch[i] += noise * rng.nextGaussian();
                }
            }
        }
    }

    private void updateAlpha() {
        run(Worker.NORMS);
        double bound = 0;
        for (int s = 0; s < batchSize; s++) {
            bound = Math.max(bound, norms[s]);
        }
        double estimate = bound > 0 ? Math.max(0, 1 - 1 / bound) : 0;
        if (!Double.isFinite(estimate)) {
            return;
        }
        if (estimate > alpha) {
            alpha = estimate;
        } else {
            double g = alphaDecay;
            alpha = g * alpha + (1 - g) * estimate;
        }
    }

    private void run(int task) {
        if (pool == null) {
            workers[0].run(task);
            return;
        }
        futures.clear();
        for (int k = 1; k < workers.length; k++) {
            workers[k].task = task;
            futures.add(pool.submit(workers[k]));
        }
        RuntimeException failure = null;
        try {
            workers[0].run(task);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing a PLRNN gradient", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                            : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * D_stsp of a free run (from the first training state, a transient of a quarter of its length
     * discarded) against the training data.
     */
    double selectionDivergence(double[] th) {
        if (selection == null) {
            selection = new StateSpaceKl(data, n);
        }
        int steps = Math.min(rows, cfg.selectionLength());
        double[] out = new double[steps * n];
        int got = net.freeRun(th, data, 0, steps / 4, steps, out, DIVERGENCE_BOUND);
        if (got < steps) {
            return Double.POSITIVE_INFINITY;
        }
        return selection.divergence(out);
    }

    /**
     * Runs the configured schedule: {@code epochs × batchesPerEpoch} batches, model selection
     * every {@link PlrnnConfig#selectionEvery()} epochs and after the last.
     *
     * @return the selected parameters and the report
     */
    Result train() {
        return train(f -> { });
    }

    /** @param progress receives (epochs completed)/E after every epoch, and 1 at the end */
    Result train(DoubleConsumer progress) {
        long t0 = System.nanoTime();
        int epochs = cfg.epochs();
        int every = cfg.selectionEvery();
        double[] epochLoss = new double[epochs];
        double[] epochAlpha = new double[epochs];
        List<Integer> selEpochs = new ArrayList<>();
        List<Double> selDiv = new ArrayList<>();
        double[] best = null;
        double bestDiv = Double.POSITIVE_INFINITY;
        int bestEpoch = -1;
        String stop = null;
        int completed = 0;
        for (int e = 0; e < epochs && stop == null; e++) {
            double lr = learningRate(e);
            double sum = 0;
            for (int b = 0; b < cfg.batchesPerEpoch(); b++) {
                double l = trainBatch(lr);
                if (Double.isNaN(l)) {
                    stop = "non-finite loss, gradient or parameters in epoch " + (e + 1) + ", batch " + (b + 1)
                            + "; kept the last finite parameters";
                    break;
                }
                sum += l;
            }
            if (stop == null) {
                epochLoss[e] = sum / cfg.batchesPerEpoch();
                epochAlpha[e] = alpha;
                completed = e + 1;
            }
            progress.accept((e + 1.0) / epochs);
            if (stop != null || (e + 1) % every == 0 || e == epochs - 1) {
                double d = selectionDivergence(theta);
                selEpochs.add(completed);
                selDiv.add(d);
                if (d < bestDiv) {
                    bestDiv = d;
                    best = theta.clone();
                    bestEpoch = completed;
                }
            }
        }
        progress.accept(1);
        double[] chosen = best != null ? best : theta.clone();
        if (best == null) {
            bestDiv = selDiv.isEmpty() ? Double.POSITIVE_INFINITY : selDiv.get(selDiv.size() - 1);
        }
        int[] se = selEpochs.stream().mapToInt(Integer::intValue).toArray();
        double[] sd = selDiv.stream().mapToDouble(Double::doubleValue).toArray();
        TrainingReport report = new TrainingReport(epochs, completed, batches, epochLoss, epochAlpha, se, sd,
                bestEpoch, bestDiv, stop, (System.nanoTime() - t0) * 1e-9, len, tau);
        return new Result(chosen, report);
    }

    /** The selected parameters and the report. */
    record Result(double[] theta, TrainingReport report) {
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** One thread's share of the batch: sequences [from, to). */
    private final class Worker implements Runnable {
        static final int GRADIENT = 0;
        static final int NORMS = 1;

        final Bptt bptt;
        final int from;
        final int to;
        int task;

        Worker(int from, int to) {
            this.from = from;
            this.to = to;
            this.bptt = new Bptt(net, len, cfg.forcing() == PlrnnConfig.Forcing.SPARSE, tau,
                    cfg.partialForcing());
        }

        @Override
        public void run() {
            run(task);
        }

        void run(int what) {
            int p = net.size;
            double c = 2.0 / ((double) n * batchSize * len);
            boolean max = cfg.alphaMethod() == PlrnnConfig.AlphaMethod.BATCH_MAXIMUM;
            for (int s = from; s < to; s++) {
                if (what == NORMS) {
                    norms[s] = bptt.jacobianNorm(theta, batch, s * stride, max);
                } else {
                    sse[s] = bptt.forward(theta, batch, s * stride, alpha);
                    Arrays.fill(slots, s * p, (s + 1) * p, 0);
                    bptt.backward(theta, batch, s * stride, alpha, c, slots, s * p);
                }
            }
        }
    }
}
