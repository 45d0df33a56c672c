package io.github.chaoskit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit systems}: lists the catalog. */
@Command(name = "systems", mixinStandardHelpOptions = true,
        description = "List the catalog: name, kind, dimension, largest Lyapunov exponent, dominant period.")
final class SystemsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", description = "only systems of this kind: ode, dde or map")
    private String kind;

    @Option(names = "--dim", paramLabel = "N", description = "only systems of state dimension N")
    private Integer dim;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        SystemKind k = kind == null ? null : SystemKind.parse(kind);
        if (dim != null && dim < 1) {
            throw new IllegalArgumentException("--dim must be at least 1, got " + dim);
        }
        List<DynamicalSystem> list = Catalog.select(s -> (k == null || s.kind() == k)
                && (dim == null || s.dimension() == dim));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DynamicalSystem s : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.name());
                m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
                m.put("dimension", s.dimension());
                m.put("lyapunovMax", finiteOrNull(s.info().lyapunovMax().orElse(Double.NaN)));
                m.put("period", finiteOrNull(s.info().period()));
                m.put("description", s.info().description());
                rows.add(m);
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            return 0;
        }
        out.printf(Locale.ROOT, "%-26s %-4s %4s %12s %12s%n", "name", "kind", "dim", "lambda_max", "period");
        for (DynamicalSystem s : list) {
            out.printf(Locale.ROOT, "%-26s %-4s %4d %12s %12s%n", s.name(), s.kind().name().toLowerCase(Locale.ROOT),
                    s.dimension(), Format.num(s.info().lyapunovMax().orElse(Double.NaN)), Format.num(s.info().period()));
        }
        out.printf(Locale.ROOT, "%d systems (lambda_max: %s)%n", list.size(),
                list.isEmpty() ? "-" : "dysts 0.95 reference estimates until chaoskit's own are computed");
        return 0;
    }

    static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
