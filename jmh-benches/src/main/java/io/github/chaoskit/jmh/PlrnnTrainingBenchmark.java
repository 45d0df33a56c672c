package io.github.chaoskit.jmh;

import io.github.chaoskit.forecast.plrnn.Architecture;
import io.github.chaoskit.forecast.plrnn.PlrnnConfig;
import io.github.chaoskit.forecast.plrnn.PlrnnTrainer;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PLRNN-family training throughput in <b>sequence steps per second</b> (one latent step forward
 * plus its backward step, per sub-sequence): one invocation is one full training batch of
 * S = 16 sub-sequences × T̃ = 200 steps = {@value #STEPS} sequence steps, including batch sampling,
 * GTF's α estimate (every 5th batch, shPLRNN only) and the RAdam update.
 * <ul>
 * <li>{@code shplrnn}: clipped shPLRNN, M = 3, L = 100, GTF with the product-bound α (the GTF
 *     paper's Lorenz-63 set-up);</li>
 * <li>{@code alrnn}: AL-RNN, M = 20, P = 2, sparse teacher forcing τ = 16, batch noise 0.05 (the
 *     AL-RNN paper's Lorenz-63 set-up);</li>
 * </ul>
 * each with the batch's gradients on 1 or 2 threads (bitwise-identical results). Data: 10 000
 * z-scored Lorenz-63 points at Δt = 0.01.
 *
 * <pre>java -jar jmh-benches/target/benchmarks.jar PlrnnTraining -f 1 -wi 2 -i 3</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class PlrnnTrainingBenchmark {

    /** Sequence steps per batch, S·T̃. */
    static final int STEPS = 16 * 200;

    @Param({"shplrnn", "alrnn"})
    String model;

    @Param({"1", "2"})
    int threads;

    private PlrnnTrainer trainer;

    @Setup(Level.Trial)
    public void setUp() {
        double[] data = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).transientTime(50)
                .standardize(true).build().generate(Catalog.get("Lorenz"), 10_000).values();
        PlrnnConfig cfg = model.equals("shplrnn")
                ? PlrnnConfig.builder(Architecture.CLIPPED_SHALLOW).latent(3).hidden(100).threads(threads).build()
                : PlrnnConfig.builder(Architecture.ALRNN).latent(20).reluUnits(2).threads(threads).build();
        trainer = new PlrnnTrainer(cfg, data, 3, 42);
        if (trainer.sequenceStepsPerBatch() != STEPS) {
            throw new IllegalStateException("unexpected batch size " + trainer.sequenceStepsPerBatch());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        trainer.close();
    }

    /** @return the batch loss (consumed by JMH) */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double trainBatch() {
        return trainer.trainBatch(1e-4);
    }
}
