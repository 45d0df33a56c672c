package io.github.chaoskit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chaoskit.invariants.LyapunovResult;
import io.github.chaoskit.invariants.LyapunovSpectrum;
import io.github.chaoskit.invariants.SystemInvariants;
import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit invariants}: Lyapunov spectra and derived invariants from the equations. */
@Command(name = "invariants", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compute a system's Lyapunov spectrum (QR of the tangent dynamics with the analytic Jacobian),",
            "Kaplan-Yorke dimension and Kolmogorov-Sinai entropy; --all does the whole catalog in parallel."})
final class InvariantsCommand implements Callable<Integer> {

    /** Columns of the catalog invariants table. */
    static final String[] HEADER = {"system", "kind", "lambda1", "lambda1_se", "spectrum", "spectrum_se", "sum",
        "mean_divergence", "kaplan_yorke", "ks_entropy", "regime", "method", "seconds"};

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "system name (omit with --all)")
    private String name;

    @Option(names = "--all", description = "every system of the catalog (or of --kind)")
    private boolean all;

    @Option(names = "--kind", paramLabel = "KIND", description = "with --all: only ode, dde or map")
    private String kind;

    @Option(names = "--periods", paramLabel = "P", defaultValue = "400",
            description = "dominant periods averaged over, flows (default ${DEFAULT-VALUE})")
    private double periods;

    @Option(names = "--transient", paramLabel = "P", defaultValue = "20",
            description = "periods of transient discarded, flows (default ${DEFAULT-VALUE})")
    private double transientPeriods;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100000",
            description = "iterations averaged over, maps (default ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--json", description = "print JSON (single system)")
    private boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "with --all: write the table as CSV to FILE")
    private Path out;

    @Override
    public Integer call() throws Exception {
        LyapunovSpectrum.Options options = LyapunovSpectrum.Options.defaults()
                .withPeriods(transientPeriods, periods).withIterations(1000, iterations);
        PrintWriter pw = spec.commandLine().getOut();
        if (!all) {
            if (name == null) {
                throw new IllegalArgumentException("give a system NAME or --all");
            }
            DynamicalSystem system = Catalog.get(name);
            SystemInvariants inv = SystemInvariants.compute(system, optionsFor(system, options));
            print(inv, pw);
            return 0;
        }
        if (name != null) {
            throw new IllegalArgumentException("give either a system NAME or --all, not both");
        }
        if (out != null) {
            AtomicFiles.checkWritable(out);
        }
        SystemKind k = kind == null ? null : SystemKind.parse(kind);
        List<DynamicalSystem> systems = Catalog.select(s -> k == null || s.kind() == k);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + n);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Object>> futures = new ArrayList<>();
        for (DynamicalSystem s : systems) {
            futures.add(pool.submit(() -> {
                try {
                    return SystemInvariants.compute(s, optionsFor(s, options));
                } catch (RuntimeException e) {
                    return s.name() + ": " + e.getMessage();
                }
            }));
        }
        pool.shutdown();
        List<SystemInvariants> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        long t0 = System.nanoTime();
        Progress bar = new Progress(spec.commandLine().getErr(), "invariants", systems.size(), System.console() != null);
        for (int i = 0; i < futures.size(); i++) {
            Object r = futures.get(i).get();
            if (r instanceof SystemInvariants) {
                done.add((SystemInvariants) r);
            } else {
                failed.add((String) r);
            }
            bar.update(i + 1);
        }
        bar.done();
        double wall = (System.nanoTime() - t0) * 1e-9;
        String provenance = String.format(Locale.ROOT, "chaoskit %s, %s, %d systems, %d threads, %.1f s wall; "
                + "flows: %s periods after %s periods of transient; maps: %d iterations",
                ChaosKit.Version.version(), LocalDate.now(ZoneOffset.UTC), done.size(), n, wall, periods,
                transientPeriods, iterations);
        if (out != null) {
            AtomicFiles.write(out, w -> {
                try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER)
                        .setHeaderComments("Lyapunov spectra computed by chaoskit from the equations", provenance,
                                "regenerate: chaoskit invariants --all --out data/catalog-invariants.csv")
                        .setCommentMarker('#').setRecordSeparator('\n').get())) {
                    for (SystemInvariants inv : done) {
                        p.printRecord(row(inv));
                    }
                }
            });
            spec.commandLine().getErr().println("wrote " + done.size() + " systems to " + out + " (" + provenance + ")");
        } else {
            for (SystemInvariants inv : done) {
                pw.println(String.join(",", row(inv)));
            }
        }
        for (String f : failed) {
            spec.commandLine().getErr().println("chaoskit: failed: " + f);
        }
        return failed.isEmpty() ? 0 : ChaosKit.EXIT_USAGE;
    }

    /**
     * Delay equations converge slowly (their periods are short next to their Lyapunov times):
     * they are averaged over at least {@value #DDE_TIME} time units.
     */
    static LyapunovSpectrum.Options optionsFor(DynamicalSystem s, LyapunovSpectrum.Options options) {
        if (s.kind() != SystemKind.DDE) {
            return options;
        }
        double period = s.info().period();
        return options.withPeriods(options.transientPeriods(), Math.max(options.periods(), DDE_TIME / period));
    }

    /** Minimum averaging time for delay equations, in time units. */
    static final double DDE_TIME = 20_000;

    static List<String> row(SystemInvariants inv) {
        LyapunovResult l = inv.lyapunov();
        DynamicalSystem s = Catalog.get(inv.system());
        double timeScale = s.kind() == SystemKind.MAP ? 1.0 : s.info().period();
        return List.of(inv.system(), inv.kind(), num(l.largest()), num(l.standardErrors()[0]), join(l.exponents()),
                join(l.standardErrors()), num(l.sum()), num(l.meanDivergence()), num(l.kaplanYorkeDimension()),
                num(l.kolmogorovSinaiEntropy()), inv.regime(timeScale), l.method(),
                String.format(Locale.ROOT, "%.2f", inv.seconds()));
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static String join(double[] v) {
        return Arrays.stream(v).mapToObj(Double::toString).collect(Collectors.joining(";"));
    }

    private void print(SystemInvariants inv, PrintWriter pw) throws Exception {
        LyapunovResult l = inv.lyapunov();
        DynamicalSystem s = Catalog.get(inv.system());
        double timeScale = s.kind() == SystemKind.MAP ? 1.0 : s.info().period();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", inv.system());
            m.put("lyapunovSpectrum", l.exponents());
            m.put("standardErrors", l.standardErrors());
            m.put("sum", l.sum());
            m.put("meanDivergence", l.meanDivergence());
            m.put("kaplanYorkeDimension", l.kaplanYorkeDimension());
            m.put("kolmogorovSinaiEntropy", l.kolmogorovSinaiEntropy());
            m.put("regime", inv.regime(timeScale));
            m.put("method", l.method());
            m.put("seconds", inv.seconds());
            pw.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            return;
        }
        pw.println(inv.system() + " (" + inv.kind() + ")");
        double[] e = l.exponents();
        double[] se = l.standardErrors();
        for (int i = 0; i < e.length; i++) {
            pw.printf(Locale.ROOT, "  lambda_%d = %+.5f ± %.5f%n", i + 1, e[i], se[i]);
        }
        pw.printf(Locale.ROOT, "  sum = %.6f (mean divergence along the orbit %.6f)%n", l.sum(), l.meanDivergence());
        pw.printf(Locale.ROOT, "  Kaplan-Yorke dimension = %.4f, Kolmogorov-Sinai entropy <= %.5f, regime: %s%n",
                l.kaplanYorkeDimension(), l.kolmogorovSinaiEntropy(), inv.regime(timeScale));
        s.info().reference().lyapunovSpectrum().ifPresent(ref -> pw.println("  dysts reference spectrum: "
                + Arrays.toString(ref)));
        pw.println("  method: " + l.method());
        pw.printf(Locale.ROOT, "  %.2f s%n", inv.seconds());
    }
}
