package io.github.chaoskit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.bench.BenchmarkRunner;
import io.github.chaoskit.bench.BenchmarkSpec;
import io.github.chaoskit.bench.Budget;
import io.github.chaoskit.bench.ResultRow;
import io.github.chaoskit.bench.ResultsStore;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaderboard and report of a tiny real benchmark (2 systems × persistence, var). */
class ReportTest {

    static final List<String> SYSTEMS = List.of("Lorenz", "Henon");
    static final List<String> FORECASTERS = List.of("persistence", "var");

    @TempDir
    static Path root;

    static Path dir;
    static List<ResultRow> rows;

    @BeforeAll
    static void runBenchmark() throws Exception {
        dir = root.resolve("run");
        BenchmarkSpec spec = new BenchmarkSpec("lyapunov", Budget.QUICK, SYSTEMS, FORECASTERS, List.of(0L));
        BenchmarkRunner.Summary s = new BenchmarkRunner(spec, dir, 2, new PrintWriter(new StringWriter())).run();
        assertEquals(0, s.failed());
        assertEquals(dir.resolve("report.html"), Report.write(dir));
        rows = ResultsStore.read(dir.resolve("results.csv"), new ArrayList<>());
    }

    /** Leaderboard lines keyed by "metric|forecaster". */
    static Map<String, String[]> leaderboard(Path d) throws Exception {
        List<String> lines = Files.readAllLines(d.resolve("leaderboard.csv"));
        assertEquals("metric,direction,rank,forecaster,median,q25,q75,iqr,systems,best", lines.get(0));
        Map<String, String[]> m = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            assertEquals(10, c.length, l);
            m.put(c[0] + "|" + c[3], c);
        }
        return m;
    }

    /** Hand computation: per-system median over windows and seeds. */
    static Map<String, Double> perSystem(List<ResultRow> rows, String metric, String forecaster) {
        Map<String, List<Double>> v = new HashMap<>();
        for (ResultRow r : rows) {
            if (r.metric().equals(metric) && r.forecaster().equals(forecaster)) {
                v.computeIfAbsent(r.system(), k -> new ArrayList<>()).add(Double.parseDouble(r.value()));
            }
        }
        Map<String, Double> out = new HashMap<>();
        v.forEach((s, l) -> {
            List<Double> x = l.stream().sorted().collect(Collectors.toList());
            int n = x.size();
            out.put(s, n % 2 == 1 ? x.get(n / 2) : (x.get(n / 2 - 1) + x.get(n / 2)) / 2);
        });
        return out;
    }

    @Test
    void leaderboardMatchesHandComputedMedians() throws Exception {
        Map<String, String[]> lb = leaderboard(dir);
        for (String metric : List.of("vpt_nrmse", "vpt_smape", "smape", "nrmse", "dstsp", "dh", "fit_seconds",
                "nrmse@1", "smape@2.5")) {
            for (String f : FORECASTERS) {
                Map<String, Double> ps = perSystem(rows, metric, f);
                assertEquals(2, ps.size(), metric + " " + f);
                double a = Math.min(ps.get("Lorenz"), ps.get("Henon"));
                double b = Math.max(ps.get("Lorenz"), ps.get("Henon"));
                String[] c = lb.get(metric + "|" + f);
                assertNotNull(c, metric + " " + f);
                String what = metric + " " + f;
                assertEquals((a + b) / 2, Double.parseDouble(c[4]), 1e-12 * Math.max(1, Math.abs(b)), what + " median");
                assertEquals(a + 0.25 * (b - a), Double.parseDouble(c[5]), 1e-12 * Math.max(1, Math.abs(b)), what + " q25");
                assertEquals(a + 0.75 * (b - a), Double.parseDouble(c[6]), 1e-12 * Math.max(1, Math.abs(b)), what + " q75");
                assertEquals(0.5 * (b - a), Double.parseDouble(c[7]), 1e-12 * Math.max(1, Math.abs(b)), what + " iqr");
                assertEquals("2", c[8], what + " systems");
            }
        }
        assertEquals("higher", lb.get("vpt_nrmse|var")[1]);
        assertEquals("lower", lb.get("dstsp|var")[1]);
        assertEquals("lower", lb.get("nrmse@1|var")[1]);
        assertEquals("higher", lb.get("pearson|var")[1]);
        // the floors are listed, without rank or best count
        String[] floor = lb.get("dstsp|" + ResultRow.FLOOR);
        assertEquals("", floor[2]);
        assertEquals("", floor[9]);
        assertEquals("2", floor[8]);
    }

    @Test
    void bestModelCountsRespectDirection() throws Exception {
        Map<String, String[]> lb = leaderboard(dir);
        for (String metric : List.of("vpt_nrmse", "smape", "dstsp", "dh", "r2", "nrmse@0.5")) {
            boolean lower = Report.lowerIsBetter(metric);
            Map<String, Integer> expected = new HashMap<>();
            Map<String, Double> p = perSystem(rows, metric, "persistence");
            Map<String, Double> v = perSystem(rows, metric, "var");
            for (String s : SYSTEMS) {
                double x = p.get(s);
                double y = v.get(s);
                if (x == y || (lower ? x < y : x > y)) {
                    expected.merge("persistence", 1, Integer::sum);
                }
                if (x == y || (lower ? y < x : y > x)) {
                    expected.merge("var", 1, Integer::sum);
                }
            }
            for (String f : FORECASTERS) {
                assertEquals(expected.getOrDefault(f, 0), Integer.parseInt(lb.get(metric + "|" + f)[9]), metric + " " + f);
            }
            // rank 1 has the best median in the metric's direction
            double m1 = Double.parseDouble(lb.get(metric + "|persistence")[4]);
            double m2 = Double.parseDouble(lb.get(metric + "|var")[4]);
            String first = (lower ? m1 <= m2 : m1 >= m2) ? "persistence" : "var";
            assertEquals("1", lb.get(metric + "|" + first)[2], metric);
        }
        assertTrue(Report.lowerIsBetter("dstsp") && Report.lowerIsBetter("dh") && Report.lowerIsBetter("smape@3"));
        assertFalse(Report.lowerIsBetter("vpt_nrmse") || Report.lowerIsBetter("vpt_smape")
                || Report.lowerIsBetter("vpt_nrmse@0.3"));
    }

    @Test
    void plotsAreValidPngs() throws Exception {
        List<String> names = List.of("horizon-nrmse.png", "horizon-smape.png", "fit-time-vs-vpt.png",
                "forecast-Lorenz.png", "forecast-Henon.png");
        for (String n : names) {
            Path p = dir.resolve("plots").resolve(n);
            assertTrue(Files.isRegularFile(p), n);
            byte[] b = Files.readAllBytes(p);
            assertTrue(b.length > 5_000, n + " is suspiciously small: " + b.length + " bytes");
            assertEquals(0x89, b[0] & 0xff, n);
            assertEquals("PNG", new String(b, 1, 3, StandardCharsets.US_ASCII), n);
            BufferedImage img = ImageIO.read(p.toFile());
            assertNotNull(img, n);
            assertEquals(Plots.WIDTH, img.getWidth(), n);
            assertEquals(Plots.HEIGHT, img.getHeight(), n);
            assertTrue(colours(img) > 3, n + " is (nearly) blank");
        }
    }

    private static int colours(BufferedImage img) {
        java.util.Set<Integer> c = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                c.add(img.getRGB(x, y));
            }
        }
        return c.size();
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("http"), "no network resource may be referenced");
        assertFalse(html.contains("<script") || html.contains("<link"), "no external scripts or style sheets");
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            assertTrue(m.group(1).startsWith("data:image/png;base64,"), m.group(1));
            images++;
        }
        assertEquals(5, images);
        String md = Files.readString(dir.resolve("report.md"));
        Matcher links = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]*)\\)").matcher(md);
        int n = 0;
        while (links.find()) {
            assertTrue(Files.isRegularFile(dir.resolve(links.group(1))), links.group(1));
            n++;
        }
        assertEquals(5, n);
    }

    @Test
    void reportOpensWithPresetBudgetAndCaps() throws Exception {
        String md = Files.readString(dir.resolve("report.md"));
        int run = md.indexOf("## Run");
        int board = md.indexOf("## Leaderboard");
        assertTrue(run > 0 && board > run, md);
        String head = md.substring(run, board);
        assertTrue(head.contains("Preset: lyapunov"), head);
        assertTrue(head.contains("Budget: quick"), head);
        assertTrue(head.contains("origins: 5"), head);
        assertTrue(head.contains("maxHyperparameterCandidates: 4"), head);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Preset: lyapunov") && html.contains("origins: 5"));
        assertTrue(md.contains("No task failed."));
        for (String section : List.of("## Short-term error", "## Long-term (attractor) scores", "## Invariant errors",
                "## Cost",
                "## Failures", "## Horizon curves", "## Fit time vs accuracy", "## Forecasts")) {
            assertTrue(md.indexOf(section) > board, section);
        }
        assertTrue(md.contains("D\\_stsp floor"));
    }

    @Test
    void failedTaskIsReported() throws Exception {
        Path failed = root.resolve("failed");
        Files.createDirectories(failed);
        Files.copy(dir.resolve("manifest.json"), failed.resolve("manifest.json"));
        // results.csv as the runner writes it when var fails on Henon (see BenchmarkRunner.failure)
        List<ResultRow> kept = new ArrayList<>();
        for (ResultRow r : rows) {
            if (!(r.system().equals("Henon") && r.forecaster().equals("var"))) {
                kept.add(r);
            }
        }
        kept.add(new ResultRow("Henon", "var", 0, -1, "_settings", "{}"));
        kept.add(new ResultRow("Henon", "var", 0, -1, ResultRow.STATUS,
                "failed: var returned a non-finite value at step 17"));
        StringBuilder csv = new StringBuilder(String.join(",", ResultRow.HEADER)).append('\n');
        for (ResultRow r : kept) {
            csv.append(String.join(",", r.system(), r.forecaster(), Long.toString(r.seed()),
                    Integer.toString(r.window()), r.metric(), '"' + r.value().replace("\"", "\"\"") + '"')).append('\n');
        }
        Files.writeString(failed.resolve("results.csv"), csv);
        Report.write(failed);
        String md = Files.readString(failed.resolve("report.md"));
        String html = Files.readString(failed.resolve("report.html"));
        String failures = md.substring(md.indexOf("## Failures"), md.indexOf("## Horizon curves"));
        assertTrue(failures.contains("1 failure(s)"), failures);
        assertTrue(failures.contains("| Henon | var | 0 | task | var returned a non-finite value at step 17 |"), failures);
        assertTrue(html.contains("<td>var returned a non-finite value at step 17</td>"), "HTML shows the message");
        Map<String, String[]> lb = leaderboard(failed);
        assertEquals("1", lb.get("vpt_nrmse|var")[8], "var is scored on one system only");
        assertEquals("2", lb.get("vpt_nrmse|persistence")[8]);
        assertEquals(Double.toString(perSystem(rows, "vpt_nrmse", "var").get("Lorenz")), lb.get("vpt_nrmse|var")[4]);
    }

    @Test
    void emptyResultsStillGiveAReport() throws Exception {
        Path empty = root.resolve("empty");
        Files.createDirectories(empty);
        Files.copy(dir.resolve("manifest.json"), empty.resolve("manifest.json"));
        Files.writeString(empty.resolve("results.csv"), String.join(",", ResultRow.HEADER) + "\n");
        Report.write(empty);
        String md = Files.readString(empty.resolve("report.md"));
        assertTrue(md.contains("Preset: lyapunov"), md);
        assertTrue(md.contains("6 of 6 tasks of the spec have no results yet"), md);
        assertTrue(md.contains("No forecast samples"), md);
        assertEquals(1, Files.readAllLines(empty.resolve("leaderboard.csv")).size(), "header only");
    }

    @Test
    void quantilesInterpolateLinearly() {
        assertEquals(2.5, Report.median(List.of(4.0, 1.0, 2.0, 3.0)), 0);
        assertEquals(3.0, Report.median(List.of(5.0, 3.0, 1.0)), 0);
        assertEquals(1.75, Report.quantile(List.of(1.0, 2.0, 3.0, 4.0), 0.25), 1e-15);
        assertEquals(3.25, Report.quantile(List.of(1.0, 2.0, 3.0, 4.0), 0.75), 1e-15);
        assertEquals(7.0, Report.quantile(List.of(7.0), 0.25), 0);
        assertTrue(Double.isNaN(Report.median(List.of())));
        assertEquals("0.123", Report.fmt(0.12345));
        assertEquals("1.23e-05", Report.fmt(1.2345e-5));
        assertEquals("–", Report.fmt(Double.NaN));
    }
}
