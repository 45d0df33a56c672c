package io.github.chaoskit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chaoskit.io.TrajectoryCsv;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosKitCliTest {

    @TempDir
    Path dir;

    /** Result of one CLI run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ChaosKit.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void generateRoundTripsThroughCsv() throws IOException {
        Path f = dir.resolve("lorenz.csv");
        Run r = run("generate", "lorenz", "--n", "300", "--out", f.toString());
        assertEquals(0, r.code(), r.err());
        Trajectory read = TrajectoryCsv.read(Files.newBufferedReader(f), "Lorenz");
        Trajectory expected = TrajectoryGenerator.defaults().generate(Catalog.get("Lorenz"), 300);
        assertEquals(300, read.size());
        assertEquals(java.util.List.of("x0", "x1", "x2"), read.columnNames());
        assertArrayEquals(expected.values(), read.values(), 0.0, "CSV must round-trip exactly");
        assertArrayEquals(expected.times(), read.times(), 0.0);
    }

    @Test
    void generateToStdoutWithOptions() throws IOException {
        Run r = run("generate", "Lorenz", "--n", "20", "--dt", "0.01", "--param", "rho=30", "--ic", "1,2,3",
                "--noise", "0.1", "--seed", "3", "--standardize", "--integrator", "gbs", "--transient", "1");
        assertEquals(0, r.code(), r.err());
        Trajectory t = TrajectoryCsv.read(new StringReader(r.out()), "Lorenz");
        assertEquals(20, t.size());
        assertEquals(0.19, t.time(19), 1e-15);
        Run again = run("generate", "Lorenz", "--n", "20", "--dt", "0.01", "--param", "rho=30", "--ic", "1,2,3",
                "--noise", "0.1", "--seed", "3", "--standardize", "--integrator", "gbs", "--transient", "1");
        assertEquals(r.out(), again.out(), "same seed, same bytes");
    }

    @Test
    void gzipOutput() throws IOException {
        Path f = dir.resolve("henon.csv.gz");
        assertEquals(0, run("generate", "Henon", "--n", "100", "--out", f.toString()).code());
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(101, text.split("\n").length);
            assertTrue(text.startsWith("t,x0,x1\n"));
        }
    }

    @Test
    void badInputGivesOneLineAndExitCode2() {
        String[][] cases = {
            {"generate", "Lornez", "--n", "10"},
            {"generate", "Lorenz", "--n", "0"},
            {"generate", "Lorenz", "--n", "-5"},
            {"generate", "Lorenz", "--n", "ten"},
            {"generate", "Lorenz", "--n", "10", "--param", "gamma=1"},
            {"generate", "Lorenz", "--n", "10", "--param", "rho=abc"},
            {"generate", "Lorenz", "--n", "10", "--ic", "1,2"},
            {"generate", "Lorenz", "--n", "10", "--ic", "1,NaN,3"},
            {"generate", "Lorenz", "--n", "10", "--dt", "0"},
            {"generate", "Lorenz", "--n", "10", "--dt", "NaN"},
            {"generate", "Lorenz", "--n", "10", "--pts-per-period", "-3"},
            {"generate", "Lorenz", "--n", "10", "--pts-per-period", "Infinity"},
            {"generate", "Lorenz", "--n", "10", "--dt", "0.1", "--pts-per-period", "3"},
            {"generate", "Lorenz", "--n", "10", "--integrator", "euler"},
            {"generate", "Lorenz", "--n", "10", "--rtol", "0"},
            {"generate", "Lorenz", "--n", "10", "--out", "/nonexistent-dir/x.csv"},
            {"generate", "Henon", "--n", "100", "--param", "a=3"},
            {"info", "Lorentz"},
            {"systems", "--kind", "pde"},
            {"systems", "--dim", "0"},
            {"frobnicate"},
            {"benchmark", "--forecasters", "lstm"},
            {"benchmark", "--preset", "weekly"},
            {"benchmark", "--budget", "medium"},
            {"benchmark", "--systems", "Lornz"},
            {"benchmark", "--out", "/nonexistent-dir/run"},
            {"datasets", "--preset", "dysts2023:tiny", "--out", "x"},
            {"report", "/nonexistent-dir"},
            {"invariants"},
        };
        for (String[] c : cases) {
            Run r = run(c);
            String what = String.join(" ", c);
            assertEquals(2, r.code(), what + " -> " + r.err());
            assertEquals(1, r.err().strip().split("\n").length, what + " must print one line: " + r.err());
            assertTrue(r.err().startsWith("chaoskit: "), what + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        assertTrue(run("generate", "Lornez", "--n", "10").err().contains("Lorenz"), "suggests the closest name");
    }

    @Test
    void divergingRunLeavesNoFileBehind() throws IOException {
        Path f = dir.resolve("blowup.csv");
        Run r = run("generate", "Henon", "--n", "1000", "--param", "a=3", "--out", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("diverged at"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "neither the output nor a temporary file may remain");
        }
    }

    @Test
    void failedRunKeepsPreviousFile() throws IOException {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "old content\n");
        assertEquals(2, run("generate", "Henon", "--n", "1000", "--param", "a=3", "--out", f.toString()).code());
        assertEquals("old content\n", Files.readString(f));
    }

    @Test
    void systemsAndInfo() throws IOException {
        Run table = run("systems");
        assertEquals(0, table.code());
        assertTrue(table.out().contains("Lorenz"));
        Run maps = run("systems", "--kind", "map", "--json");
        JsonNode arr = new ObjectMapper().readTree(maps.out());
        assertTrue(arr.size() >= 1);
        arr.forEach(n -> assertEquals("map", n.get("kind").asText()));
        Run info = run("info", "lorenz");
        assertEquals(0, info.code());
        assertTrue(info.out().contains("dx/dt = σ·(y − x)"), info.out());
        assertTrue(info.out().contains("rho = 28"), info.out());
        assertTrue(info.out().contains("Lorenz, Edward N (1963)"), info.out());
        JsonNode j = new ObjectMapper().readTree(run("info", "Lorenz", "--json").out());
        assertEquals(28.0, j.get("parameters").get("rho").asDouble(), 0.0);
        assertEquals(3, j.get("initialCondition").size());
    }
}
