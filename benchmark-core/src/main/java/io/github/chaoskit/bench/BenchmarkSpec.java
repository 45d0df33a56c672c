package io.github.chaoskit.bench;

import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark run measures: systems × forecasters × seeds under a protocol and budget.
 * Two runs with equal specs produce the same scores; a results directory belongs to one spec.
 *
 * @param preset protocol preset, e.g. {@code lyapunov} or {@code dysts2023:coarse}
 * @param budget effort budget
 * @param systems catalog names, in run order
 * @param forecasters forecaster provider names
 * @param seeds seeds; each (system, forecaster, seed) is one task
 */
public record BenchmarkSpec(String preset, Budget budget, List<String> systems, List<String> forecasters,
        List<Long> seeds) {

    /** Validates and normalises names. */
    public BenchmarkSpec {
        Protocol protocol = Protocol.parse(preset);
        preset = protocol.name();
        List<String> sys = new ArrayList<>();
        for (String s : systems) {
            DynamicalSystem d = Catalog.get(s);
            if (protocol.supports(d)) {
                sys.add(d.name());
            }
        }
        if (sys.isEmpty()) {
            throw new IllegalArgumentException("no system of " + systems + " is supported by preset " + preset);
        }
        systems = List.copyOf(sys);
        List<String> fc = new ArrayList<>();
        for (String f : forecasters) {
            fc.add(Forecasters.get(f).name());
        }
        if (fc.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one forecaster");
        }
        forecasters = List.copyOf(fc);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one seed");
        }
        seeds = List.copyOf(seeds);
    }

    /** @return the protocol of this spec. */
    public Protocol protocol() {
        return Protocol.parse(preset);
    }

    /** @return the spec as a JSON-ready map (for the manifest). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", preset);
        m.put("budget", budget.key());
        m.put("systems", systems);
        m.put("forecasters", forecasters);
        m.put("seeds", seeds);
        return m;
    }

    /**
     * Explains how another spec differs from this one.
     *
     * @param other the other spec
     * @return a description of the differences, empty if the specs are equal
     */
    public String differences(BenchmarkSpec other) {
        List<String> d = new ArrayList<>();
        if (!preset.equals(other.preset)) {
            d.add("preset " + other.preset + " vs " + preset);
        }
        if (budget != other.budget) {
            d.add("budget " + other.budget.key() + " vs " + budget.key());
        }
        if (!systems.equals(other.systems)) {
            d.add("systems differ (" + other.systems.size() + " vs " + systems.size() + ")");
        }
        if (!forecasters.equals(other.forecasters)) {
            d.add("forecasters " + other.forecasters + " vs " + forecasters);
        }
        if (!seeds.equals(other.seeds)) {
            d.add("seeds " + other.seeds + " vs " + seeds);
        }
        return String.join("; ", d);
    }
}
