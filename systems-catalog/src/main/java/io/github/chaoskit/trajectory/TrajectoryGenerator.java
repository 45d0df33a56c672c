package io.github.chaoskit.trajectory;

import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.Flow;
import java.util.List;
import java.util.Optional;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Generates trajectories of catalog systems.
 *
 * <p>Flows are integrated by a Hipparchus adaptive integrator (Dormand–Prince 8(5,3) by
 * default, rtol = atol = 1e-12) and sampled at the exact grid times {@code t₀ + k·h} through
 * the integrator's dense output (the step interpolator), never by accumulating h. The first
 * row is the initial condition after the transient. Maps are iterated; as in dysts, their first
 * row is the first iterate after the initial condition. Delay equations are solved by the method
 * of steps ({@link DelayIntegrator}, same integrator and tolerances) and give delay-embedding rows.
 *
 * <p>Rows then pass, in this order, through the system's post-processing, additive Gaussian
 * observation noise of standard deviation {@code noise·σ_d}, and standardisation
 * {@code (x_d − μ_d)/σ_d}, where μ and σ are the catalog's reference attractor statistics
 * (the dysts metadata) when available, otherwise the trajectory's own sample statistics.
 *
 * <p>Long integrations are split into segments of {@value #SEGMENT} sampling intervals, each
 * started from the last sample, so the evaluation counters of the integrator never overflow and
 * streaming runs need constant memory. Instances are immutable and thread-safe; identical
 * settings and seed give bitwise-identical trajectories.
 */
public final class TrajectoryGenerator {

    /** Sampling intervals per integration segment. */
    public static final int SEGMENT = 1 << 20;

    /**
     * Right-hand-side evaluations allowed per sampling interval (plus a fixed 10⁶) before an
     * integration counts as stalled: an explicit integrator forced into ever smaller steps by a
     * solution that runs away, rather than hanging for minutes.
     */
    public static final int EVALUATIONS_PER_INTERVAL = 50_000;

    private final Sampling sampling;
    private final double transientTime;
    private final double relTol;
    private final double absTol;
    private final Integrator integrator;
    private final boolean standardize;
    private final double noise;
    private final long seed;
    private final boolean postprocess;
    private final double divergenceBound;
    private final double dynamicalNoise;
    private final double[] dynamicalNoiseScale;
    private final StochasticIntegrator.Scheme sdeScheme;

    private TrajectoryGenerator(Builder b) {
        this.sampling = b.sampling;
        this.transientTime = b.transientTime;
        this.relTol = b.relTol;
        this.absTol = b.absTol;
        this.integrator = b.integrator;
        this.standardize = b.standardize;
        this.noise = b.noise;
        this.seed = b.seed;
        this.postprocess = b.postprocess;
        this.divergenceBound = b.divergenceBound;
        this.dynamicalNoise = b.dynamicalNoise;
        this.dynamicalNoiseScale = b.dynamicalNoiseScale;
        this.sdeScheme = b.sdeScheme;
    }

    /** @return a builder with the defaults (100 points/period, DP853, 1e-12, no transient, no noise). */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a generator with the defaults of {@link #builder()}. */
    public static TrajectoryGenerator defaults() {
        return builder().build();
    }

    /** @return the sampling. */
    public Sampling sampling() {
        return sampling;
    }

    /**
     * The sampling step an n-point trajectory of {@code system} will have.
     *
     * @param system the system
     * @param n number of points
     * @return the step (1 for maps)
     */
    public double step(DynamicalSystem system, long n) {
        return sampling.step(system, n);
    }

    /**
     * Generates an n-point trajectory in memory.
     *
     * @param system a flow, delay equation or map
     * @param n number of points, at least 1
     * @return the trajectory
     * @throws IllegalArgumentException if n is not positive or the system cannot be sampled this way
     * @throws DivergenceException if the trajectory leaves every bounded region
     */
    public Trajectory generate(DynamicalSystem system, int n) {
        requirePositive(n);
        int d = system.outputDimension();
        double[] values = new double[Math.multiplyExact(n, d)];
        double[] times = new double[n];
        double h = step(system, n);
        raw(system, n, h, (k, t, row) -> {
            times[(int) k] = t;
            System.arraycopy(row, 0, values, (int) k * d, d);
        });
        if (noise > 0 || standardize) {
            double[][] stats = reference(system).orElseGet(() -> sampleStats(values, d));
            RowTransform tr = new RowTransform(stats[0], stats[1]);
            double[] row = new double[d];
            for (int i = 0; i < n; i++) {
                System.arraycopy(values, i * d, row, 0, d);
                tr.apply(row);
                System.arraycopy(row, 0, values, i * d, d);
            }
        }
        return Trajectory.wrap(system.name(), columnNames(system), times, values, h);
    }

    /**
     * Generates an n-point trajectory row by row into a sink, in constant memory. Gives the same
     * rows as {@link #generate}; with noise or standardisation the system needs reference
     * statistics (a streamed run cannot see its own sample statistics in advance).
     *
     * @param system a flow, delay equation or map
     * @param n number of points, at least 1
     * @param sink receives each row (the row array is reused)
     * @throws IllegalArgumentException if n is not positive, or noise/standardisation is asked for
     *     a system without reference statistics
     * @throws DivergenceException if the trajectory leaves every bounded region
     */
    public void stream(DynamicalSystem system, long n, TrajectorySink sink) {
        requirePositive(n);
        double h = step(system, n);
        if (noise > 0 || standardize) {
            double[][] stats = reference(system).orElseThrow(() -> new IllegalArgumentException(system.name()
                    + " has no reference statistics for noise or standardisation in a streamed run;"
                    + " generate it in memory instead"));
            RowTransform tr = new RowTransform(stats[0], stats[1]);
            raw(system, n, h, (k, t, row) -> {
                tr.apply(row);
                sink.accept(k, t, row);
            });
        } else {
            raw(system, n, h, sink);
        }
    }

    /** @return the column names of the output of a system. */
    static List<String> columnNames(DynamicalSystem system) {
        List<String> names = system.info().stateNames();
        if (names.size() == system.outputDimension() && !names.contains("…") && !names.get(0).contains("…")) {
            return names;
        }
        String[] n = new String[system.outputDimension()];
        for (int i = 0; i < n.length; i++) {
            n[i] = "x" + i;
        }
        return List.of(n);
    }

    private static void requirePositive(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of points n must be at least 1, got " + n);
        }
    }

    /**
     * @param system a system
     * @return true if noise and standardisation of this system use the catalog's reference
     *     attractor statistics (and so work in a streamed run)
     */
    public boolean hasReferenceStatistics(DynamicalSystem system) {
        return reference(system).isPresent();
    }

    private Optional<double[][]> reference(DynamicalSystem system) {
        if (system instanceof DelayFlow) {
            // as dysts: delay-equation metadata statistics are unreliable (e.g. IkedaDelay), so
            // delay embeddings are z-scored with their own sample statistics
            return Optional.empty();
        }
        Optional<double[]> mean = system.info().mean();
        Optional<double[]> std = system.info().std();
        int d = system.outputDimension();
        if (mean.isPresent() && std.isPresent() && mean.get().length == d && std.get().length == d) {
            return Optional.of(new double[][] {mean.get(), std.get()});
        }
        return Optional.empty();
    }

    private static double[][] sampleStats(double[] values, int d) {
        int n = values.length / d;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += values[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = values[i * d + j] - mean[j];
                std[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j] / n);
            if (!(std[j] > 1e-12 * Math.max(1.0, Math.abs(mean[j])))) {
                std[j] = 1.0; // a constant column: centre it, do not blow rounding noise up
            }
        }
        return new double[][] {mean, std};
    }

    /** Noise then standardisation of one row, with a seeded generator consumed row-major. */
    private final class RowTransform {
        private final double[] mean;
        private final double[] std;
        private final RandomGenerator rng = new Well19937c(seed);

        RowTransform(double[] mean, double[] std) {
            this.mean = mean;
            this.std = std;
        }

        void apply(double[] row) {
            for (int j = 0; j < row.length; j++) {
                double v = row[j];
                if (noise > 0) {
                    v += noise * std[j] * rng.nextGaussian();
                }
                if (standardize) {
                    v = (v - mean[j]) / std[j];
                }
                row[j] = v;
            }
        }
    }

    private void raw(DynamicalSystem system, long n, double h, TrajectorySink sink) {
        if (dynamicalNoise > 0) {
            if (system instanceof Flow) {
                integrateStochastic((Flow) system, n, h, sink);
                return;
            }
            if (!(system instanceof DiscreteMap)) {
                throw new IllegalArgumentException("dynamical noise is supported for flows and maps, not for "
                        + system.name() + " (" + system.kind() + ")");
            }
        }
        if (system instanceof Flow) {
            integrateFlow((Flow) system, n, h, sink);
        } else if (system instanceof DiscreteMap) {
            iterateMap((DiscreteMap) system, n, sink);
        } else if (system instanceof DelayFlow) {
            integrateDelay((DelayFlow) system, n, h, sink);
        } else {
            throw new IllegalArgumentException("cannot generate a trajectory of " + system.name()
                    + ": unsupported kind " + system.kind());
        }
    }

    // ---------------------------------------------------------------- maps

    private void iterateMap(DiscreteMap map, long n, TrajectorySink sink) {
        int d = map.dimension();
        double[] x = map.initialCondition();
        double[] next = new double[d];
        double[] out = new double[map.outputDimension()];
        long skip = (long) Math.ceil(transientTime);
        for (long i = 0; i < skip; i++) {
            map.next(x, next);
            checkMap(map, i + 1, next);
            double[] t = x;
            x = next;
            next = t;
        }
        RandomGenerator noiseRng = dynamicalNoise > 0 ? new Well19937c(seed ^ DYNAMICAL_NOISE_STREAM) : null;
        double[] scale = dynamicalNoise > 0 ? diffusionScale(map) : null;
        for (long k = 0; k < n; k++) {
            map.next(x, next);
            if (noiseRng != null) {
                for (int i = 0; i < d; i++) {
                    next[i] += dynamicalNoise * scale[i] * noiseRng.nextGaussian();
                }
            }
            checkMap(map, skip + k + 1, next);
            double[] t = x;
            x = next;
            next = t;
            emit(map, sink, k, k, x, out);
        }
    }

    private void checkMap(DiscreteMap map, long iteration, double[] x) {
        String why = check(map, x);
        if (why != null) {
            throw new DivergenceException(map.name(), iteration, x, why + " (iterated out of its domain)");
        }
    }

    private void emit(DynamicalSystem s, TrajectorySink sink, long k, double t, double[] state, double[] out) {
        if (postprocess) {
            s.postprocess(state, out);
        } else {
            System.arraycopy(state, 0, out, 0, state.length);
        }
        try {
            sink.accept(k, t, out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SinkException(e);
        }
    }

    /** Wraps a checked exception thrown by a sink. */
    public static final class SinkException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** @return why a state is out of bounds, or null if it is fine. */
    private String check(DynamicalSystem s, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return "component " + i + " is not finite";
            }
            if (Math.abs(x[i]) > divergenceBound && !s.info().isUnbounded(i)) {
                return "|component " + i + "| exceeds the divergence bound " + divergenceBound;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- stochastic flows

    /** Mixed into the seed so dynamical and observation noise are independent streams. */
    private static final long DYNAMICAL_NOISE_STREAM = 0x5DEECE66DL;

    /** The diffusion scale per state coordinate. */
    private double[] diffusionScale(DynamicalSystem s) {
        int d = s.dimension();
        if (dynamicalNoiseScale != null) {
            if (dynamicalNoiseScale.length != d) {
                throw new IllegalArgumentException("dynamical-noise scale has " + dynamicalNoiseScale.length
                        + " entries, " + s.name() + " has dimension " + d);
            }
            return dynamicalNoiseScale.clone();
        }
        Optional<double[]> std = s.info().std();
        if (!s.hasPostprocessing() && std.isPresent() && std.get().length == d) {
            return std.get();
        }
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1.0);
        return ones;
    }

    /**
     * Stochastic integration with a fixed internal step: the sampling step divided into
     * ⌈h/dt⌉ substeps, dt being the catalog's integration-step hint (dysts's dt), or h/10.
     */
    private void integrateStochastic(Flow flow, long n, double h, TrajectorySink sink) {
        double hint = flow.info().dt();
        int sub = (int) Math.max(1, Math.ceil(h / (hint > 0 ? hint : h / 10)));
        double dt = h / sub;
        double[] scale = diffusionScale(flow);
        double[] sigma = new double[scale.length];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = dynamicalNoise * scale[i];
        }
        StochasticIntegrator sde = new StochasticIntegrator(flow, sigma, sdeScheme,
                new Well19937c(seed ^ DYNAMICAL_NOISE_STREAM));
        double[] x = flow.initialCondition();
        double[] out = new double[flow.outputDimension()];
        double t0 = 0;
        if (transientTime > 0) {
            int steps = (int) Math.ceil(transientTime / dt);
            sde.advance(0, x, transientTime / steps, steps);
            t0 = transientTime;
        }
        for (long k = 0; k < n; k++) {
            if (k > 0) {
                sde.advance(t0 + (k - 1) * h, x, dt, sub);
            }
            String why = check(flow, x);
            if (why != null) {
                throw new DivergenceException(flow.name(), t0 + k * h, x, why + " (stochastic integration)");
            }
            emit(flow, sink, k, k * h, x, out);
        }
    }

    // ---------------------------------------------------------------- flows

    private void integrateFlow(Flow flow, long n, double h, TrajectorySink sink) {
        double[] y = flow.initialCondition();
        double[] out = new double[flow.outputDimension()];
        double t0 = 0;
        if (transientTime > 0) {
            y = segment(flow, 0, y, 1, transientTime, Math.ceil(transientTime / h), 0, null, null);
            t0 = transientTime;
        }
        String why = check(flow, y);
        if (why != null) {
            throw new DivergenceException(flow.name(), t0, y, why);
        }
        emit(flow, sink, 0, 0.0, y, out);
        for (long k0 = 0; k0 < n - 1; k0 += SEGMENT) {
            long k1 = Math.min(n - 1, k0 + SEGMENT);
            y = segment(flow, t0 + k0 * h, y, k1 - k0, h, k1 - k0, k0, sink, out);
        }
    }

    /**
     * Integrates from time {@code tStart} over {@code count} sampling intervals of length h,
     * emitting grid points {@code kBase+1 … kBase+count} (relative times (kBase+i)·h). The
     * integrator may spend {@value #EVALUATIONS_PER_INTERVAL} right-hand-side evaluations per
     * sampling interval ({@code budgetIntervals} of them) before the run is reported as stalled.
     */
    private double[] segment(Flow flow, double tStart, double[] y0, long count, double h, double budgetIntervals,
            long kBase, TrajectorySink sink, double[] out) {
        double tEnd = tStart + count * h;
        double span = tEnd - tStart;
        // the smallest step that still advances t: steps across a discontinuity of the right-hand side (sgn, H)
        // must shrink until their error passes the tolerance
        double minStep = 2 * Math.ulp(Math.max(1.0, Math.max(Math.abs(tStart), Math.abs(tEnd))));
        AdaptiveStepsizeIntegrator integ = integrator.create(minStep, span, absTol, relTol);
        integ.setMaxEvaluations((int) Math.min(Integer.MAX_VALUE,
                1_000_000 + EVALUATIONS_PER_INTERVAL * Math.max(1.0, budgetIntervals)));
        int d = flow.dimension();
        OrdinaryDifferentialEquation ode = new FlowOde(flow);
        double[] last = y0.clone();
        double[] lastTime = {tStart};
        double[][] lastState = {y0};
        integ.addStepHandler(new ODEStepHandler() {
            private long i = 1;

            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                ODEStateAndDerivative cur = interpolator.getCurrentState();
                double tCur = cur.getTime();
                double[] yCur = cur.getPrimaryState();
                String why = check(flow, yCur);
                if (why != null) {
                    throw new DivergenceException(flow.name(), tCur, yCur, why);
                }
                lastTime[0] = tCur;
                lastState[0] = yCur;
                if (sink == null) {
                    return;
                }
                while (i <= count) {
                    double tk = tStart + i * h;
                    if (tk > tCur) {
                        break;
                    }
                    double[] yk = interpolator.getInterpolatedState(tk).getPrimaryState();
                    emit(flow, sink, kBase + i, (kBase + i) * h, yk, out);
                    if (i == count) {
                        System.arraycopy(yk, 0, last, 0, d);
                    }
                    i++;
                }
            }
        });
        ODEStateAndDerivative end;
        try {
            end = integ.integrate(ode, new ODEState(tStart, y0), tEnd);
        } catch (MathRuntimeException e) {
            throw new DivergenceException(flow.name(), lastTime[0], lastState[0],
                    "integration stalled or failed (" + e.getMessage() + ")");
        }
        return sink == null ? end.getPrimaryState() : last;
    }

    // ---------------------------------------------------------------- delay equations

    /**
     * Solves a delay equation from t = 0 by the method of steps ({@link DelayIntegrator}) and
     * emits its delay-embedding rows at the grid times {@code transient + k·h} (reported as k·h);
     * lags that reach before 0 read the history. (dysts's rows start one delay later, at τ, which
     * corresponds to a transient of τ.)
     */
    private void integrateDelay(DelayFlow flow, long n, double h, TrajectorySink sink) {
        DelayIntegrator solver = new DelayIntegrator(flow, integrator, relTol, absTol);
        double[] x = new double[flow.dimension()];
        double[] row = new double[flow.outputDimension()];
        double t0 = transientTime;
        long[] next = {0};
        DelayIntegrator.StepListener emitter = (tPrev, tCur) -> {
            solver.state(x);
            String w = check(flow, x);
            if (w != null) {
                throw new DivergenceException(flow.name(), tCur, x, w);
            }
            for (long k = next[0]; k < n && t0 + k * h <= tCur; k = ++next[0]) {
                solver.delayEmbedding(t0 + k * h, row);
                deliver(sink, k, k * h, row);
            }
        };
        emitter.stepAccepted(0, 0); // checks x(0) and emits the row at t = 0 if there is no transient
        try {
            solver.integrateTo(t0 + (n - 1) * h, emitter);
        } catch (MathRuntimeException e) {
            throw new DivergenceException(flow.name(), solver.time(), solver.state(),
                    "integration failed: " + e.getMessage());
        }
        for (long k = next[0]; k < n; k++) {
            // grid times within rounding of the end, if the last step stopped an ulp short
            solver.delayEmbedding(t0 + k * h, row);
            deliver(sink, k, k * h, row);
        }
    }

    private static void deliver(TrajectorySink sink, long k, double t, double[] row) {
        try {
            sink.accept(k, t, row);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SinkException(e);
        }
    }

    /** Settings of a {@link TrajectoryGenerator}. */
    public static final class Builder {
        private Sampling sampling = Sampling.pointsPerPeriod(100);
        private double transientTime;
        private double relTol = 1e-12;
        private double absTol = 1e-12;
        private Integrator integrator = Integrator.DORMAND_PRINCE_853;
        private boolean standardize;
        private double noise;
        private long seed;
        private boolean postprocess = true;
        private double divergenceBound = 1e12;
        private double dynamicalNoise;
        private double[] dynamicalNoiseScale;
        private StochasticIntegrator.Scheme sdeScheme = StochasticIntegrator.Scheme.STOCHASTIC_HEUN;

        private Builder() {
        }

        /**
         * @param sampling how to space samples in time (default 100 points per period)
         * @return this builder
         */
        public Builder sampling(Sampling sampling) {
            this.sampling = java.util.Objects.requireNonNull(sampling, "sampling");
            return this;
        }

        /**
         * @param transientTime time units (flows) or iterations (maps) to integrate and discard
         *     before the first sample; default 0
         * @return this builder
         */
        public Builder transientTime(double transientTime) {
            if (!(transientTime >= 0) || !Double.isFinite(transientTime)) {
                throw new IllegalArgumentException("transient must be a finite number >= 0, got " + transientTime);
            }
            this.transientTime = transientTime;
            return this;
        }

        /**
         * @param relTol relative tolerance, in (0, 1)
         * @param absTol absolute tolerance, positive
         * @return this builder
         */
        public Builder tolerances(double relTol, double absTol) {
            if (!(relTol > 0 && relTol < 1) || !(absTol > 0) || !Double.isFinite(absTol)) {
                throw new IllegalArgumentException("tolerances must satisfy 0 < rtol < 1 and atol > 0, got rtol="
                        + relTol + ", atol=" + absTol);
            }
            this.relTol = relTol;
            this.absTol = absTol;
            return this;
        }

        /**
         * @param integrator the adaptive integrator (default DP853)
         * @return this builder
         */
        public Builder integrator(Integrator integrator) {
            this.integrator = java.util.Objects.requireNonNull(integrator, "integrator");
            return this;
        }

        /**
         * @param standardize z-score each output coordinate (default false)
         * @return this builder
         */
        public Builder standardize(boolean standardize) {
            this.standardize = standardize;
            return this;
        }

        /**
         * @param noise observation-noise level relative to each coordinate's attractor standard
         *     deviation (0.05 = 5 % noise); default 0
         * @return this builder
         */
        public Builder observationNoise(double noise) {
            if (!(noise >= 0) || !Double.isFinite(noise)) {
                throw new IllegalArgumentException("noise level must be a finite number >= 0, got " + noise);
            }
            this.noise = noise;
            return this;
        }

        /**
         * @param seed seed of every random choice (observation noise)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Dynamical (process) noise: flows are integrated as {@code dx = f dt + noise·diag(scale) dW}
         * with a fixed step (the catalog's dt hint), maps get {@code noise·scale·ξ} added to every
         * iterate. The default scale is each coordinate's reference attractor standard deviation
         * (1 for systems with post-processing or without reference statistics); dysts uses the
         * initial condition as scale, which {@link #dynamicalNoiseScale} reproduces. Zero (the
         * default) leaves the deterministic, adaptive integration untouched.
         *
         * @param noise noise level, finite and &gt;= 0
         * @return this builder
         */
        public Builder dynamicalNoise(double noise) {
            if (!(noise >= 0) || !Double.isFinite(noise)) {
                throw new IllegalArgumentException("dynamical noise must be a finite number >= 0, got " + noise);
            }
            this.dynamicalNoise = noise;
            return this;
        }

        /**
         * @param scale diffusion scale per state coordinate (length = dimension), or null for the default
         * @return this builder
         */
        public Builder dynamicalNoiseScale(double[] scale) {
            this.dynamicalNoiseScale = scale == null ? null : scale.clone();
            return this;
        }

        /**
         * @param scheme SDE scheme for dynamical noise (default stochastic Heun)
         * @return this builder
         */
        public Builder sdeScheme(StochasticIntegrator.Scheme scheme) {
            this.sdeScheme = java.util.Objects.requireNonNull(scheme, "scheme");
            return this;
        }

        /**
         * @param postprocess apply the system's post-processing to output rows (default true, as dysts)
         * @return this builder
         */
        public Builder postprocess(boolean postprocess) {
            this.postprocess = postprocess;
            return this;
        }

        /**
         * @param bound |state component| beyond which a trajectory counts as diverged (default 1e12;
         *     coordinates flagged unbounded, such as phases, are exempt)
         * @return this builder
         */
        public Builder divergenceBound(double bound) {
            if (!(bound > 0)) {
                throw new IllegalArgumentException("divergence bound must be positive, got " + bound);
            }
            this.divergenceBound = bound;
            return this;
        }

        /** @return the generator. */
        public TrajectoryGenerator build() {
            return new TrajectoryGenerator(this);
        }
    }
}
