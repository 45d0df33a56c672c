package io.github.chaoskit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.metrics.HorizonCurve;
import io.github.chaoskit.metrics.Metric;
import io.github.chaoskit.metrics.Metrics;
import io.github.chaoskit.metrics.ValidPredictionTime;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link BenchmarkSpec}: every (system, forecaster, seed) task on a thread pool, scores
 * written to {@code results.csv} as tasks finish, {@code manifest.json} beside it.
 *
 * <p>Per task: hyper-parameters are chosen on the protocol's tuning data (fit on its first 5/6,
 * sMAPE on the rest; the first of equal candidates wins), the chosen forecaster is fitted on the
 * fit data with the task's seed, every window is forecast and scored with all short-term metrics
 * and both valid prediction times, and — where the protocol defines them — one free run is scored
 * with D_stsp and D_H. Per system, the truth-vs-independent-truth floors of those long-term scores
 * are written as forecaster {@value ResultRow#FLOOR}. A forecaster that throws, diverges or returns
 * non-finite values is recorded as failed with its message, and the run goes on.
 *
 * <p>Horizon curves: for every window, nrmse and smape are also written on prefixes of the
 * forecast, as metrics named {@code nrmse@τ} and {@code smape@τ} (see {@link #horizonMetric}):
 * the score of the first k = round(τ/(Δt·λ₁)) forecast steps, i.e. of the forecast up to τ
 * Lyapunov times after the origin, for τ = 0.5, 1, 1.5, … as long as k does not exceed the horizon
 * T (so {@code nrmse@τ} at the full horizon equals {@code nrmse}). This counts time like the valid
 * prediction time (k steps = k·Δt·λ₁); {@link HorizonCurve#lyapunovTimes()} labels the same prefix
 * one step earlier, (k−1)·Δt·λ₁. Horizons longer than {@value #MAX_HORIZON_POINTS}·0.5 Lyapunov
 * times (long dysts variants) use a coarser grid, a multiple of 0.5, so that a window has at most
 * {@value #MAX_HORIZON_POINTS} points per metric.
 *
 * <p>Forecast samples: for every task that completes, the forecast of window 0 and its truth are
 * written to {@link #forecastFile} (gzipped CSV, columns {@code t, truth_x0 …, forecast_x0 …}) before
 * the task's rows are appended, so a task recorded as complete always has its sample.
 *
 * <p>Results do not depend on the number of threads: each task's data and seed are fixed by the
 * spec, and the final file is sorted. A killed run resumes: re-running the same spec in the same
 * directory skips completed tasks.
 */
public final class BenchmarkRunner {

    private final BenchmarkSpec spec;
    private final Path dir;
    private final int threads;
    private final PrintWriter log;
    private final Map<String, FutureTask<SystemData>> data = new ConcurrentHashMap<>();

    /** Spacing of the horizon-curve grid, in Lyapunov times. */
    public static final double HORIZON_STEP = 0.5;
    /** Largest number of horizon-curve points per metric and window. */
    public static final int MAX_HORIZON_POINTS = 40;
    /** Metrics written as horizon curves. */
    private static final List<String> HORIZON_METRICS = List.of("nrmse", "smape");

    /**
     * @param spec what to run
     * @param dir results directory (created if absent)
     * @param threads worker threads, at least 1
     * @param log progress and warnings
     */
    public BenchmarkRunner(BenchmarkSpec spec, Path dir, int threads, PrintWriter log) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.spec = spec;
        this.dir = dir;
        this.threads = threads;
        this.log = log;
    }

    /**
     * Summary of a finished run; the overhead is the mean wall time per task spent on anything but
     * generating data, tuning, fitting and forecasting (i.e. scoring, bookkeeping and writing).
     */
    public record Summary(int tasks, int skipped, int failed, double seconds, double overheadSecondsPerTask) {
    }

    /**
     * Runs every task not yet complete in the directory.
     *
     * @return the summary
     * @throws IOException if the directory or its files cannot be written, or belong to another spec
     * @throws InterruptedException if interrupted
     */
    public Summary run() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        writeOrCheckManifest();
        ResultsStore store = new ResultsStore(dir.resolve("results.csv"));
        for (String p : store.problems()) {
            log.println("chaoskit: results.csv: " + p);
        }
        List<String[]> tasks = new ArrayList<>();
        for (String s : spec.systems()) {
            tasks.add(new String[] {s, ResultRow.FLOOR, "0"});
            for (String f : spec.forecasters()) {
                for (long seed : spec.seeds()) {
                    tasks.add(new String[] {s, f, Long.toString(seed)});
                }
            }
        }
        List<String[]> todo = new ArrayList<>();
        for (String[] t : tasks) {
            if (!store.completed().contains(ResultRow.taskId(t[0], t[1], Long.parseLong(t[2])))) {
                todo.add(t);
            }
        }
        int skipped = tasks.size() - todo.size();
        if (skipped > 0) {
            log.println("resuming: " + skipped + " of " + tasks.size() + " tasks already complete");
        }
        long t0 = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        double[] overhead = new double[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (String[] t : todo) {
            futures.add(pool.submit(() -> {
                long start = System.nanoTime();
                TaskResult r = runTask(t[0], t[1], Long.parseLong(t[2]));
                if (r.sample != null) {
                    writeSample(forecastFile(dir, t[0], t[1], Long.parseLong(t[2])), r.sample);
                }
                store.append(r.rows);
                double total = (System.nanoTime() - start) * 1e-9;
                synchronized (overhead) {
                    overhead[0] += Math.max(0, total - r.workSeconds);
                }
                if (r.failed) {
                    failed.incrementAndGet();
                }
                int n = done.incrementAndGet();
                if (n % Math.max(1, todo.size() / 20) == 0 || n == todo.size()) {
                    log.printf(Locale.ROOT, "  %d/%d tasks (%.0f s)%n", n, todo.size(), (System.nanoTime() - t0) * 1e-9);
                    log.flush();
                }
                return null;
            }));
        }
        pool.shutdown();
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable c = e.getCause();
            if (c instanceof java.io.UncheckedIOException) {
                throw ((java.io.UncheckedIOException) c).getCause();
            }
            throw new IllegalStateException(c.getMessage(), c);
        }
        store.sort();
        double secs = (System.nanoTime() - t0) * 1e-9;
        return new Summary(tasks.size(), skipped, failed.get(), secs, todo.isEmpty() ? 0 : overhead[0] / todo.size());
    }

    private void writeOrCheckManifest() throws IOException {
        Path manifest = dir.resolve("manifest.json");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (Files.exists(manifest)) {
            Map<?, ?> m = mapper.readValue(manifest.toFile(), Map.class);
            Object s = m.get("spec");
            if (!(s instanceof Map)) {
                throw new IOException(manifest + " has no spec; not a chaoskit results directory");
            }
            Map<?, ?> sm = (Map<?, ?>) s;
            BenchmarkSpec old;
            try {
                List<Long> seeds = new ArrayList<>();
                for (Object o : (List<?>) sm.get("seeds")) {
                    seeds.add(((Number) o).longValue());
                }
                old = new BenchmarkSpec((String) sm.get("preset"), Budget.parse((String) sm.get("budget")),
                        castList(sm.get("systems")), castList(sm.get("forecasters")), seeds);
            } catch (RuntimeException e) {
                throw new IOException(manifest + " holds an unreadable spec: " + e.getMessage());
            }
            String diff = spec.differences(old);
            if (!diff.isEmpty()) {
                throw new IOException("results directory " + dir + " belongs to a different benchmark (" + diff
                        + "); refusing to mix results — use another --out directory");
            }
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chaoskit", versionOf(BenchmarkRunner.class));
        m.put("spec", spec.toMap());
        Map<String, Object> caps = new LinkedHashMap<>();
        caps.put("origins", spec.budget().origins());
        caps.put("maxHyperparameterCandidates", spec.budget().maxCandidates() == Integer.MAX_VALUE ? "all"
                : spec.budget().maxCandidates());
        caps.put("forecasterSettings", budgetSettings());
        m.put("budgetCaps", caps);
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20));
        env.put("threads", threads);
        env.put("gitCommit", gitCommit());
        env.put("started", java.time.Instant.now().toString());
        m.put("environment", env);
        Map<String, Object> libs = new LinkedHashMap<>();
        libs.put("hipparchus", mavenVersion("org.hipparchus", "hipparchus-ode"));
        libs.put("ejml", org.ejml.EjmlVersion.VERSION);
        libs.put("commons-csv", mavenVersion("org.apache.commons", "commons-csv"));
        m.put("libraries", libs);
        try {
            AtomicFiles.write(manifest, w -> w.write(mapper.writeValueAsString(m) + "\n"));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Map<String, Object> budgetSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : spec.forecasters()) {
            Map<String, String> s = Forecasters.get(f).budgetSettings(spec.budget().key());
            if (!s.isEmpty()) {
                m.put(f, s);
            }
        }
        return m;
    }

    private static List<String> castList(Object o) {
        List<String> l = new ArrayList<>();
        for (Object x : (List<?>) o) {
            l.add(String.valueOf(x));
        }
        return l;
    }

    private static String versionOf(Class<?> c) {
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** The version Maven recorded in a dependency's jar (survives shading), or "unknown". */
    private static String mavenVersion(String group, String artifact) {
        String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (java.io.InputStream in = BenchmarkRunner.class.getResourceAsStream(res)) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "unknown";
        }
    }

    private SystemData dataFor(String system) throws ExecutionException, InterruptedException {
        FutureTask<SystemData> task = data.computeIfAbsent(system,
                s -> new FutureTask<>(() -> spec.protocol().prepare(Catalog.get(s), spec.budget())));
        task.run(); // no-op when another thread ran it already
        return task.get();
    }

    /**
     * The file holding the forecast of window 0 of a task and its truth:
     * {@code dir/forecasts/<system>/<forecaster>-seed<seed>.csv.gz}, with any character of the
     * names other than letters, digits, '.', '_' and '-' replaced by '_'.
     *
     * @param dir results directory
     * @param system system name
     * @param forecaster forecaster name
     * @param seed seed
     * @return the path
     */
    public static Path forecastFile(Path dir, String system, String forecaster, long seed) {
        return dir.resolve("forecasts").resolve(safe(system)).resolve(safe(forecaster) + "-seed" + seed + ".csv.gz");
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The metric name of a horizon-curve point: {@code metric@τ}, τ in Lyapunov times written
     * without trailing zeros ({@code nrmse@0.5}, {@code nrmse@1}, {@code smape@10}).
     *
     * @param metric base metric name
     * @param lyapunovTimes τ
     * @return the name
     */
    public static String horizonMetric(String metric, double lyapunovTimes) {
        return metric + "@" + BigDecimal.valueOf(lyapunovTimes).stripTrailingZeros().toPlainString();
    }

    /** A window's truth and forecast, saved beside the results. */
    private record Sample(Trajectory truth, Trajectory forecast) {
    }

    /** Rows of one task, the seconds spent fitting and forecasting, and its window-0 sample (or null). */
    private record TaskResult(List<ResultRow> rows, double workSeconds, boolean failed, Sample sample) {
    }

    private TaskResult runTask(String system, String forecaster, long seed) {
        List<ResultRow> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            SystemData sd = dataFor(system);
            double dataSeconds = (System.nanoTime() - t0) * 1e-9; // generating (or waiting for) the protocol data
            if (ResultRow.FLOOR.equals(forecaster)) {
                floors(sd, rows);
            } else {
                TaskResult r = forecasterTask(sd, forecaster, seed, rows);
                return new TaskResult(r.rows, r.workSeconds + dataSeconds, r.failed, r.sample);
            }
            rows.add(new ResultRow(system, forecaster, seed, -1, ResultRow.STATUS, "ok"));
            return new TaskResult(rows, (System.nanoTime() - t0) * 1e-9, false, null);
        } catch (Exception e) {
            return failure(system, forecaster, seed, rows, e, (System.nanoTime() - t0) * 1e-9);
        }
    }

    private static TaskResult failure(String system, String forecaster, long seed, List<ResultRow> rows, Exception e,
            double seconds) {
        Throwable c = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String msg = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        List<ResultRow> out = new ArrayList<>(rows);
        out.add(new ResultRow(system, forecaster, seed, -1, ResultRow.STATUS, "failed: " + msg));
        return new TaskResult(out, seconds, true, null);
    }

    private static void floors(SystemData sd, List<ResultRow> rows) {
        rows.add(new ResultRow(sd.system(), ResultRow.FLOOR, 0, -1, "_time_unit", sd.timeUnitNote()));
        if (sd.longTermTruth() == null || sd.independentTruth() == null) {
            return;
        }
        AttractorScores.Scores f = AttractorScores.floor(sd);
        rows.add(new ResultRow(sd.system(), ResultRow.FLOOR, 0, -1, "dstsp", num(f.dstsp())));
        rows.add(new ResultRow(sd.system(), ResultRow.FLOOR, 0, -1, "dh", num(f.dh())));
        try {
            rows.add(new ResultRow(sd.system(), ResultRow.FLOOR, 0, -1, "corrdim_error",
                    num(AttractorScores.correlationDimensionFloor(sd))));
        } catch (RuntimeException e) {
            rows.add(new ResultRow(sd.system(), ResultRow.FLOOR, 0, -1, "_corrdim_status", "failed: " + e.getMessage()));
        }
    }

    private TaskResult forecasterTask(SystemData sd, String name, long seed, List<ResultRow> rows) {
        String system = sd.system();
        ForecasterProvider provider = Forecasters.get(name);
        long allocStart = allocatedBytes();
        double work = 0;
        // 1. hyper-parameters, on the tuning data only
        long tt = System.nanoTime();
        Map<String, String> chosen = tune(provider, sd.tune(), seed);
        work += (System.nanoTime() - tt) * 1e-9;
        rows.add(new ResultRow(system, name, seed, -1, "_settings", chosen.toString()));
        try {
            Forecaster f = provider.create(withBudget(provider, chosen));
            long tf = System.nanoTime();
            FittedModel model = f.fit(sd.fit(), seed);
            double fitSeconds = (System.nanoTime() - tf) * 1e-9;
            double forecastSeconds = 0;
            List<Metric> metrics = Metrics.shortTerm();
            Sample sample = null;
            for (Window w : sd.windows()) {
                long tw = System.nanoTime();
                Trajectory fc = model.forecast(w.history(), w.truth().size());
                forecastSeconds += (System.nanoTime() - tw) * 1e-9;
                requireFinite(fc, name);
                if (w.index() == 0) {
                    sample = new Sample(w.truth(), fc);
                }
                for (Metric m : metrics) {
                    String v;
                    try {
                        v = num(m.score(w.truth(), fc, sd.context()));
                    } catch (IllegalArgumentException e) {
                        continue; // metric undefined for these data (e.g. constant truth); not scored
                    }
                    rows.add(new ResultRow(system, name, seed, w.index(), m.name(), v));
                }
                for (ValidPredictionTime vpt : List.of(ValidPredictionTime.NRMSE, ValidPredictionTime.SMAPE)) {
                    ValidPredictionTime.Result r = vpt.evaluate(w.truth(), fc, sd.context());
                    rows.add(new ResultRow(system, name, seed, w.index(), vpt.name(), num(r.lyapunovTimes())));
                    if (r.censored()) {
                        rows.add(new ResultRow(system, name, seed, w.index(), vpt.name() + "_censored", "1"));
                    }
                }
                horizonCurves(sd, w, fc, name, seed, rows);
            }
            if (sd.longTermTruth() != null) {
                long tp = System.nanoTime();
                try {
                    rows.add(new ResultRow(system, name, seed, -1, "pe" + AttractorScores.PE_STEPS,
                            num(AttractorScores.restartedPredictionError(model, sd))));
                } catch (RuntimeException e) {
                    rows.add(new ResultRow(system, name, seed, -1, "_pe_status", "failed: " + e.getMessage()));
                }
                work += (System.nanoTime() - tp) * 1e-9;
            }
            if (sd.longTermTruth() != null) {
                long tl = System.nanoTime();
                try {
                    Trajectory free = AttractorScores.freeRun(model, sd);
                    requireFinite(free, name);
                    AttractorScores.Scores a = AttractorScores.of(free, sd);
                    rows.add(new ResultRow(system, name, seed, -1, "dstsp", num(a.dstsp())));
                    rows.add(new ResultRow(system, name, seed, -1, "dh", num(a.dh())));
                    try {
                        rows.add(new ResultRow(system, name, seed, -1, "corrdim_error",
                                num(AttractorScores.correlationDimensionError(free, sd))));
                    } catch (RuntimeException e) {
                        rows.add(new ResultRow(system, name, seed, -1, "_corrdim_status", "failed: " + e.getMessage()));
                    }
                } catch (RuntimeException e) {
                    rows.add(new ResultRow(system, name, seed, -1, "_longterm_status", "failed: " + e.getMessage()));
                }
                work += (System.nanoTime() - tl) * 1e-9;
            }
            long tv = System.nanoTime();
            try {
                java.util.OptionalDouble le = AttractorScores.lyapunovError(model, sd);
                if (le.isPresent()) {
                    rows.add(new ResultRow(system, name, seed, -1, "lambda1_error", num(le.getAsDouble())));
                }
            } catch (RuntimeException e) {
                rows.add(new ResultRow(system, name, seed, -1, "_lambda1_status", "failed: " + e.getMessage()));
            }
            work += (System.nanoTime() - tv) * 1e-9;
            work += fitSeconds + forecastSeconds;
            rows.add(new ResultRow(system, name, seed, -1, "fit_seconds", num(fitSeconds)));
            rows.add(new ResultRow(system, name, seed, -1, "forecast_seconds",
                    num(forecastSeconds / sd.windows().size())));
            long alloc = allocatedBytes() - allocStart;
            if (allocStart >= 0 && alloc >= 0) {
                rows.add(new ResultRow(system, name, seed, -1, "allocated_mb", num(alloc / 1048576.0)));
            }
            rows.add(new ResultRow(system, name, seed, -1, ResultRow.STATUS, "ok"));
            return new TaskResult(rows, work, false, sample);
        } catch (RuntimeException e) {
            return failure(system, name, seed, rows, e, work);
        }
    }

    /** Adds the {@code nrmse@τ} and {@code smape@τ} rows of one window (see the class comment). */
    private static void horizonCurves(SystemData sd, Window w, Trajectory fc, String name, long seed,
            List<ResultRow> rows) {
        int steps = w.truth().size();
        double perStep = sd.context().lyapunovTimes(1); // Δt·λ₁
        int points = (int) Math.floor(steps * perStep / HORIZON_STEP + 1e-9);
        double spacing = HORIZON_STEP * Math.max(1, (int) Math.ceil(points / (double) MAX_HORIZON_POINTS));
        for (String metric : HORIZON_METRICS) {
            double[] values;
            try {
                values = HorizonCurve.of(Metrics.byName(metric), w.truth(), fc, sd.context()).values();
            } catch (IllegalArgumentException e) {
                continue; // metric undefined for these data; not scored
            }
            for (int j = 1;; j++) {
                double tau = j * spacing;
                int k = (int) Math.round(tau / perStep);
                if (k > steps) {
                    break;
                }
                if (k >= 1 && Double.isFinite(values[k - 1])) {
                    rows.add(new ResultRow(sd.system(), name, seed, w.index(), horizonMetric(metric, tau),
                            num(values[k - 1])));
                }
            }
        }
    }

    private static void writeSample(Path file, Sample s) {
        int d = s.truth().dimension();
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> {
                StringBuilder line = new StringBuilder("t");
                for (String kind : new String[] {"truth", "forecast"}) {
                    for (int j = 0; j < d; j++) {
                        line.append(',').append(kind).append("_x").append(j);
                    }
                }
                out.write(line.append('\n').toString());
                for (int i = 0; i < s.truth().size(); i++) {
                    line.setLength(0);
                    line.append(s.truth().time(i));
                    for (int j = 0; j < d; j++) {
                        line.append(',').append(s.truth().value(i, j));
                    }
                    for (int j = 0; j < d; j++) {
                        line.append(',').append(s.forecast().value(i, j));
                    }
                    out.write(line.append('\n').toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
    }

    private Map<String, String> withBudget(ForecasterProvider p, Map<String, String> settings) {
        Map<String, String> m = new LinkedHashMap<>(p.budgetSettings(spec.budget().key()));
        m.putAll(settings);
        return m;
    }

    /** Chooses settings from the provider's grid by sMAPE on the last sixth of the tuning data. */
    private Map<String, String> tune(ForecasterProvider provider, Trajectory tune, long seed) {
        List<Map<String, String>> grid = provider.grid();
        if (grid.size() <= 1) {
            return grid.isEmpty() ? Map.of() : grid.get(0);
        }
        int cut = tune.size() * 5 / 6;
        Trajectory head = tune.slice(0, cut);
        Trajectory tail = tune.slice(cut, tune.size());
        Metric smape = Metrics.byName("smape");
        Map<String, String> best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        int tried = 0;
        for (Map<String, String> candidate : grid) {
            if (tried++ >= spec.budget().maxCandidates()) {
                break;
            }
            try {
                Forecaster f = provider.create(withBudget(provider, candidate));
                Trajectory fc = f.fit(head, seed).forecast(head, tail.size());
                double s = smape.score(tail, fc, io.github.chaoskit.metrics.MetricContext.empty());
                if (s < bestScore) {
                    bestScore = s;
                    best = candidate;
                }
            } catch (RuntimeException e) {
                // a candidate that fails or diverges is not chosen
            }
        }
        return best == null ? grid.get(0) : best;
    }

    private static void requireFinite(Trajectory t, String name) {
        for (int i = 0; i < t.size(); i++) {
            for (int j = 0; j < t.dimension(); j++) {
                if (!Double.isFinite(t.value(i, j))) {
                    throw new IllegalStateException(name + " returned a non-finite value at step " + i);
                }
            }
        }
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        if (b instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) b).getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}
