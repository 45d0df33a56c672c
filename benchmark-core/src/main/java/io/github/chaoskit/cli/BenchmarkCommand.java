package io.github.chaoskit.cli;

import io.github.chaoskit.bench.BenchmarkRunner;
import io.github.chaoskit.bench.BenchmarkSpec;
import io.github.chaoskit.bench.Budget;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit benchmark}: runs forecasters over the catalog under a protocol. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run forecasters over catalog systems under a protocol and score them "
            + "(results.csv + manifest.json in --out; a killed run resumes when re-run with the same options).",
            "Default: every system and every forecaster, preset lyapunov, quick budget, seed 0."})
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", paramLabel = "PRESET", defaultValue = "lyapunov",
            description = "lyapunov or dysts2023[:fine|coarse,standard|long,multivariate|univariate,clean|noisy]"
                    + " (default ${DEFAULT-VALUE})")
    private String preset;

    @Option(names = "--budget", paramLabel = "B", defaultValue = "quick", description = "quick or full (default ${DEFAULT-VALUE})")
    private String budget;

    @Option(names = "--systems", paramLabel = "NAMES", split = ",", description = "systems (default: all the preset supports)")
    private List<String> systems;

    @Option(names = "--kind", paramLabel = "KIND", description = "only systems of this kind (ode, dde, map)")
    private String kind;

    @Option(names = "--forecasters", paramLabel = "NAMES", split = ",", description = "forecasters (default: all)")
    private List<String> forecasters;

    @Option(names = "--seeds", paramLabel = "S", split = ",", defaultValue = "0", description = "seeds (default ${DEFAULT-VALUE})")
    private List<Long> seeds;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "results directory (default ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--no-report", description = "do not write the report after the run")
    private boolean noReport;

    @Override
    public Integer call() throws Exception {
        Budget b = Budget.parse(budget);
        List<String> sys;
        if (systems == null) {
            io.github.chaoskit.systems.SystemKind k = kind == null ? null : io.github.chaoskit.systems.SystemKind.parse(kind);
            sys = Catalog.select(s -> k == null || s.kind() == k).stream().map(DynamicalSystem::name)
                    .collect(Collectors.toList());
        } else {
            sys = systems;
        }
        List<String> fc = forecasters == null
                ? Forecasters.all().stream().map(ForecasterProvider::name).collect(Collectors.toList()) : forecasters;
        BenchmarkSpec bs = new BenchmarkSpec(preset, b, sys, fc, new ArrayList<>(seeds));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, expected a directory");
        }
        if (!Files.exists(out)) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
                throw new IllegalArgumentException("cannot create results directory " + out + ": parent "
                        + parent + " is missing or not writable");
            }
        } else {
            AtomicFiles.checkWritable(out.resolve("results.csv"));
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "benchmark %s, %s budget: %d systems x %d forecasters x %d seeds on %d threads -> %s%n",
                bs.preset(), b.key(), bs.systems().size(), bs.forecasters().size(), bs.seeds().size(), n, out);
        BenchmarkRunner.Summary s = new BenchmarkRunner(bs, out, n, err).run();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d tasks (%d resumed, %d failed) in %.1f s; runner overhead %.2f ms per task%n",
                s.tasks(), s.skipped(), s.failed(), s.seconds(), 1000 * s.overheadSecondsPerTask());
        o.println("results: " + out.resolve("results.csv"));
        if (!noReport) {
            Path report = ReportCommand.writeReport(out, err);
            o.println("report: " + report);
        }
        return 0;
    }
}
