package io.github.chaoskit.cli;

import io.github.chaoskit.bench.AttractorScores;
import io.github.chaoskit.bench.Budget;
import io.github.chaoskit.bench.Protocol;
import io.github.chaoskit.bench.SystemData;
import io.github.chaoskit.bench.Window;
import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.io.TrajectoryCsv;
import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.metrics.Metrics;
import io.github.chaoskit.metrics.ValidPredictionTime;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.trajectory.Trajectory;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chaoskit forecast}: fits one forecaster and forecasts with it, either on a catalog system
 * under a protocol (fit on the protocol's training data, forecast its first test window and score it;
 * where the protocol has a long-term truth also D_stsp / D_H of a free run and PE(20), with floors)
 * or on a trajectory CSV (fit on all of it, forecast past its end). {@code --explain} prints what
 * the model learned ({@link FittedModel#explain()}): for the AL-RNN its symbolic code, the fixed
 * points of the visited subregions and its Lyapunov spectrum.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit one forecaster and forecast: on a catalog system under a protocol (scored against the "
            + "true continuation) or on a trajectory CSV (forecast past its end).",
            "Example: chaoskit forecast --forecaster alrnn --system Lorenz --explain"})
final class ForecastCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--forecaster"}, required = true, paramLabel = "NAME",
            description = "forecaster name (an unknown name lists the available ones)")
    private String forecaster;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "a hyper-parameter of the forecaster (repeatable), e.g. --set relu=2 --set epochs=500")
    private Map<String, String> settings = new LinkedHashMap<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--system", paramLabel = "NAME", description = "a catalog system")
        String system;

        @Option(names = "--input", paramLabel = "FILE", description = "a trajectory CSV (.csv or .csv.gz; "
                + "first column time, uniformly sampled) to fit on")
        Path input;
    }

    @Option(names = "--preset", paramLabel = "PRESET", defaultValue = "lyapunov",
            description = "protocol for --system (default ${DEFAULT-VALUE})")
    private String preset;

    @Option(names = "--budget", paramLabel = "B", defaultValue = "full",
            description = "quick or full: effort caps of the forecaster, --set overrides them (default ${DEFAULT-VALUE})")
    private String budget;

    @Option(names = "--window", paramLabel = "K", defaultValue = "0",
            description = "test window of the protocol to forecast, with --system (default ${DEFAULT-VALUE})")
    private int window;

    @Option(names = "--steps", paramLabel = "N", description = "samples to forecast (default: the protocol's horizon; "
            + "required with --input)")
    private Integer steps;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "0", description = "fit seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "write the forecast as CSV (.csv or .csv.gz)")
    private Path out;

    @Option(names = "--explain", description = "print what the fitted model learned (e.g. the AL-RNN's symbolic code, "
            + "fixed points and Lyapunov spectrum)")
    private boolean explain;

    @Override
    public Integer call() throws Exception {
        ForecasterProvider provider = Forecasters.get(forecaster);
        Budget b = Budget.parse(budget);
        Map<String, String> s = new LinkedHashMap<>(provider.budgetSettings(b.key()));
        s.putAll(settings);
        Forecaster f = provider.create(s);
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("--steps " + steps + " must be at least 1");
        }
        if (out != null) {
            AtomicFiles.checkWritable(out);
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Trajectory train;
        Trajectory history;
        Trajectory truth = null;
        MetricContext context = null;
        SystemData data = null;
        String where;
        if (source.system != null) {
            DynamicalSystem system = Catalog.get(source.system);
            Protocol protocol = Protocol.parse(preset);
            if (!protocol.supports(system)) {
                throw new IllegalArgumentException("preset " + protocol.name() + " does not support " + system.name());
            }
            data = protocol.prepare(system, b);
            if (window < 0 || window >= data.windows().size()) {
                throw new IllegalArgumentException("--window " + window + " is not in [0, " + data.windows().size()
                        + ") for " + system.name() + " under " + protocol.name());
            }
            Window w = data.windows().get(window);
            train = data.fit();
            history = w.history();
            int n = steps == null ? w.truth().size() : steps;
            if (n > w.truth().size()) {
                throw new IllegalArgumentException("--steps " + n + " exceeds the window's horizon of "
                        + w.truth().size() + " samples");
            }
            truth = w.truth().slice(0, n);
            context = data.context();
            where = String.format(Locale.ROOT, "%s under %s (%d training samples, Δt = %.6g, window %d)", system.name(),
                    protocol.name(), train.size(), train.step(), window);
        } else {
            if (steps == null) {
                throw new IllegalArgumentException("--steps is required with --input");
            }
            train = read(source.input);
            history = train;
            where = String.format(Locale.ROOT, "%s (%d samples of dimension %d)", source.input, train.size(),
                    train.dimension());
        }
        int n = truth != null ? truth.size() : steps;
        // a progress bar for a person at a terminal, never in logs or pipes
        Progress bar = new Progress(err, "fitting " + f.name(), 1, System.console() != null);
        long t0 = System.nanoTime();
        FittedModel model = f.fit(train, seed, bar::fraction);
        bar.done();
        double fitSeconds = (System.nanoTime() - t0) * 1e-9;
        t0 = System.nanoTime();
        Trajectory forecast = model.forecast(history, n);
        double forecastSeconds = (System.nanoTime() - t0) * 1e-9;
        o.printf(Locale.ROOT, "%s on %s: fit %.2f s, %d-step forecast %.3f s%n", f.name(), where, fitSeconds, n,
                forecastSeconds);
        if (truth != null) {
            ValidPredictionTime.Result vpt = ValidPredictionTime.NRMSE.evaluate(truth, forecast, context);
            o.printf(Locale.ROOT, "valid prediction time (NRMSE < 0.5): %.3f Lyapunov times (%d steps%s); "
                    + "sMAPE %.2f, NRMSE %.4f over the %d steps%n", vpt.lyapunovTimes(), vpt.validSteps(),
                    vpt.censored() ? ", censored at the horizon" : "", Metrics.byName("smape").score(truth, forecast, context),
                    Metrics.byName("nrmse").score(truth, forecast, context), n);
        }
        if (data != null && data.longTermTruth() != null) {
            attractor(model, data, o);
        }
        if (out != null) {
            AtomicFiles.write(out, w -> TrajectoryCsv.write(forecast, w));
            o.println("forecast: " + out);
        }
        if (explain) {
            String text = model.explain();
            o.println();
            o.print(text);
            if (!text.endsWith("\n")) {
                o.println();
            }
        }
        return 0;
    }

    /** Prints the long-term scores of a free run and PE(20), as the benchmark records them, with the floors. */
    private static void attractor(FittedModel model, SystemData data, PrintWriter o) {
        AttractorScores.Scores floor = AttractorScores.floor(data);
        int n = data.longTermTruth().size();
        Trajectory free = null;
        try {
            free = AttractorScores.freeRun(model, data);
            AttractorScores.Scores a = AttractorScores.of(free, data);
            o.printf(Locale.ROOT, "attractor (free run of %d steps): D_stsp %.3f, D_H %.3f", n, a.dstsp(), a.dh());
        } catch (IllegalStateException | IllegalArgumentException e) {
            o.printf(Locale.ROOT, "attractor: the free run of %d steps failed: %s", n, e.getMessage());
        }
        if (floor != null) {
            o.printf(Locale.ROOT, " (floor, an independent true trajectory: D_stsp %.3f, D_H %.3f)", floor.dstsp(),
                    floor.dh());
        }
        o.println();
        if (free != null) {
            try {
                o.printf(Locale.ROOT, "correlation dimension error |D2(free run) - D2(truth)|: %.3f (floor %.3f)%n",
                        AttractorScores.correlationDimensionError(free, data),
                        AttractorScores.correlationDimensionFloor(data));
            } catch (IllegalArgumentException e) {
                o.println("correlation dimension of the free run: " + e.getMessage());
            }
        }
        java.util.OptionalDouble hat = model.largestLyapunovExponent();
        java.util.OptionalDouble le = AttractorScores.lyapunovError(hat, data);
        if (le.isPresent()) {
            o.printf(Locale.ROOT, "largest Lyapunov exponent of the model %.4f, of the system %.4f: relative error %.3f%n",
                    hat.getAsDouble(), data.context().lyapunovMax().getAsDouble(),
                    le.getAsDouble());
        }
        try {
            o.printf(Locale.ROOT, "PE(%d), mean squared error %d steps after %d restarts from true states: %.4g%n",
                    AttractorScores.PE_STEPS, AttractorScores.PE_STEPS, AttractorScores.PE_RESTARTS,
                    AttractorScores.restartedPredictionError(model, data));
        } catch (IllegalStateException | IllegalArgumentException e) {
            o.println("PE(" + AttractorScores.PE_STEPS + "): failed: " + e.getMessage());
        }
    }

    private static Trajectory read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--input " + file + " is not a readable file");
        }
        try (var in = Files.newInputStream(file);
                var raw = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
                Reader r = new java.io.InputStreamReader(raw, java.nio.charset.StandardCharsets.UTF_8)) {
            return TrajectoryCsv.read(r, file.getFileName().toString());
        }
    }
}
