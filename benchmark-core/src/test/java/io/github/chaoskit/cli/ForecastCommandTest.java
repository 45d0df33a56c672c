package io.github.chaoskit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.bench.Budget;
import io.github.chaoskit.bench.LyapunovProtocol;
import io.github.chaoskit.bench.SystemData;
import io.github.chaoskit.bench.Window;
import io.github.chaoskit.cli.ChaosKitCliTest.Run;
import io.github.chaoskit.io.TrajectoryCsv;
import io.github.chaoskit.metrics.ValidPredictionTime;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    @TempDir
    Path dir;

    @Test
    void alrnnExplainPrintsSymbolicCodeFixedPointsAndLyapunovSpectrum() throws IOException {
        Path f = dir.resolve("forecast.csv");
        Run r = ChaosKitCliTest.run("forecast", "--forecaster", "alrnn", "--system", "Lorenz", "--budget", "quick",
                "--set", "epochs=20", "--explain", "--out", f.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Lyapunov spectrum of the learned map"), out);
        assertTrue(out.matches("(?s).*symbolic code: \\d+ of 1024 linear subregions visited.*"), out);
        assertTrue(out.contains("fixed points of the visited regions"), out);
        assertTrue(out.contains("ReLU units P = 10"), out);
        assertTrue(out.contains("valid prediction time"), out);
        SystemData data = new LyapunovProtocol().prepare(Catalog.get("Lorenz"), Budget.QUICK);
        Window w = data.windows().get(0);
        Trajectory fc = TrajectoryCsv.read(Files.newBufferedReader(f), "Lorenz");
        assertEquals(w.truth().size(), fc.size(), "the forecast spans the protocol's horizon");
        assertArrayEquals(w.truth().times(), fc.times(), 1e-9, "the forecast continues the history's grid");
    }

    @Test
    void printedValidPredictionTimeIsTheMetricOnTheFirstWindow() throws IOException {
        Path f = dir.resolve("p.csv");
        Run r = ChaosKitCliTest.run("forecast", "-f", "persistence", "--system", "Rossler", "--out", f.toString());
        assertEquals(0, r.code(), r.err());
        SystemData data = new LyapunovProtocol().prepare(Catalog.get("Rossler"), Budget.FULL);
        Window w = data.windows().get(0);
        Trajectory fc = TrajectoryCsv.read(Files.newBufferedReader(f), "Rossler");
        // persistence repeats the last observed state
        double[] last = w.history().row(w.history().size() - 1);
        for (int i = 0; i < fc.size(); i++) {
            assertArrayEquals(last, fc.row(i), 0.0);
        }
        ValidPredictionTime.Result vpt = ValidPredictionTime.NRMSE.evaluate(w.truth(), fc, data.context());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "%.3f Lyapunov times (%d steps", vpt.lyapunovTimes(),
                vpt.validSteps())), r.out());
    }

    @Test
    void forecastPastTheEndOfACsvIsSeededAndReproducible() throws Exception {
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.02)).transientTime(20).build()
                .generate(Catalog.get("Lorenz"), 3000);
        Path in = dir.resolve("lorenz.csv.gz");
        io.github.chaoskit.io.AtomicFiles.write(in, wr -> TrajectoryCsv.write(tr, wr));
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        for (Path p : new Path[] {a, b}) {
            Run r = ChaosKitCliTest.run("forecast", "-f", "esn", "--input", in.toString(), "--steps", "50", "--seed",
                    "7", "--out", p.toString());
            assertEquals(0, r.code(), r.err());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same seed, same bytes");
        Trajectory fc = TrajectoryCsv.read(Files.newBufferedReader(a), "Lorenz");
        assertEquals(50, fc.size());
        assertEquals(tr.time(tr.size() - 1) + 0.02, fc.time(0), 1e-9);
        Run other = ChaosKitCliTest.run("forecast", "-f", "esn", "--input", in.toString(), "--steps", "50", "--seed",
                "8", "--out", dir.resolve("c.csv").toString());
        assertEquals(0, other.code(), other.err());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(dir.resolve("c.csv"))),
                "another seed draws another reservoir");
    }

    @Test
    void badInputGivesOneLineAndExitCode2() throws IOException {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "t,x\n0,1\n1,2\n");
        String[][] cases = {
            {"forecast", "-f", "lstm", "--system", "Lorenz"},
            {"forecast", "-f", "var"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--input", csv.toString()},
            {"forecast", "-f", "var", "--input", csv.toString()},
            {"forecast", "-f", "var", "--input", dir.resolve("missing.csv").toString(), "--steps", "5"},
            {"forecast", "-f", "var", "--system", "Lornez"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--window", "99"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--steps", "0"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--steps", "100000"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--set", "q=3"},
            {"forecast", "-f", "alrnn", "--system", "Lorenz", "--set", "latent=2"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--budget", "huge"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--preset", "weekly"},
            {"forecast", "-f", "var", "--system", "Lorenz", "--out", "/nonexistent-dir/f.csv"},
        };
        for (String[] c : cases) {
            Run r = ChaosKitCliTest.run(c);
            String what = String.join(" ", c);
            assertEquals(2, r.code(), what + " -> " + r.err());
            assertEquals(1, r.err().strip().split("\n").length, what + " must print one line: " + r.err());
            assertTrue(r.err().startsWith("chaoskit: "), what + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        assertTrue(ChaosKitCliTest.run("forecast", "-f", "lstm", "--system", "Lorenz").err().contains("alrnn"),
                "lists the known forecasters");
    }
}
