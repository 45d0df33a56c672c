package io.github.chaoskit.cli;

import io.github.chaoskit.report.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit report DIR}: leaderboard and report of a results directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write leaderboard.csv, report.md and report.html (with PNG plots) for a results directory.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "results directory of 'chaoskit benchmark'")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        Path html = writeReport(dir, spec.commandLine().getErr());
        spec.commandLine().getOut().println("report: " + html);
        return 0;
    }

    static Path writeReport(Path dir, PrintWriter log) throws Exception {
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("results.csv"))) {
            throw new IllegalArgumentException(dir + " is not a results directory (no results.csv)");
        }
        return Report.write(dir);
    }
}
