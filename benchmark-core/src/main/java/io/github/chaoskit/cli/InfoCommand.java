package io.github.chaoskit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.ReferenceInvariants;
import io.github.chaoskit.systems.SystemInfo;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit info NAME}: equations, parameters and metadata of one system. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a system's equations, parameters, initial condition, metadata and citation.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "system name (case-insensitive)")
    private String name;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        DynamicalSystem s = Catalog.get(name);
        SystemInfo info = s.info();
        ReferenceInvariants ref = info.reference();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", info.name());
            m.put("dystsName", info.dystsName());
            m.put("kind", info.kind().name().toLowerCase(Locale.ROOT));
            m.put("dimension", s.dimension());
            m.put("stateNames", info.stateNames());
            m.put("equations", info.equations());
            m.put("postprocessing", info.postprocessing().orElse(null));
            m.put("parameters", s.parameters().asMap());
            m.put("initialCondition", s.initialCondition());
            m.put("dt", SystemsCommand.finiteOrNull(info.dt()));
            m.put("period", SystemsCommand.finiteOrNull(info.period()));
            m.put("hamiltonian", info.hamiltonian());
            m.put("nonautonomous", info.nonautonomous());
            m.put("unboundedIndices", info.unboundedIndices());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("source", ref.source());
            r.put("maximumLyapunovEstimated", ref.maximumLyapunovEstimated().isPresent()
                    ? ref.maximumLyapunovEstimated().getAsDouble() : null);
            r.put("lyapunovSpectrum", ref.lyapunovSpectrum().orElse(null));
            r.put("kaplanYorkeDimension", ref.kaplanYorkeDimension().isPresent()
                    ? ref.kaplanYorkeDimension().getAsDouble() : null);
            r.put("correlationDimension", ref.correlationDimension().isPresent()
                    ? ref.correlationDimension().getAsDouble() : null);
            m.put("reference", r);
            m.put("citation", info.citation());
            m.put("description", info.description());
            m.put("notes", info.notes());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            return 0;
        }
        out.println(info.name() + " — " + info.kind().name().toLowerCase(Locale.ROOT) + ", dimension " + s.dimension()
                + (info.dystsName().equals(info.name()) ? "" : " (dysts name: " + info.dystsName() + ")"));
        if (!info.description().isEmpty()) {
            out.println(info.description());
        }
        out.println();
        out.println("State: (" + String.join(", ", info.stateNames()) + ")");
        out.println("Equations:");
        for (String line : info.equations().split("\n")) {
            out.println("  " + line);
        }
        info.postprocessing().ifPresent(p -> out.println("Output post-processing: " + p));
        if (info.nonautonomous() || !"none".equals(info.nonautonomousHandling())
                && !info.nonautonomousHandling().startsWith("none")) {
            out.println("Forcing: " + info.nonautonomousHandling());
        }
        out.println();
        out.println("Parameters:");
        for (Map.Entry<String, Object> e : s.parameters().asMap().entrySet()) {
            Object v = e.getValue();
            String text = v instanceof Double ? Format.num((Double) v)
                    : v instanceof double[] ? Arrays.toString((double[]) v) : Arrays.deepToString((double[][]) v);
            out.println("  " + e.getKey() + " = " + text);
        }
        out.println("Initial condition: " + Arrays.toString(s.initialCondition()));
        if (Double.isFinite(info.period())) {
            out.println("Dominant period: " + Format.num(info.period()) + "   dt hint: " + Format.num(info.dt()));
        }
        out.println("Flags: hamiltonian=" + info.hamiltonian() + ", nonautonomous=" + info.nonautonomous()
                + ", unbounded coordinates=" + Arrays.toString(info.unboundedIndices()));
        if (ref.maximumLyapunovEstimated().isPresent() || ref.lyapunovSpectrum().isPresent()) {
            out.println();
            out.println("Reference invariants (" + ref.source() + "):");
            ref.maximumLyapunovEstimated().ifPresent(v -> out.println("  largest Lyapunov exponent (estimate): "
                    + Format.num(v)));
            ref.lyapunovSpectrum().ifPresent(v -> out.println("  Lyapunov spectrum: " + Arrays.toString(v)));
            ref.kaplanYorkeDimension().ifPresent(v -> out.println("  Kaplan-Yorke dimension: " + Format.num(v)));
            ref.correlationDimension().ifPresent(v -> out.println("  correlation dimension: " + Format.num(v)));
        }
        if (!info.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            info.notes().forEach(n -> out.println("  - " + n));
        }
        out.println();
        out.println("Citation: " + (info.citation().isBlank() || ".".equals(info.citation()) ? "(none recorded)"
                : info.citation()));
        return 0;
    }
}
