package io.github.chaoskit.report;

import io.github.chaoskit.bench.ResultRow;
import io.github.chaoskit.bench.ResultsStore;
import io.github.chaoskit.io.AtomicFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leaderboard and report of a results directory: median score per forecaster over systems
 * (each system's score being its median over windows and seeds).
 */
public final class Report {

    private Report() {
    }

    /**
     * Writes {@code leaderboard.csv} and {@code report.md} into the directory.
     *
     * @param dir a results directory
     * @return the path of the main report
     * @throws Exception if the results cannot be read or the report written
     */
    public static Path write(Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        List<ResultRow> rows = ResultsStore.read(dir.resolve("results.csv"), problems);
        Map<String, Map<String, Map<String, List<Double>>>> byMetric = new TreeMap<>();
        for (ResultRow r : rows) {
            if (r.metric().startsWith("_") || ResultRow.FLOOR.equals(r.forecaster()) || Double.isNaN(r.number())) {
                continue;
            }
            byMetric.computeIfAbsent(r.metric(), k -> new TreeMap<>()).computeIfAbsent(r.forecaster(), k -> new TreeMap<>())
                    .computeIfAbsent(r.system(), k -> new ArrayList<>()).add(r.number());
        }
        StringBuilder csv = new StringBuilder("metric,forecaster,median,systems\n");
        StringBuilder md = new StringBuilder("# chaoskit benchmark report\n\n| metric | forecaster | median over systems | systems |\n|---|---|---|---|\n");
        for (var m : byMetric.entrySet()) {
            for (var f : m.getValue().entrySet()) {
                List<Double> perSystem = new ArrayList<>();
                for (List<Double> v : f.getValue().values()) {
                    perSystem.add(median(v));
                }
                double med = median(perSystem);
                csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d%n", m.getKey(), f.getKey(), med, perSystem.size()));
                md.append(String.format(Locale.ROOT, "| %s | %s | %.4g | %d |%n", m.getKey(), f.getKey(), med, perSystem.size()));
            }
        }
        AtomicFiles.write(dir.resolve("leaderboard.csv"), w -> w.write(csv.toString()));
        Path report = dir.resolve("report.md");
        AtomicFiles.write(report, w -> w.write(md.toString()));
        return report;
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        int n = s.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
    }
}
