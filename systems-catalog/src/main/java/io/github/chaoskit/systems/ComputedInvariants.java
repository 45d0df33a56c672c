package io.github.chaoskit.systems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Invariants that chaoskit computed itself for a catalog system (by {@code chaoskit invariants
 * --all}, stored in {@code data/catalog-invariants.csv} and shipped as a catalog resource), with
 * their provenance. These take precedence over the dysts reference values for defining the
 * Lyapunov time.
 */
public final class ComputedInvariants {

    private final double[] lyapunovSpectrum;
    private final double[] standardErrors;
    private final String regime;
    private final String method;
    private final String provenance;
    private final Map<String, String> columns;

    ComputedInvariants(double[] lyapunovSpectrum, double[] standardErrors, String regime, String method,
            String provenance, Map<String, String> columns) {
        this.lyapunovSpectrum = lyapunovSpectrum.clone();
        this.standardErrors = standardErrors.clone();
        this.regime = regime;
        this.method = method;
        this.provenance = provenance;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** @return the Lyapunov spectrum, largest first (a copy). */
    public double[] lyapunovSpectrum() {
        return lyapunovSpectrum.clone();
    }

    /** @return the standard error of each exponent (a copy). */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the largest Lyapunov exponent λ₁. */
    public double lyapunovMax() {
        return lyapunovSpectrum[0];
    }

    /** @return "chaotic", "neutral" (λ₁ ≈ 0) or "stable", from λ₁ and its uncertainty. */
    public String regime() {
        return regime;
    }

    /** @return how the spectrum was computed. */
    public String method() {
        return method;
    }

    /** @return chaoskit version, date and settings of the run that produced the table. */
    public String provenance() {
        return provenance;
    }

    /**
     * @param column a column of the invariants table, e.g. {@code "kaplan_yorke"}
     * @return its value as a number, if present and numeric
     */
    public OptionalDouble number(String column) {
        String v = columns.get(column);
        if (v == null || v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * @param column a column of the invariants table
     * @return its raw text, if present
     */
    public Optional<String> text(String column) {
        return Optional.ofNullable(columns.get(column));
    }
}
