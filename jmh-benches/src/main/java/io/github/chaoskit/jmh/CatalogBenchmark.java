package io.github.chaoskit.jmh;

import io.github.chaoskit.invariants.LyapunovSpectrum;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-catalog workloads, single-threaded:
 * <ul>
 * <li>{@code defaultTrajectories}: dysts's default trajectory (1200 points at 100 points per
 * period, rtol = atol = 1e-12) of every continuous system (129 flows + 6 delay equations), summed
 * — dysts 0.95 takes about 732 s for this on the same kind of machine (peers.md T1);</li>
 * <li>{@code lorenzSpectrum10kQrSteps}: Lorenz-63's full Lyapunov spectrum over 10⁴ QR steps (QR
 * every 0.15 time units, tolerance 1e-9).</li>
 * </ul>
 *
 * <pre>java -jar jmh-benches/target/benchmarks.jar CatalogBenchmark -f 1 -wi 2 -i 3</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CatalogBenchmark {

    private List<DynamicalSystem> continuous;
    private Flow lorenz;
    private TrajectoryGenerator generator;

    /** Collects the systems. */
    @Setup
    public void setup() {
        continuous = Catalog.select(s -> s.kind() != SystemKind.MAP);
        lorenz = Catalog.flow("Lorenz");
        generator = TrajectoryGenerator.defaults();
    }

    /**
     * @param bh sink
     */
    @Benchmark
    public void defaultTrajectories(Blackhole bh) {
        for (DynamicalSystem s : continuous) {
            bh.consume(generator.generate(s, 1200));
        }
    }

    /** @return the spectrum */
    @Benchmark
    public double[] lorenzSpectrum10kQrSteps() {
        // period 1.5008, QR every period/10 = 0.15008: 10 000 steps = 1000 periods (4 runs)
        return LyapunovSpectrum.of(lorenz, LyapunovSpectrum.Options.defaults().withPeriods(0, 1000).withInterval(0.1))
                .exponents();
    }
}
