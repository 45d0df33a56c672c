package io.github.chaoskit.bench;

import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.trajectory.Trajectory;
import java.util.Locale;

/**
 * The one place where a system's time unit for scoring is decided (docs/protocol.md "Time units"):
 * one Lyapunov time 1/λ₁ when λ₁ is clearly positive (λ₁·period ≥ 0.01, from chaoskit's own
 * spectrum where computed), otherwise the dominant period (flows) or ten iterations (maps).
 */
final class Contexts {

    /** How {@link #timeUnitNote} starts when the time unit is a Lyapunov time (not a fallback). */
    static final String LYAPUNOV_UNIT = "Lyapunov time";

    /** λ₁·period below which an exponent does not count as clearly positive. */
    static final double CLEARLY_POSITIVE = 0.01;

    private Contexts() {
    }

    /** @return λ_eff such that one time unit of scoring is 1/λ_eff. */
    static double effectiveLyapunov(DynamicalSystem s) {
        double l1 = s.info().lyapunovMax().orElse(Double.NaN);
        double scale = s.kind() == SystemKind.MAP ? 1.0 : s.info().period();
        if (l1 > 0 && l1 * scale >= CLEARLY_POSITIVE) {
            return l1;
        }
        return s.kind() == SystemKind.MAP ? 0.1 : 1.0 / s.info().period();
    }

    /** @return whether the time unit is a Lyapunov time or a fallback, for the report. */
    static String timeUnitNote(DynamicalSystem s) {
        double l1 = s.info().lyapunovMax().orElse(Double.NaN);
        double l = effectiveLyapunov(s);
        if (l == l1) {
            return String.format(Locale.ROOT, LYAPUNOV_UNIT + " 1/λ₁ = %.4g", 1 / l);
        }
        return s.kind() == SystemKind.MAP ? "λ₁ not clearly positive: time unit = 10 iterations"
                : String.format(Locale.ROOT, "λ₁ not clearly positive: time unit = dominant period %.4g", 1 / l);
    }

    /**
     * @param s the system
     * @param training the data models are fitted on (for MASE)
     * @param reference a trajectory whose per-coordinate std serves as the attractor std
     * @return the metric context
     */
    static MetricContext of(DynamicalSystem s, Trajectory training, Trajectory reference) {
        return MetricContext.builder().lyapunovMax(effectiveLyapunov(s)).step(reference.step())
                .attractorStd(reference).training(training).build();
    }
}
