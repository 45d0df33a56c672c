package io.github.chaoskit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java example of the README, compiled and run here. The test also checks that the README
 * still shows exactly this code, so the two cannot drift apart.
 */
class ReadmeExampleTest {

    static Trajectory example() {
        // example:start
        Flow lorenz = Catalog.flow("Lorenz").withParameter("rho", 30.0);
        TrajectoryGenerator generator = TrajectoryGenerator.builder()
                .sampling(Sampling.pointsPerPeriod(100))   // dysts's time grid
                .transientTime(10.0)                       // integrate and discard t < 10
                .observationNoise(0.01).seed(42)           // 1 % noise, reproducible
                .build();
        Trajectory tr = generator.generate(lorenz, 5000);
        double[] x = tr.column(0);
        System.out.println(tr + ", x at the end: " + x[x.length - 1]);
        // example:end
        return tr;
    }

    @Test
    void exampleRuns() {
        Trajectory tr = example();
        assertEquals(5000, tr.size());
        assertEquals(3, tr.dimension());
        assertEquals(tr.values().length, 15000);
        assertTrue(Math.abs(tr.value(4999, 2)) < 100);
    }

    @Test
    void readmeShowsThisExample() throws IOException {
        Path readme = Path.of("..", "README.md");
        List<String> inReadme = codeLines(Files.readString(readme, StandardCharsets.UTF_8),
                "<!-- example:start -->", "<!-- example:end -->");
        Path self = Path.of("src", "test", "java", "io", "github", "chaoskit", "ReadmeExampleTest.java");
        List<String> inTest = codeLines(Files.readString(self, StandardCharsets.UTF_8), "// example:start",
                "// example:end");
        assertTrue(inReadme.size() > 3, "README example block not found");
        assertEquals(inTest, inReadme, "README.md's Java example differs from ReadmeExampleTest");
    }

    private static List<String> codeLines(String text, String start, String end) {
        int a = text.indexOf(start);
        int b = text.indexOf(end, a + 1);
        List<String> lines = new ArrayList<>();
        if (a < 0 || b < 0) {
            return lines;
        }
        for (String line : text.substring(a + start.length(), b).split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("```") && !t.startsWith("import ")) {
                lines.add(t);
            }
        }
        return lines;
    }
}
