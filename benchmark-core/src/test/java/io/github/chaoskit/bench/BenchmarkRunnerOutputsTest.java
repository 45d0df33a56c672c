package io.github.chaoskit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.metrics.Metrics;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Horizon-curve rows and forecast samples written by the runner (Henon: fast). */
class BenchmarkRunnerOutputsTest {

    @TempDir
    Path tmp;

    static final BenchmarkSpec SPEC = new BenchmarkSpec("lyapunov", Budget.QUICK, List.of("Henon"),
            List.of("persistence", "var"), List.of(0L));

    private static Path run(Path dir, int threads) throws Exception {
        new BenchmarkRunner(SPEC, dir, threads, new PrintWriter(new StringWriter())).run();
        return dir;
    }

    private static List<String> sample(Path f) throws Exception {
        try (Reader r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8)) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return List.of(w.toString().split("\n"));
        }
    }

    @Test
    void horizonCurvesAndSamples() throws Exception {
        Path dir = run(tmp.resolve("a"), 2);
        List<ResultRow> rows = ResultsStore.read(dir.resolve("results.csv"), new ArrayList<>());
        double perStep = Contexts.effectiveLyapunov(Catalog.get("Henon")) * LyapunovProtocol.step(Catalog.get("Henon"));
        for (String f : SPEC.forecasters()) {
            Path file = BenchmarkRunner.forecastFile(dir, "Henon", f, 0);
            assertEquals(dir.resolve("forecasts/Henon/" + f + "-seed0.csv.gz"), file);
            List<String> lines = sample(file);
            assertEquals("t,truth_x0,truth_x1,forecast_x0,forecast_x1", lines.get(0));
            int steps = lines.size() - 1;
            double[][] truth = new double[steps][];
            double[][] forecast = new double[steps][];
            double[] times = new double[steps];
            for (int i = 0; i < steps; i++) {
                double[] v = java.util.Arrays.stream(lines.get(i + 1).split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
                times[i] = v[0];
                truth[i] = new double[] {v[1], v[2]};
                forecast[i] = new double[] {v[3], v[4]};
            }
            if (f.equals("persistence")) {
                for (double[] x : forecast) {
                    assertArrayEquals(forecast[0], x, 0.0, "persistence repeats the last observed state");
                }
            }
            // horizon rows of window 0: smape@τ is the sMAPE of the first round(τ/(Δt·λ₁)) steps of the sample
            Map<Double, Double> curve = new TreeMap<>();
            for (ResultRow r : rows) {
                if (r.forecaster().equals(f) && r.window() == 0 && r.metric().startsWith("smape@")) {
                    curve.put(Double.parseDouble(r.metric().substring(6)), r.number());
                }
            }
            List<Double> expectedTaus = new ArrayList<>();
            for (int j = 1; j <= 20; j++) {
                expectedTaus.add(0.5 * j);
            }
            assertEquals(expectedTaus, new ArrayList<>(curve.keySet()), "τ = 0.5, 1, …, 10 Lyapunov times");
            for (Map.Entry<Double, Double> e : curve.entrySet()) {
                int k = (int) Math.round(e.getKey() / perStep);
                Trajectory tr = new Trajectory("Henon", List.of("x0", "x1"), java.util.Arrays.copyOf(times, k),
                        flat(truth, k), 1.0);
                Trajectory fc = new Trajectory("Henon", List.of("x0", "x1"), java.util.Arrays.copyOf(times, k),
                        flat(forecast, k), 1.0);
                assertEquals(Metrics.byName("smape").score(tr, fc, MetricContext.empty()), e.getValue(), 1e-9,
                        f + " smape@" + e.getKey());
            }
            assertEquals(steps, Math.round(10 / perStep), "the last point covers the whole horizon");
            // ... so at the full horizon the curve equals the whole-window score, for every window
            for (ResultRow r : rows) {
                if (r.forecaster().equals(f) && (r.metric().equals("nrmse") || r.metric().equals("smape"))) {
                    double at10 = rows.stream().filter(x -> x.forecaster().equals(f) && x.window() == r.window()
                            && x.metric().equals(r.metric() + "@10")).findFirst().orElseThrow().number();
                    assertEquals(r.number(), at10, 1e-9 * Math.max(1, r.number()), r.toString());
                }
            }
        }
        assertEquals("nrmse@0.5", BenchmarkRunner.horizonMetric("nrmse", 0.5));
        assertEquals("nrmse@10", BenchmarkRunner.horizonMetric("nrmse", 10.0));
        assertEquals("smape@1.5", BenchmarkRunner.horizonMetric("smape", 1.5));
    }

    private static double[] flat(double[][] rows, int k) {
        double[] out = new double[k * rows[0].length];
        for (int i = 0; i < k; i++) {
            System.arraycopy(rows[i], 0, out, i * rows[i].length, rows[i].length);
        }
        return out;
    }

    @Test
    void outputsDoNotDependOnThreadCount() throws Exception {
        Path one = run(tmp.resolve("one"), 1);
        Path four = run(tmp.resolve("four"), 4);
        assertEquals(scores(one), scores(four));
        for (String f : SPEC.forecasters()) {
            assertArrayEquals(Files.readAllBytes(BenchmarkRunner.forecastFile(one, "Henon", f, 0)),
                    Files.readAllBytes(BenchmarkRunner.forecastFile(four, "Henon", f, 0)), f);
        }
        // a resumed run skips complete tasks and keeps their samples
        long before = Files.getLastModifiedTime(BenchmarkRunner.forecastFile(one, "Henon", "var", 0)).toMillis();
        assertEquals(3, new BenchmarkRunner(SPEC, one, 2, new PrintWriter(new StringWriter())).run().skipped());
        assertEquals(before, Files.getLastModifiedTime(BenchmarkRunner.forecastFile(one, "Henon", "var", 0)).toMillis());
        assertTrue(scores(one).stream().anyMatch(l -> l.contains("nrmse@0.5")));
    }

    /** results.csv without timing and memory rows. */
    private static List<String> scores(Path dir) throws Exception {
        return Files.readAllLines(dir.resolve("results.csv")).stream()
                .filter(l -> !l.contains("_seconds,") && !l.contains("allocated_mb,")).collect(Collectors.toList());
    }
}
