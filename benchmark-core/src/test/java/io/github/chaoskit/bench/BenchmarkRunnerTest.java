package io.github.chaoskit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {

    @TempDir
    Path dir;

    static BenchmarkSpec spec() {
        return new BenchmarkSpec("lyapunov", Budget.QUICK, List.of("Lorenz", "Henon"), List.of("persistence", "var"),
                List.of(0L));
    }

    static BenchmarkRunner.Summary run(BenchmarkSpec spec, Path out, int threads) throws Exception {
        return new BenchmarkRunner(spec, out, threads, new PrintWriter(new StringWriter())).run();
    }

    /** Rows without the timing/memory rows, which legitimately differ between runs. */
    static List<String> scores(Path out) throws IOException {
        return Files.readAllLines(out.resolve("results.csv")).stream()
                .filter(l -> !l.contains("_seconds") && !l.contains("allocated_mb")).collect(Collectors.toList());
    }

    @Test
    void sameScoresForAnyThreadCount() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        BenchmarkRunner.Summary s1 = run(spec(), one, 1);
        run(spec(), two, 2);
        assertEquals(6, s1.tasks()); // 2 systems × (2 forecasters + floor)
        assertEquals(0, s1.failed());
        assertEquals(scores(one), scores(two));
        List<String> lines = scores(one);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Lorenz,var,0,0,vpt_nrmse,")), "VPT scored");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Lorenz,_floor,0,-1,dstsp,")), "floor scored");
        assertEquals(5, lines.stream().filter(l -> l.startsWith("Henon,var,0,") && l.contains(",smape,")).count(),
                "5 windows in the quick budget");
    }

    @Test
    void killedRunResumesAndLosesNothing() throws Exception {
        Path out = dir.resolve("run");
        run(spec(), out, 2);
        List<String> complete = scores(out);
        // simulate a kill in the middle of writing the last task: drop its status row and cut a line in half
        Path results = out.resolve("results.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(results));
        String victim = "Lorenz,var,0,";
        lines.removeIf(l -> l.startsWith(victim) && l.contains("_status"));
        String text = String.join("\n", lines) + "\nLorenz,var,0,3,sma";
        Files.writeString(results, text, StandardCharsets.UTF_8);
        StringWriter log = new StringWriter();
        BenchmarkRunner.Summary s = new BenchmarkRunner(spec(), out, 2, new PrintWriter(log)).run();
        assertEquals(5, s.skipped(), "every complete task is kept");
        assertTrue(log.toString().contains("truncated"), log.toString());
        assertTrue(log.toString().contains("Lorenz|var|0 was interrupted"), log.toString());
        assertEquals(complete, scores(out), "the re-run task reproduces exactly the lost rows");
    }

    @Test
    void corruptLineIsReportedAndItsTaskRerun() throws Exception {
        Path out = dir.resolve("corrupt");
        run(spec(), out, 1);
        Path results = out.resolve("results.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(results));
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith("Henon,persistence,0,-1,_status")).findFirst().get());
        lines.set(i, "Henon,persistence,zero,-1,_status,ok,extra");
        Files.writeString(results, String.join("\n", lines) + "\n");
        StringWriter log = new StringWriter();
        BenchmarkRunner.Summary s = new BenchmarkRunner(spec(), out, 1, new PrintWriter(log)).run();
        assertTrue(log.toString().contains("corrupt"), log.toString());
        assertEquals(5, s.skipped());
        assertTrue(Files.readString(results).contains("Henon,persistence,0,-1,_status,ok"));
    }

    @Test
    void refusesToMixSpecs() throws Exception {
        Path out = dir.resolve("mix");
        run(spec(), out, 2);
        BenchmarkSpec other = new BenchmarkSpec("lyapunov", Budget.QUICK, List.of("Lorenz", "Henon"),
                List.of("persistence"), List.of(0L));
        IOException e = assertThrows(IOException.class, () -> run(other, out, 2));
        assertTrue(e.getMessage().contains("different benchmark") && e.getMessage().contains("forecasters"),
                e.getMessage());
    }

    @Test
    void failingForecastersAreRecordedAndTheRunGoesOn() throws Exception {
        Path out = dir.resolve("fail");
        BenchmarkSpec s = new BenchmarkSpec("dysts2023:coarse", Budget.QUICK, List.of("Lorenz", "Rossler"),
                List.of("test-throwing", "persistence", "test-nan"), List.of(0L));
        BenchmarkRunner.Summary sum = run(s, out, 2);
        assertEquals(4, sum.failed(), "2 broken forecasters × 2 systems");
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertTrue(lines.contains("Lorenz,test-throwing,0,-1,_status,failed: boom in fit"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Rossler,test-nan,0,-1,_status,failed: test-nan returned a non-finite")));
        assertTrue(lines.contains("Rossler,persistence,0,-1,_status,ok"));
    }

    @Test
    void badSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkSpec("lyapunov", Budget.QUICK, List.of("Lorenz"), List.of("lstm"), List.of(0L)));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkSpec("weekly", Budget.QUICK, List.of("Lorenz"), List.of("var"), List.of(0L)));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkSpec("dysts2023:tiny", Budget.QUICK, List.of("Lorenz"), List.of("var"), List.of(0L)));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkSpec("dysts2023", Budget.QUICK, List.of("Henon"), List.of("var"), List.of(0L)),
                "maps are not part of dysts2023");
        assertThrows(IllegalArgumentException.class, () -> Budget.parse("medium"));
    }

    @Test
    void datasetsRegenerateBitForBit() throws Exception {
        // the committed data/dysts2023-coarse files must be reproduced exactly
        Protocol p = Protocol.parse("dysts2023:coarse");
        for (String name : List.of("Lorenz", "MackeyGlass", "Duffing")) {
            for (var e : p.datasets(io.github.chaoskit.systems.Catalog.get(name)).entrySet()) {
                Path committed = Path.of("..", "data", "dysts2023-coarse", name + "-" + e.getKey() + ".csv.gz");
                Path fresh = dir.resolve(name + "-" + e.getKey() + ".csv.gz");
                io.github.chaoskit.io.AtomicFiles.write(fresh, w -> io.github.chaoskit.io.TrajectoryCsv.write(e.getValue(), w));
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(fresh)),
                        committed + " differs from a fresh regeneration");
            }
        }
    }
}
