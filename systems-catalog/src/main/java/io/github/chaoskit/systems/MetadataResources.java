package io.github.chaoskit.systems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the catalog's metadata resources ({@code flows.json}, {@code delays.json},
 * {@code maps.json}), one file per kind of system, once per class loader.
 */
final class MetadataResources {

    private static final String[] FILES = {"flows.json", "delays.json", "maps.json"};
    private static final Map<String, SystemInfo> BY_NAME = load();

    private MetadataResources() {
    }

    /** @return every system described by the resources, by catalog name, in file order. */
    static Map<String, SystemInfo> all() {
        return BY_NAME;
    }

    static SystemInfo get(String name) {
        SystemInfo info = BY_NAME.get(name);
        if (info == null) {
            throw new IllegalArgumentException("no metadata for system '" + name + "'");
        }
        return info;
    }

    /** The table written by {@code chaoskit invariants --all} (copied from data/ by the build). */
    private static final String INVARIANTS = "catalog-invariants.csv";

    private static Map<String, SystemInfo> load() {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, ComputedInvariants> computed = loadComputed();
        Map<String, SystemInfo> out = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = MetadataResources.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("catalog resource " + file + " is missing from the class path");
                }
                JsonNode root = mapper.readTree(in);
                for (JsonNode s : root.get("systems")) {
                    SystemInfo info = parse(s, computed);
                    if (out.put(info.name(), info) != null) {
                        throw new IllegalStateException("duplicate system '" + info.name() + "' in " + file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read catalog resource " + file, e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, ComputedInvariants> loadComputed() {
        Map<String, ComputedInvariants> out = new LinkedHashMap<>();
        try (InputStream in = MetadataResources.class.getResourceAsStream(INVARIANTS)) {
            if (in == null) {
                return out;
            }
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder provenance = new StringBuilder();
            CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.DEFAULT.builder().setHeader()
                    .setSkipHeaderRecord(true).setCommentMarker('#').get()).get();
            if (p.getHeaderComment() != null) {
                provenance.append(p.getHeaderComment().replace('\n', ' ').trim());
            }
            for (CSVRecord rec : p) {
                Map<String, String> cols = rec.toMap();
                out.put(cols.get("system"), new ComputedInvariants(splitDoubles(cols.get("spectrum")),
                        splitDoubles(cols.get("spectrum_se")), cols.get("regime"), cols.get("method"),
                        provenance.toString(), cols));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read catalog resource " + INVARIANTS + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static double[] splitDoubles(String s) {
        String[] parts = s.split(";");
        double[] d = new double[parts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Double.parseDouble(parts[i]);
        }
        return d;
    }

    private static SystemInfo parse(JsonNode s, Map<String, ComputedInvariants> computed) {
        SystemInfo.Builder b = new SystemInfo.Builder();
        b.name = s.get("name").asText();
        b.dystsName = text(s, "dystsName");
        b.kind = SystemKind.parse(s.get("kind").asText());
        b.initialCondition = doubles(s.get("initialCondition"));
        b.dimension = s.has("dimension") ? s.get("dimension").asInt() : b.initialCondition.length;
        b.embeddingDimension = s.hasNonNull("embeddingDimension") ? s.get("embeddingDimension").asInt() : b.dimension;
        List<String> names = new ArrayList<>();
        for (JsonNode n : s.path("stateNames")) {
            names.add(n.asText());
        }
        b.stateNames = names;
        Map<String, Object> params = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = s.path("parameters").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), value(e.getValue()));
        }
        b.parameters = Parameters.of(params);
        List<String> unused = new ArrayList<>();
        for (JsonNode n : s.path("unusedParameters")) {
            unused.add(n.asText());
        }
        b.unusedParameters = unused;
        b.dt = number(s, "dt");
        b.period = number(s, "period");
        b.equations = text(s, "equations");
        b.postprocessing = text(s, "postprocessing");
        b.inverse = text(s, "inverse");
        b.nonautonomousHandling = text(s, "nonautonomousHandling");
        b.hamiltonian = s.path("hamiltonian").asBoolean(false);
        b.nonautonomous = s.path("nonautonomous").asBoolean(false);
        if (s.hasNonNull("unboundedIndices")) {
            JsonNode u = s.get("unboundedIndices");
            b.unboundedIndices = new int[u.size()];
            for (int i = 0; i < u.size(); i++) {
                b.unboundedIndices[i] = u.get(i).asInt();
            }
        }
        b.mean = s.hasNonNull("mean") ? doubles(s.get("mean")) : null;
        b.std = s.hasNonNull("std") ? doubles(s.get("std")) : null;
        b.citation = text(s, "citation");
        b.description = text(s, "description");
        List<String> notes = new ArrayList<>();
        for (JsonNode n : s.path("notes")) {
            notes.add(n.asText());
        }
        b.notes = notes;
        JsonNode r = s.path("reference");
        b.reference = new ReferenceInvariants(r.path("source").asText("unknown"),
                boxed(r, "maximumLyapunovEstimated"),
                r.hasNonNull("lyapunovSpectrum") ? doubles(r.get("lyapunovSpectrum")) : null,
                boxed(r, "kaplanYorkeDimension"), boxed(r, "correlationDimension"),
                boxed(r, "multiscaleEntropy"), boxed(r, "pesinEntropy"));
        b.computed = computed.get(b.name);
        return b.build();
    }

    private static Object value(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isArray() && v.size() > 0 && v.get(0).isArray()) {
            double[][] m = new double[v.size()][];
            for (int i = 0; i < m.length; i++) {
                m[i] = doubles(v.get(i));
            }
            return m;
        }
        if (v.isArray()) {
            return doubles(v);
        }
        throw new IllegalStateException("unsupported parameter value " + v);
    }

    private static double[] doubles(JsonNode a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).asDouble();
        }
        return d;
    }

    private static String text(JsonNode s, String field) {
        return s.hasNonNull(field) ? s.get(field).asText() : null;
    }

    private static double number(JsonNode s, String field) {
        return s.hasNonNull(field) ? s.get(field).asDouble() : Double.NaN;
    }

    private static Double boxed(JsonNode s, String field) {
        return s.hasNonNull(field) ? s.get(field).asDouble() : null;
    }
}
