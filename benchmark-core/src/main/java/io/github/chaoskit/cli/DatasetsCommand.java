package io.github.chaoskit.cli;

import io.github.chaoskit.bench.Protocol;
import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.io.TrajectoryCsv;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.trajectory.Trajectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit datasets}: exports a preset's train/test trajectories for the whole catalog. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"Write the train and test trajectories a preset uses, one gzipped CSV per system and split",
            "(<out>/<system>-train.csv.gz, <out>/<system>-test.csv.gz). Same preset, same bytes."})
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", paramLabel = "PRESET", required = true,
            description = "lyapunov or dysts2023[:variants]")
    private String preset;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (created if absent)")
    private Path out;

    @Option(names = "--systems", paramLabel = "NAMES", split = ",", description = "systems (default: all the preset supports)")
    private List<String> systems;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        Protocol p = Protocol.parse(preset);
        List<DynamicalSystem> list = new ArrayList<>();
        if (systems == null) {
            list.addAll(Catalog.select(p::supports));
        } else {
            for (String s : systems) {
                DynamicalSystem d = Catalog.get(s);
                if (!p.supports(d)) {
                    throw new IllegalArgumentException(p.name() + " does not include " + d.name());
                }
                list.add(d);
            }
        }
        Files.createDirectories(out);
        AtomicFiles.checkWritable(out.resolve("x.csv.gz"));
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Integer>> futures = new ArrayList<>();
        for (DynamicalSystem s : list) {
            futures.add(pool.submit(() -> {
                Map<String, Trajectory> data = p.datasets(s);
                for (Map.Entry<String, Trajectory> e : data.entrySet()) {
                    AtomicFiles.write(out.resolve(s.name() + "-" + e.getKey() + ".csv.gz"),
                            w -> TrajectoryCsv.write(e.getValue(), w));
                }
                return data.size();
            }));
        }
        pool.shutdown();
        int files = 0;
        for (Future<Integer> f : futures) {
            try {
                files += f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                Throwable c = e.getCause();
                throw c instanceof Exception ? (Exception) c : new IllegalStateException(c);
            }
        }
        spec.commandLine().getOut().println("wrote " + files + " files for " + list.size() + " systems (" + p.name()
                + ") to " + out);
        return 0;
    }
}
