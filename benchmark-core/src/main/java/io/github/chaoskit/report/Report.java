package io.github.chaoskit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chaoskit.bench.BenchmarkRunner;
import io.github.chaoskit.bench.ResultRow;
import io.github.chaoskit.bench.ResultsStore;
import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.metrics.Metrics;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Leaderboard and report of a results directory ({@code results.csv}, {@code manifest.json} and
 * the forecast samples written by {@link BenchmarkRunner}).
 *
 * <p>Aggregation (docs/protocol.md "Results"): for each metric, forecaster and system, the system's
 * score is the median over forecast windows and seeds (task-level scores such as D_stsp or fit
 * time: the median over seeds). The leaderboard gives, per metric and forecaster, the median over
 * systems of those scores, the quartiles over systems (linear interpolation between order
 * statistics, as numpy's default) and their difference (interquartile range), the number of
 * systems scored, and the best-model count: on how many systems the forecaster's score is the
 * best of all forecasters scored there, in the metric's direction ({@code Metric.lowerIsBetter()};
 * VPT higher, D_stsp and D_H lower; horizon-curve points {@code metric@τ} follow their metric;
 * timings and memory lower). Forecasters that tie for best all count, so counts can sum to more
 * than the number of systems. A forecaster that failed on a system is simply not scored there:
 * compare its number of systems with the others'. The truth-vs-truth floors appear as forecaster
 * {@value ResultRow#FLOOR} with no rank and no best count. Text rows ({@code _status},
 * {@code _settings}) and the {@code *_censored} markers are not scores.
 *
 * <p>Output, in the results directory: {@code leaderboard.csv} (columns {@code metric, direction,
 * rank, forecaster, median, q25, q75, iqr, systems, best}; every metric, including the horizon
 * curve points), {@code report.md}, {@code report.html} (self-contained: the plots are embedded as
 * data URIs, no network access needed) and the PNG plots in {@code plots/}: the median horizon
 * curves of nrmse and sMAPE per forecaster, fit time against accuracy, and forecast against truth
 * (window 0, first coordinate) for the {@value #TOP_FORECASTERS} best forecasters on the first
 * {@value #MAX_FORECAST_PLOTS} systems.
 */
public final class Report {

    /** Systems shown with a forecast-vs-truth plot (the first ones of the run). */
    public static final int MAX_FORECAST_PLOTS = 12;
    /** Forecasters (best by median VPT_nrmse) drawn in each forecast-vs-truth plot. */
    public static final int TOP_FORECASTERS = 3;
    /** The metric the leaderboard is ranked by. */
    public static final String RANKING_METRIC = "vpt_nrmse";

    private static final String[] LEADERBOARD_HEADER = {"metric", "direction", "rank", "forecaster", "median", "q25",
        "q75", "iqr", "systems", "best"};

    private Report() {
    }

    /**
     * One line of the leaderboard.
     *
     * @param metric metric name
     * @param lowerIsBetter the metric's direction
     * @param rank 1 for the best median of this metric, 0 for the floor
     * @param forecaster forecaster name
     * @param median median over systems of the per-system medians
     * @param q25 first quartile over systems
     * @param q75 third quartile over systems
     * @param systems number of systems with a score
     * @param best number of systems where this forecaster is best (−1 for the floor)
     */
    public record Entry(String metric, boolean lowerIsBetter, int rank, String forecaster, double median, double q25,
            double q75, int systems, int best) {

        /** @return the interquartile range q75 − q25. */
        public double iqr() {
            return q75 - q25;
        }
    }

    /**
     * Writes {@code leaderboard.csv}, {@code report.md}, {@code report.html} and {@code plots/*.png}
     * into a results directory.
     *
     * @param dir a results directory
     * @return the path of the HTML report
     * @throws Exception if the results cannot be read or the report written
     */
    public static Path write(Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        List<ResultRow> rows = ResultsStore.read(dir.resolve("results.csv"), problems);
        Map<String, Object> manifest = readManifest(dir, problems);
        Map<String, Map<String, Map<String, Double>>> perSystem = perSystem(rows);
        List<Entry> board = leaderboard(perSystem);
        writeLeaderboard(dir.resolve("leaderboard.csv"), board);

        Map<String, Object> spec = map(manifest.get("spec"));
        List<String> systems = names(spec.get("systems"), rows, ResultRow::system);
        List<String> forecasters = names(spec.get("forecasters"), rows, ResultRow::forecaster);
        forecasters.remove(ResultRow.FLOOR);
        List<String> ranked = ranking(board, forecasters);
        Map<String, Map<String, Entry>> byMetric = new HashMap<>();
        for (Entry e : board) {
            byMetric.computeIfAbsent(e.metric(), k -> new HashMap<>()).put(e.forecaster(), e);
        }

        Doc doc = new Doc("chaoskit benchmark report");
        header(doc, manifest, spec, systems, ranked);
        leaderboardTables(doc, byMetric, perSystem, rows, ranked, systems.size());
        failures(doc, rows, problems, spec, systems, forecasters);
        timeUnits(doc, rows);
        plots(doc, dir, perSystem, byMetric, ranked, systems, spec, rows);
        doc.paragraph("Files: results.csv (every score of every window), leaderboard.csv (all metrics, including the "
                + "horizon-curve points metric@τ), manifest.json (spec, versions, environment), forecasts/ (forecast and "
                + "truth of window 0 per task, gzipped CSV), plots/ (these figures as PNG).");

        AtomicFiles.write(dir.resolve("report.md"), w -> w.write(doc.markdown()));
        Path html = dir.resolve("report.html");
        AtomicFiles.write(html, w -> w.write(doc.html()));
        return html;
    }

    /** Lists the systems whose scores use docs/protocol.md's fallback time unit instead of 1/λ₁. */
    private static void timeUnits(Doc doc, List<ResultRow> rows) {
        List<List<String>> t = new ArrayList<>();
        for (ResultRow r : rows) {
            if ("_time_unit".equals(r.metric()) && r.value().startsWith("λ₁ not clearly positive")) {
                t.add(List.of(r.system(), r.value()));
            }
        }
        if (!t.isEmpty()) {
            doc.heading("Systems scored in a fallback time unit");
            doc.paragraph(t.size() + " system(s) have no clearly positive λ₁ (λ₁·period < 0.01): their \"Lyapunov "
                    + "times\" are dominant periods (maps: 10 iterations).");
            doc.table(List.of("system", "time unit"), t);
        }
    }

    // ---------------------------------------------------------------- aggregation

    /**
     * Per-system scores: metric → forecaster → system → median over windows and seeds.
     *
     * @param rows results rows
     * @return the scores (sorted maps)
     */
    static Map<String, Map<String, Map<String, Double>>> perSystem(List<ResultRow> rows) {
        Map<String, Map<String, Map<String, List<Double>>>> values = new TreeMap<>();
        for (ResultRow r : rows) {
            if (!isScore(r.metric())) {
                continue;
            }
            double v = r.number();
            if (Double.isNaN(v)) {
                continue;
            }
            values.computeIfAbsent(r.metric(), k -> new TreeMap<>()).computeIfAbsent(r.forecaster(), k -> new TreeMap<>())
                    .computeIfAbsent(r.system(), k -> new ArrayList<>()).add(v);
        }
        Map<String, Map<String, Map<String, Double>>> out = new TreeMap<>();
        values.forEach((m, byF) -> byF.forEach((f, byS) -> byS.forEach((s, v) -> out
                .computeIfAbsent(m, k -> new TreeMap<>()).computeIfAbsent(f, k -> new TreeMap<>()).put(s, median(v)))));
        return out;
    }

    private static boolean isScore(String metric) {
        return !metric.startsWith("_") && !metric.endsWith("_censored");
    }

    /**
     * The leaderboard of every metric, ranked within each metric by median (in the metric's
     * direction; ties and NaN medians last, then by name).
     *
     * @param perSystem per-system scores from {@link #perSystem}
     * @return entries, metric by metric
     */
    static List<Entry> leaderboard(Map<String, Map<String, Map<String, Double>>> perSystem) {
        List<String> metrics = new ArrayList<>(perSystem.keySet());
        metrics.sort(METRIC_ORDER);
        List<Entry> out = new ArrayList<>();
        for (String m : metrics) {
            boolean lower = lowerIsBetter(m);
            Map<String, Map<String, Double>> byF = perSystem.get(m);
            Map<String, Integer> best = new HashMap<>();
            Set<String> allSystems = new TreeSet<>();
            byF.forEach((f, byS) -> {
                if (!ResultRow.FLOOR.equals(f)) {
                    allSystems.addAll(byS.keySet());
                }
            });
            for (String s : allSystems) {
                double b = Double.NaN;
                for (Map.Entry<String, Map<String, Double>> e : byF.entrySet()) {
                    Double v = e.getValue().get(s);
                    if (ResultRow.FLOOR.equals(e.getKey()) || v == null) {
                        continue;
                    }
                    if (Double.isNaN(b) || (lower ? v < b : v > b)) {
                        b = v;
                    }
                }
                for (Map.Entry<String, Map<String, Double>> e : byF.entrySet()) {
                    Double v = e.getValue().get(s);
                    if (!ResultRow.FLOOR.equals(e.getKey()) && v != null && v == b) {
                        best.merge(e.getKey(), 1, Integer::sum);
                    }
                }
            }
            List<Entry> models = new ArrayList<>();
            Entry floor = null;
            for (Map.Entry<String, Map<String, Double>> e : byF.entrySet()) {
                List<Double> v = new ArrayList<>(e.getValue().values());
                boolean isFloor = ResultRow.FLOOR.equals(e.getKey());
                Entry x = new Entry(m, lower, 0, e.getKey(), median(v), quantile(v, 0.25), quantile(v, 0.75), v.size(),
                        isFloor ? -1 : best.getOrDefault(e.getKey(), 0));
                if (isFloor) {
                    floor = x;
                } else {
                    models.add(x);
                }
            }
            models.sort(Comparator.comparingDouble((Entry e) -> sortKey(e.median(), lower))
                    .thenComparing(Entry::forecaster));
            for (int i = 0; i < models.size(); i++) {
                Entry e = models.get(i);
                out.add(new Entry(e.metric(), lower, i + 1, e.forecaster(), e.median(), e.q25(), e.q75(), e.systems(),
                        e.best()));
            }
            if (floor != null) {
                out.add(floor);
            }
        }
        return out;
    }

    private static double sortKey(double median, boolean lower) {
        if (Double.isNaN(median)) {
            return Double.POSITIVE_INFINITY;
        }
        return lower ? median : -median;
    }

    /** Metric names sorted alphabetically, horizon-curve points {@code base@τ} by base then τ. */
    static final Comparator<String> METRIC_ORDER = Comparator.comparing(Report::horizonBase)
            .thenComparingDouble(Report::horizonTime);

    /** @return the metric without a horizon suffix ({@code nrmse@1.5} → {@code nrmse}). */
    static String horizonBase(String metric) {
        int at = metric.indexOf('@');
        return at < 0 || metric.startsWith("vpt_") ? metric : metric.substring(0, at);
    }

    /** @return τ of a horizon-curve metric {@code base@τ}, −1 for any other metric. */
    static double horizonTime(String metric) {
        int at = metric.indexOf('@');
        if (at < 0 || metric.startsWith("vpt_")) {
            return -1;
        }
        try {
            return Double.parseDouble(metric.substring(at + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The direction of a metric in results.csv: the registry's for built-in metrics and their
     * horizon-curve points (VPT higher, D_stsp and D_H lower), lower for timings, memory and any
     * unknown metric.
     *
     * @param metric metric name as in results.csv
     * @return true if smaller is better
     */
    static boolean lowerIsBetter(String metric) {
        String base = horizonBase(metric);
        if (base.startsWith("vpt_")) {
            return false;
        }
        try {
            return Metrics.byName(base).lowerIsBetter();
        } catch (IllegalArgumentException e) {
            return true; // fit_seconds, forecast_seconds, allocated_mb
        }
    }

    private static void writeLeaderboard(Path file, List<Entry> board) throws Exception {
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.DEFAULT.builder().setHeader(LEADERBOARD_HEADER)
                .setRecordSeparator('\n').get())) {
            for (Entry e : board) {
                boolean floor = ResultRow.FLOOR.equals(e.forecaster());
                p.printRecord(e.metric(), e.lowerIsBetter() ? "lower" : "higher", floor ? "" : e.rank(), e.forecaster(),
                        e.median(), e.q25(), e.q75(), e.iqr(), e.systems(), floor ? "" : e.best());
            }
        }
        AtomicFiles.write(file, w -> w.write(sw.toString()));
    }

    /** Forecasters by median VPT_nrmse, best first; those without a VPT after, by name. */
    private static List<String> ranking(List<Entry> board, List<String> forecasters) {
        List<String> out = new ArrayList<>();
        for (Entry e : board) {
            if (e.metric().equals(RANKING_METRIC) && !ResultRow.FLOOR.equals(e.forecaster())) {
                out.add(e.forecaster());
            }
        }
        List<String> rest = new ArrayList<>(forecasters);
        rest.removeAll(out);
        rest.sort(null);
        out.addAll(rest);
        return out;
    }

    // ---------------------------------------------------------------- sections

    private static void header(Doc doc, Map<String, Object> manifest, Map<String, Object> spec, List<String> systems,
            List<String> ranked) {
        if (manifest.isEmpty()) {
            doc.paragraph("No readable manifest.json in this directory: preset, budget and caps unknown.");
        }
        List<String> items = new ArrayList<>();
        items.add("Preset: " + str(spec.get("preset")));
        items.add("Budget: " + str(spec.get("budget")));
        items.add("Seeds: " + str(spec.get("seeds")));
        items.add("Systems: " + systems.size() + (systems.size() <= 30 ? " (" + String.join(", ", systems) + ")" : ""));
        items.add("Forecasters: " + ranked.size() + " (" + String.join(", ", ranked) + ")");
        flatten("Budget cap ", map(manifest.get("budgetCaps")), items);
        items.add("chaoskit " + str(manifest.get("chaoskit")));
        flatten("", map(manifest.get("environment")), items);
        flatten("Library ", map(manifest.get("libraries")), items);
        doc.heading("Run").list(items);
    }

    private static void flatten(String prefix, Map<String, Object> m, List<String> out) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof Map) {
                Map<String, Object> sub = map(e.getValue());
                if (sub.isEmpty()) {
                    out.add(prefix + e.getKey() + ": none");
                }
                flatten(prefix + e.getKey() + ".", sub, out);
            } else {
                out.add(prefix + e.getKey() + ": " + str(e.getValue()));
            }
        }
    }

    private static void leaderboardTables(Doc doc, Map<String, Map<String, Entry>> byMetric,
            Map<String, Map<String, Map<String, Double>>> perSystem, List<ResultRow> rows, List<String> ranked,
            int systemCount) {
        doc.heading("Leaderboard");
        doc.paragraph("Ranked by median valid prediction time VPT_nrmse (Lyapunov times until the normalised error "
                + "exceeds 0.5; higher is better). Each system's score is the median over forecast windows and seeds; "
                + "the tables give the median over systems, the interquartile range over systems [q25, q75], and on how "
                + "many systems the forecaster is best (ties count for each). \"censored\" is the share of windows whose "
                + "forecast stayed valid to the end of the horizon (its VPT is a lower bound). Out of " + systemCount
                + " systems; a forecaster that failed on a system is not scored there.");
        Map<String, double[]> censored = censoredShare(rows);
        List<List<String>> t = new ArrayList<>();
        int rank = 0;
        for (String f : ranked) {
            Entry v = get(byMetric, RANKING_METRIC, f);
            Entry s = get(byMetric, "vpt_smape", f);
            double[] c = censored.get(f);
            t.add(List.of(v == null ? "–" : Integer.toString(++rank), f, med(v), iqr(v), best(v),
                    c == null || c[1] == 0 ? "–" : fmt(100 * c[0] / c[1]) + " %", med(s), best(s),
                    v == null ? "0" : Integer.toString(v.systems())));
        }
        doc.table(List.of("#", "forecaster", "VPT_nrmse median", "IQR", "best on", "censored", "VPT_smape median",
                "best on", "systems"), t);

        doc.heading("Short-term error");
        doc.paragraph("sMAPE (0–200 scale) and nrmse over the whole forecast horizon; lower is better.");
        t = new ArrayList<>();
        for (String f : ranked) {
            Entry s = get(byMetric, "smape", f);
            Entry n = get(byMetric, "nrmse", f);
            t.add(List.of(f, med(s), iqr(s), best(s), med(n), iqr(n), best(n)));
        }
        doc.table(List.of("forecaster", "sMAPE median", "IQR", "best on", "nrmse median", "IQR", "best on"), t);

        if (byMetric.containsKey("dstsp") || byMetric.containsKey("dh")) {
            doc.heading("Long-term (attractor) scores");
            doc.paragraph("D_stsp (state-space divergence) and D_H (power-spectrum Hellinger distance) of one free run "
                    + "against the true trajectory; lower is better. The floor is the same score of an independent true "
                    + "trajectory, as median over the systems the forecaster was scored on: a model cannot meaningfully "
                    + "beat it.");
            t = new ArrayList<>();
            for (String f : ranked) {
                Entry d = get(byMetric, "dstsp", f);
                Entry h = get(byMetric, "dh", f);
                t.add(List.of(f, med(d), iqr(d), best(d), fmt(floorOver(perSystem, "dstsp", f)), med(h), best(h),
                        fmt(floorOver(perSystem, "dh", f)), d == null ? "0" : Integer.toString(d.systems())));
            }
            doc.table(List.of("forecaster", "D_stsp median", "IQR", "best on", "D_stsp floor", "D_H median", "best on",
                    "D_H floor", "systems"), t);
        }

        if (byMetric.containsKey("corrdim_error") || byMetric.containsKey("lambda1_error")) {
            doc.heading("Invariant errors");
            doc.paragraph("The difference of correlation dimensions between a free run and the truth, abs(D2(free run) "
                    + "− D2(truth)) (floor: an independent true trajectory), and the relative error abs(λ̂₁ − λ₁)/λ₁ "
                    + "for models that compute the largest Lyapunov exponent of their learned dynamics from exact "
                    + "Jacobians; medians over systems, lower is better.");
            t = new ArrayList<>();
            for (String f : ranked) {
                Entry c = get(byMetric, "corrdim_error", f);
                Entry l = get(byMetric, "lambda1_error", f);
                t.add(List.of(f, med(c), best(c), fmt(floorOver(perSystem, "corrdim_error", f)),
                        c == null ? "0" : Integer.toString(c.systems()), med(l), l == null ? "0"
                                : Integer.toString(l.systems())));
            }
            doc.table(List.of("forecaster", "D2 error median", "best on", "D2 error floor", "systems", "λ₁ rel. error median",
                    "systems"), t);
        }

        doc.heading("Cost");
        doc.paragraph("Wall-clock seconds to fit one model (after hyper-parameter tuning) and to forecast one window, "
                + "and memory allocated by the task's thread; medians over systems.");
        t = new ArrayList<>();
        for (String f : ranked) {
            Entry fit = get(byMetric, "fit_seconds", f);
            t.add(List.of(f, med(fit), iqr(fit), med(get(byMetric, "forecast_seconds", f)),
                    med(get(byMetric, "allocated_mb", f))));
        }
        doc.table(List.of("forecaster", "fit s median", "IQR", "forecast s per window", "allocated MB"), t);
    }

    /** Per forecaster: {windows with vpt_nrmse censored, windows with vpt_nrmse}. */
    private static Map<String, double[]> censoredShare(List<ResultRow> rows) {
        Map<String, double[]> m = new HashMap<>();
        for (ResultRow r : rows) {
            if (r.metric().equals(RANKING_METRIC)) {
                m.computeIfAbsent(r.forecaster(), k -> new double[2])[1]++;
            } else if (r.metric().equals(RANKING_METRIC + "_censored")) {
                m.computeIfAbsent(r.forecaster(), k -> new double[2])[0]++;
            }
        }
        return m;
    }

    /** Median of the floor of a metric over the systems where a forecaster has that metric. */
    private static double floorOver(Map<String, Map<String, Map<String, Double>>> perSystem, String metric,
            String forecaster) {
        Map<String, Map<String, Double>> byF = perSystem.getOrDefault(metric, Map.of());
        Map<String, Double> floor = byF.getOrDefault(ResultRow.FLOOR, Map.of());
        List<Double> v = new ArrayList<>();
        for (String s : byF.getOrDefault(forecaster, Map.of()).keySet()) {
            if (floor.containsKey(s)) {
                v.add(floor.get(s));
            }
        }
        return median(v);
    }

    private static void failures(Doc doc, List<ResultRow> rows, List<String> problems, Map<String, Object> spec,
            List<String> systems, List<String> forecasters) {
        doc.heading("Failures");
        List<List<String>> t = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (ResultRow r : rows) {
            if (r.metric().equals(ResultRow.STATUS)) {
                done.add(r.task());
            }
            boolean task = r.metric().equals(ResultRow.STATUS);
            if ((task || r.metric().equals("_longterm_status")) && r.value().startsWith("failed")) {
                String msg = r.value().startsWith("failed: ") ? r.value().substring(8) : r.value();
                t.add(List.of(r.system(), r.forecaster(), Long.toString(r.seed()), task ? "task" : "long-term free run",
                        msg));
            }
        }
        if (t.isEmpty()) {
            doc.paragraph("No task failed.");
        } else {
            doc.paragraph(t.size() + " failure(s). A failed task has no scores on that system; a failed free run has no "
                    + "long-term scores.");
            doc.table(List.of("system", "forecaster", "seed", "what failed", "message"), t);
        }
        List<Long> seeds = new ArrayList<>();
        if (spec.get("seeds") instanceof List) {
            for (Object o : (List<?>) spec.get("seeds")) {
                if (o instanceof Number) {
                    seeds.add(((Number) o).longValue());
                }
            }
        }
        if (!seeds.isEmpty()) {
            int missing = 0;
            int total = 0;
            for (String s : systems) {
                total++;
                missing += done.contains(ResultRow.taskId(s, ResultRow.FLOOR, 0)) ? 0 : 1;
                for (String f : forecasters) {
                    for (long seed : seeds) {
                        total++;
                        missing += done.contains(ResultRow.taskId(s, f, seed)) ? 0 : 1;
                    }
                }
            }
            if (missing > 0) {
                problems.add(missing + " of " + total + " tasks of the spec have no results yet (run interrupted? "
                        + "re-running the same benchmark command resumes it)");
            }
        }
        if (!problems.isEmpty()) {
            doc.paragraph("Problems found while reading the results:").list(problems);
        }
    }

    // ---------------------------------------------------------------- plots

    private static void plots(Doc doc, Path dir, Map<String, Map<String, Map<String, Double>>> perSystem,
            Map<String, Map<String, Entry>> byMetric, List<String> ranked, List<String> systems, Map<String, Object> spec,
            List<ResultRow> rows) throws Exception {
        Path plots = dir.resolve("plots");
        Files.createDirectories(plots);
        doc.heading("Horizon curves");
        doc.paragraph("Each metric on the forecast up to τ Lyapunov times (τ = 0.5, 1, 1.5, …): per system the median "
                + "over windows and seeds, then the median over systems. Lower is better.");
        for (String metric : List.of("nrmse", "smape")) {
            List<Plots.Line> lines = new ArrayList<>();
            for (String f : ranked) {
                TreeMap<Double, Double> curve = new TreeMap<>();
                for (Map.Entry<String, Map<String, Map<String, Double>>> e : perSystem.entrySet()) {
                    double tau = horizonTime(e.getKey());
                    Map<String, Double> byS = e.getValue().get(f);
                    if (tau > 0 && horizonBase(e.getKey()).equals(metric) && byS != null) {
                        curve.put(tau, median(new ArrayList<>(byS.values())));
                    }
                }
                if (!curve.isEmpty()) {
                    lines.add(new Plots.Line(f, unbox(curve.keySet()), unbox(curve.values())));
                }
            }
            String name = "horizon-" + metric + ".png";
            if (lines.isEmpty()) {
                doc.paragraph("No " + metric + " horizon-curve points in results.csv.");
            } else {
                image(doc, plots, name, "Median " + metric + " vs Lyapunov time, per forecaster",
                        () -> Plots.horizonCurves(metric, lines));
            }
        }

        doc.heading("Fit time vs accuracy");
        Map<String, double[]> points = new LinkedHashMap<>();
        for (String f : ranked) {
            Entry v = get(byMetric, RANKING_METRIC, f);
            Entry fit = get(byMetric, "fit_seconds", f);
            if (v != null && fit != null && Double.isFinite(v.median()) && Double.isFinite(fit.median())) {
                points.put(f, new double[] {fit.median(), v.median()});
            }
        }
        if (points.isEmpty()) {
            doc.paragraph("No forecaster has both a VPT and a fit time.");
        } else {
            doc.paragraph("Median VPT_nrmse against median fit seconds (log scale); up and to the left is better.");
            image(doc, plots, "fit-time-vs-vpt.png", "Median VPT_nrmse vs median fit time per forecaster",
                    () -> Plots.costVsAccuracy(points));
        }

        doc.heading("Forecasts");
        List<String> top = new ArrayList<>();
        for (String f : ranked) {
            if (get(byMetric, RANKING_METRIC, f) != null && top.size() < TOP_FORECASTERS) {
                top.add(f);
            }
        }
        long seed = firstSeed(spec, rows);
        Map<String, double[][]> truths = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> forecasts = new LinkedHashMap<>();
        for (String s : systems) {
            if (truths.size() >= MAX_FORECAST_PLOTS) {
                break;
            }
            for (String f : top) {
                Path file = BenchmarkRunner.forecastFile(dir, s, f, seed);
                if (Files.exists(file)) {
                    double[][] cols = readSample(file);
                    truths.putIfAbsent(s, cols);
                    forecasts.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(f, cols[2]);
                }
            }
        }
        if (truths.isEmpty()) {
            doc.paragraph("No forecast samples (forecasts/) for the top forecasters.");
            return;
        }
        doc.paragraph("Window 0, first coordinate, seed " + seed + ": the truth (black) and the forecasts (dashed) of the "
                + top.size() + " best forecasters by median VPT_nrmse (" + String.join(", ", top) + "), on "
                + truths.size() + " of " + systems.size() + " systems (at most the first " + MAX_FORECAST_PLOTS
                + " with samples; every task's sample is in forecasts/).");
        for (Map.Entry<String, double[][]> e : truths.entrySet()) {
            String s = e.getKey();
            double[][] tr = e.getValue();
            String file = "forecast-" + s.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
            image(doc, plots, file, s + ": truth and forecasts (window 0, x0)",
                    () -> Plots.forecast(s, tr[0], tr[1], forecasts.get(s), seed));
        }
    }

    /** Renders a PNG; on failure the report says so instead of failing as a whole. */
    @FunctionalInterface
    private interface Render {
        byte[] png() throws Exception;
    }

    private static void image(Doc doc, Path plots, String file, String caption, Render r) throws IOException {
        byte[] png;
        try {
            png = r.png();
        } catch (Exception e) {
            doc.paragraph("Plot " + file + " could not be drawn: " + e);
            return;
        }
        writeBytes(plots.resolve(file), png);
        doc.image(caption, "plots/" + file, png);
    }

    /** @return {t, truth x0, forecast x0} of a forecast sample file. */
    static double[][] readSample(Path file) throws IOException {
        try (Reader r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(r)
                        .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> recs = p.getRecords();
            double[][] out = new double[3][recs.size()];
            for (int i = 0; i < recs.size(); i++) {
                CSVRecord c = recs.get(i);
                out[0][i] = Double.parseDouble(c.get("t"));
                out[1][i] = Double.parseDouble(c.get("truth_x0"));
                out[2][i] = Double.parseDouble(c.get("forecast_x0"));
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a forecast sample: " + e.getMessage(), e);
        }
    }

    private static long firstSeed(Map<String, Object> spec, List<ResultRow> rows) {
        if (spec.get("seeds") instanceof List && !((List<?>) spec.get("seeds")).isEmpty()
                && ((List<?>) spec.get("seeds")).get(0) instanceof Number) {
            return ((Number) ((List<?>) spec.get("seeds")).get(0)).longValue();
        }
        return rows.stream().filter(r -> !ResultRow.FLOOR.equals(r.forecaster())).mapToLong(ResultRow::seed).min()
                .orElse(0);
    }

    private static void writeBytes(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---------------------------------------------------------------- small helpers

    private static Map<String, Object> readManifest(Path dir, List<String> problems) {
        Path f = dir.resolve("manifest.json");
        if (!Files.exists(f)) {
            return Map.of();
        }
        try {
            return map(new ObjectMapper().readValue(f.toFile(), Map.class));
        } catch (IOException e) {
            problems.add("manifest.json is unreadable: " + e.getMessage());
            return Map.of();
        }
    }

    private static Map<String, Object> map(Object o) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o instanceof Map) {
            ((Map<?, ?>) o).forEach((k, v) -> m.put(String.valueOf(k), v));
        }
        return m;
    }

    private static List<String> names(Object fromSpec, List<ResultRow> rows,
            java.util.function.Function<ResultRow, String> field) {
        Set<String> out = new LinkedHashSet<>();
        if (fromSpec instanceof List) {
            for (Object o : (List<?>) fromSpec) {
                out.add(String.valueOf(o));
            }
        }
        Set<String> extra = new TreeSet<>();
        for (ResultRow r : rows) {
            extra.add(field.apply(r));
        }
        out.addAll(extra);
        return new ArrayList<>(out);
    }

    private static String str(Object o) {
        if (o == null) {
            return "unknown";
        }
        if (o instanceof List) {
            List<String> s = new ArrayList<>();
            for (Object x : (List<?>) o) {
                s.add(String.valueOf(x));
            }
            return String.join(", ", s);
        }
        return String.valueOf(o);
    }

    private static Entry get(Map<String, Map<String, Entry>> byMetric, String metric, String forecaster) {
        return byMetric.getOrDefault(metric, Map.of()).get(forecaster);
    }

    private static String med(Entry e) {
        return e == null ? "–" : fmt(e.median());
    }

    private static String iqr(Entry e) {
        return e == null ? "–" : "[" + fmt(e.q25()) + ", " + fmt(e.q75()) + "]";
    }

    private static String best(Entry e) {
        return e == null ? "–" : Integer.toString(e.best());
    }

    /** Three significant digits; scientific notation outside [1e-3, 1e6); "–" for NaN. */
    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static double[] unbox(java.util.Collection<Double> c) {
        return c.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param v values
     * @return the median (mean of the two middle values for an even count), NaN if empty
     */
    static double median(List<Double> v) {
        return quantile(v, 0.5);
    }

    /**
     * The p-quantile with linear interpolation between order statistics (Hyndman–Fan type 7,
     * numpy's default): h = (n−1)·p, q = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋).
     *
     * @param v values
     * @param p in [0, 1]
     * @return the quantile, NaN if empty
     */
    static double quantile(List<Double> v, double p) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        int n = s.size();
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return s.get(n - 1);
        }
        return s.get(lo) + (h - lo) * (s.get(lo + 1) - s.get(lo));
    }
}
