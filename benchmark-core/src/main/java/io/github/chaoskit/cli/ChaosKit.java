package io.github.chaoskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chaoskit} command line: catalog listing, system information and trajectory
 * generation. Every error a user can cause is reported as one line on standard error with exit
 * code 2; no stack traces.
 */
@Command(name = "chaoskit", mixinStandardHelpOptions = true, versionProvider = ChaosKit.Version.class,
        description = "Benchmarking forecasts of chaotic systems.",
        subcommands = {SystemsCommand.class, InfoCommand.class, GenerateCommand.class, InvariantsCommand.class,
            ForecastCommand.class, BenchmarkCommand.class, ReportCommand.class, DatasetsCommand.class,
            CommandLine.HelpCommand.class})
public final class ChaosKit implements Runnable {

    /** Exit code for bad input (usage errors, unknown names, invalid values, diverging systems). */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the report renders its plots off-screen
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line without exiting (for tests and embedding).
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code: 0 success, 2 bad input, 1 internal error
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ChaosKit());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("chaoskit: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName()
                    + " --help')");
            c.getErr().flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("chaoskit: " + describe(ex));
            c.getErr().flush();
            return isUserError(ex) ? EXIT_USAGE : 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean isUserError(Throwable ex) {
        return ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof IOException || ex instanceof UncheckedIOException
                || ex instanceof UnsupportedOperationException;
    }

    private static String describe(Throwable ex) {
        Throwable t = ex;
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        if (!isUserError(t)) {
            msg = "internal error: " + t.getClass().getSimpleName() + ": " + msg;
        }
        return msg.replace('\n', ' ');
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        /** @return the version from the jar manifest, or "development build". */
        static String version() {
            String v = ChaosKit.class.getPackage().getImplementationVersion();
            return v == null ? "development build" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"chaoskit " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
