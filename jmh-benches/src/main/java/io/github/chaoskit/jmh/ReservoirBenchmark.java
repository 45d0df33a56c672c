package io.github.chaoskit.jmh;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.forecast.esn.Reservoir;
import io.github.chaoskit.forecast.internal.Activations;
import io.github.chaoskit.forecast.internal.Ridge;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.MatrixVectorMult_DDRM;
import org.ejml.ops.DConvertMatrixStruct;
import org.hipparchus.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reservoir-computing kernels and the peer workloads of {@code peers.md}:
 *
 * <ul>
 *   <li>one echo-state update {@code r ← tanh(W r + W_in u)} of a 1000-node reservoir at 1 % density,
 *       sparse ({@link Reservoir#step}: EJML CSC SpMV + tanh) against a dense update of the same size
 *       (EJML dense mat-vec + the same tanh), and the tanh of 1000 values alone ({@link Math#tanh} vs
 *       {@link Activations#tanh});</li>
 *   <li>readout training on 10 000 × 1000 features: {@link Ridge} (Gram accumulation + Cholesky) against
 *       forming XᵀX with EJML's {@code multAddTransA} on the same 256-row blocks (Ridge's former kernel);</li>
 *   <li>W1 (dysts ESN task: 500 units, 1000 training points, 200-step forecast), W2 (1000 units at 1 %
 *       density, 10 000 training points, 1000-step forecast) and W3 (NG-RC k = 2, p = 2 on 400
 *       standardised points, 200-step forecast), fit and forecast separately. reservoirpy 0.4.2 on the
 *       same VM: W1 136 ms fit (60 ms without page-fault cost) / 6.9–8.4 ms forecast; W2 540–660 ms /
 *       31–38 ms; W3 4.3 ms / 3.6 ms. chaoskit's forecast re-synchronises the reservoir on the last
 *       {@code sync} = 100 history samples first (reservoirpy continues from the training state).</li>
 * </ul>
 *
 * <pre>java -jar jmh-benches/target/benchmarks.jar Reservoir -f 1 -wi 2 -i 3</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class ReservoirBenchmark {

    static final int NODES = 1000;
    static final int ROWS = 10_000;
    static final int FEATURES = 1000;

    /** reservoirpy's settings in peers.md W1 (raw data, no squared nodes, unregularised-bias analogue). */
    static final Map<String, String> W1 = Map.ofEntries(Map.entry("nodes", "500"), Map.entry("density", "0.1"),
            Map.entry("spectral_radius", "0.99"), Map.entry("leak", "0.3"), Map.entry("input_layout", "bernoulli"),
            Map.entry("input_density", "0.2"), Map.entry("input_scaling", "1"), Map.entry("ridge", "1e-4"),
            Map.entry("bias", "0"), Map.entry("squared", "false"), Map.entry("standardize", "false"),
            Map.entry("washout", "100"));
    /** W2: as W1 with 1000 units at 1 % density and input density 0.1. */
    static final Map<String, String> W2 = Map.ofEntries(Map.entry("nodes", "1000"), Map.entry("density", "0.01"),
            Map.entry("spectral_radius", "0.99"), Map.entry("leak", "0.3"), Map.entry("input_layout", "bernoulli"),
            Map.entry("input_density", "0.1"), Map.entry("input_scaling", "1"), Map.entry("ridge", "1e-4"),
            Map.entry("bias", "0"), Map.entry("squared", "false"), Map.entry("standardize", "false"),
            Map.entry("washout", "100"));

    private Reservoir reservoir;
    private DMatrixRMaj denseW;
    private DMatrixRMaj denseWin;
    private DMatrixRMaj stateCol;
    private DMatrixRMaj preCol;
    private DMatrixRMaj inputCol;
    private DMatrixRMaj inCol;
    private double[] state;
    private double[] scratch;
    private double[] input;
    private double[] tanhIn;
    private double[] tanhOut;

    private double[] features;
    private double[] targets;

    private Forecaster w1Esn;
    private Forecaster w2Esn;
    private Forecaster w3Ngrc;
    private Trajectory w1Train;
    private Trajectory w2Train;
    private Trajectory w3Train;
    private FittedModel w1Model;
    private FittedModel w2Model;
    private FittedModel w3Model;

    /** Builds the reservoirs, the feature block and the workloads' data and fitted models. */
    @Setup
    public void setup() {
        reservoir = Reservoir.random(NODES, 3, 0.01, 0.99, Reservoir.InputLayout.BERNOULLI, 1, 0.1, 0, 1, 1);
        denseW = DConvertMatrixStruct.convert(reservoir.weights(), (DMatrixRMaj) null);
        denseWin = DConvertMatrixStruct.convert(reservoir.inputWeights(), (DMatrixRMaj) null);
        Well19937c rng = new Well19937c(2);
        state = new double[NODES];
        scratch = new double[NODES];
        input = new double[] {0.3, -0.2, 0.5};
        stateCol = new DMatrixRMaj(NODES, 1);
        preCol = new DMatrixRMaj(NODES, 1);
        inCol = new DMatrixRMaj(NODES, 1);
        inputCol = new DMatrixRMaj(new double[][] {{0.3}, {-0.2}, {0.5}});
        tanhIn = new double[NODES];
        tanhOut = new double[NODES];
        for (int i = 0; i < NODES; i++) {
            state[i] = 0.1 * rng.nextGaussian();
            stateCol.data[i] = state[i];
            tanhIn[i] = 1.5 * rng.nextGaussian();
        }
        features = new double[ROWS * FEATURES];
        for (int i = 0; i < features.length; i++) {
            features[i] = 2 * rng.nextDouble() - 1;
        }
        targets = new double[ROWS * 3];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = rng.nextGaussian();
        }

        DynamicalSystem lorenz = Catalog.get("Lorenz").withParameter("beta", 8.0 / 3);
        w1Train = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(18.0096 / 1199)).build()
                .generate(lorenz, 1200).slice(0, 1000);
        w2Train = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.02)).build().generate(lorenz, 11_000)
                .slice(0, 10_000);
        w3Train = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.025)).build().generate(lorenz, 601)
                .slice(0, 400);
        w1Esn = Forecasters.get("esn").create(W1);
        w2Esn = Forecasters.get("esn").create(W2);
        w3Ngrc = Forecasters.get("ngrc").create();
        w1Model = w1Esn.fit(w1Train, 0);
        w2Model = w2Esn.fit(w2Train, 0);
        w3Model = w3Ngrc.fit(w3Train, 0);
    }

    /** @return the state after one sparse update (1000 nodes, 10 000 non-zeros). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] esnStepSparse() {
        reservoir.step(state, input, scratch);
        return state;
    }

    /** @return the state after one dense update of the same reservoir (1000 × 1000 mat-vec). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DMatrixRMaj esnStepDense() {
        MatrixVectorMult_DDRM.mult(denseW, stateCol, preCol);
        MatrixVectorMult_DDRM.mult(denseWin, inputCol, inCol);
        double[] s = stateCol.data;
        double[] p = preCol.data;
        double[] q = inCol.data;
        for (int i = 0; i < NODES; i++) {
            s[i] = Activations.tanh(p[i] + q[i]);
        }
        return stateCol;
    }

    /** @return 1000 × {@link Math#tanh}. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] tanh1000Jdk() {
        for (int i = 0; i < NODES; i++) {
            tanhOut[i] = Math.tanh(tanhIn[i]);
        }
        return tanhOut;
    }

    /** @return 1000 × {@link Activations#tanh}. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] tanh1000Fast() {
        for (int i = 0; i < NODES; i++) {
            tanhOut[i] = Activations.tanh(tanhIn[i]);
        }
        return tanhOut;
    }

    /** @return readout weights from 10 000 rows × 1000 features (Gram accumulation + Cholesky + condition estimate). */
    @Benchmark
    public double[][] readoutTraining() {
        Ridge r = new Ridge(FEATURES, 3);
        double[] x = new double[FEATURES];
        double[] y = new double[3];
        for (int i = 0; i < ROWS; i++) {
            System.arraycopy(features, i * FEATURES, x, 0, FEATURES);
            System.arraycopy(targets, i * 3, y, 0, 3);
            r.add(x, y);
        }
        return r.solve(1e-4);
    }

    /** @return XᵀX of the same 10 000 × 1000 block by EJML's multAddTransA on 256-row blocks (no solve). */
    @Benchmark
    public DMatrixRMaj readoutGramEjml() {
        DMatrixRMaj g = new DMatrixRMaj(FEATURES, FEATURES);
        DMatrixRMaj block = new DMatrixRMaj(256, FEATURES);
        for (int i = 0; i + 256 <= ROWS; i += 256) {
            System.arraycopy(features, i * FEATURES, block.data, 0, 256 * FEATURES);
            CommonOps_DDRM.multAddTransA(block, block, g);
        }
        return g;
    }

    /** @return W1 ESN fitted (reservoir draw + 1000 states + ridge). */
    @Benchmark
    public FittedModel w1EsnFit() {
        return w1Esn.fit(w1Train, 0);
    }

    /** @return W1 200-step closed-loop forecast. */
    @Benchmark
    public Trajectory w1EsnForecast() {
        return w1Model.forecast(w1Train, 200);
    }

    /** @return W2 ESN fitted (1000 nodes, 10 000 states, 1001-feature ridge). */
    @Benchmark
    public FittedModel w2EsnFit() {
        return w2Esn.fit(w2Train, 0);
    }

    /** @return W2 1000-step closed-loop forecast. */
    @Benchmark
    public Trajectory w2EsnForecast() {
        return w2Model.forecast(w2Train, 1000);
    }

    /** @return W3 NG-RC fitted on 400 points. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public FittedModel w3NgrcFit() {
        return w3Ngrc.fit(w3Train, 0);
    }

    /** @return W3 200-step NG-RC forecast. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Trajectory w3NgrcForecast() {
        return w3Model.forecast(w3Train, 200);
    }
}
