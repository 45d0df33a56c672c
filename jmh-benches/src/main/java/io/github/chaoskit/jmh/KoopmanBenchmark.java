package io.github.chaoskit.jmh;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * EDMD on peers.md workload W4: Lorenz-63, 20 000 points at Δt = 0.01 from the default initial
 * condition, standardised; monomials up to degree 3 (20 functions including the constant); full
 * rank. pykoopman 1.2.1 takes 50 ms to fit (13 ms without page-fault cost) and 3.9 ms to simulate
 * 1000 steps (its {@code simulate} is the linear rollout in lifted space).
 *
 * <p>{@code fit*} time the whole {@code Forecaster.fit} (z-scoring, snapshot pairs, dictionary
 * evaluation, Gram accumulation and solve); {@code forecast*} a 1000-step closed-loop forecast from
 * the end of the data.
 *
 * <pre>java -jar jmh-benches/target/benchmarks.jar Koopman -f 1 -wi 2 -i 3</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class KoopmanBenchmark {

    private Trajectory data;
    private Forecaster tikhonov;
    private Forecaster svd;
    private Forecaster kernel;
    private FittedModel linear;
    private FittedModel relift;

    /** Generates the W4 data and fits the models timed by the forecast benchmarks. */
    @Setup
    public void setup() {
        data = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).standardize(true).build()
                .generate(Catalog.get("Lorenz"), 20_000);
        tikhonov = Forecasters.get("edmd").create(Map.of("degree", "3"));
        svd = Forecasters.get("edmd").create(Map.of("degree", "3", "rank", "20", "ridge", "0"));
        kernel = Forecasters.get("kedmd").create(Map.of("points", "1000"));
        linear = Forecasters.get("edmd").create(Map.of("degree", "3", "mode", "linear")).fit(data, 0);
        relift = tikhonov.fit(data, 0);
    }

    /** @return EDMD fitted by the Tikhonov (Cholesky) solve, ridge 1e-10 */
    @Benchmark
    public FittedModel fitTikhonov() {
        return tikhonov.fit(data, 0);
    }

    /** @return EDMD fitted by the full-rank (r = 20) truncated-SVD solve, as pykoopman does */
    @Benchmark
    public FittedModel fitSvd() {
        return svd.fit(data, 0);
    }

    /** @return kernel EDMD on 1000 evenly spaced pairs (Gram eigen decomposition dominates) */
    @Benchmark
    public FittedModel fitKernel1000() {
        return kernel.fit(data, 0);
    }

    /** @return 1000 steps of linear rollout in lifted space (pykoopman's simulate) */
    @Benchmark
    public Trajectory forecastLinear1000() {
        return linear.forecast(data, 1000);
    }

    /** @return 1000 re-lifted steps */
    @Benchmark
    public Trajectory forecastRelift1000() {
        return relift.forecast(data, 1000);
    }
}
