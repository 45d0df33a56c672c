package io.github.chaoskit.invariants;

import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.Flow;

/**
 * The invariants chaoskit computes for a catalog system from its equations, with their
 * provenance: the Lyapunov spectrum (with standard errors), its sum checked against the mean
 * divergence, the Kaplan–Yorke dimension and the Kolmogorov–Sinai entropy estimate.
 */
public final class SystemInvariants {

    private final String system;
    private final String kind;
    private final LyapunovResult lyapunov;
    private final double seconds;

    private SystemInvariants(String system, String kind, LyapunovResult lyapunov, double seconds) {
        this.system = system;
        this.kind = kind;
        this.lyapunov = lyapunov;
        this.seconds = seconds;
    }

    /**
     * Computes the invariants of one system.
     *
     * @param system a flow, delay equation (its {@value DelayLyapunovSpectrum#DEFAULT_EXPONENTS}
     *     leading exponents, {@link DelayLyapunovSpectrum}) or map
     * @param options Lyapunov-spectrum settings
     * @return the invariants
     * @throws IllegalArgumentException for an unsupported kind of system
     */
    public static SystemInvariants compute(DynamicalSystem system, LyapunovSpectrum.Options options) {
        long t0 = System.nanoTime();
        LyapunovResult l;
        if (system instanceof Flow) {
            l = LyapunovSpectrum.of((Flow) system, options);
        } else if (system instanceof DelayFlow) {
            l = DelayLyapunovSpectrum.of((DelayFlow) system, options);
        } else if (system instanceof DiscreteMap) {
            l = LyapunovSpectrum.of((DiscreteMap) system, options);
        } else {
            throw new IllegalArgumentException("invariants of " + system.name() + " (" + system.kind()
                    + ") are not supported yet");
        }
        return new SystemInvariants(system.name(), system.kind().name().toLowerCase(java.util.Locale.ROOT), l,
                (System.nanoTime() - t0) * 1e-9);
    }

    /** @return the system's name. */
    public String system() {
        return system;
    }

    /** @return ode, dde or map. */
    public String kind() {
        return kind;
    }

    /** @return the Lyapunov spectrum. */
    public LyapunovResult lyapunov() {
        return lyapunov;
    }

    /** @return wall-clock seconds the computation took. */
    public double seconds() {
        return seconds;
    }

    /**
     * Classifies the dynamics from λ₁ and its uncertainty: chaotic if λ₁ exceeds three standard
     * errors and {@code λ₁·T > 0.01} for the time scale T (docs/protocol.md's rule for a clearly
     * positive exponent).
     *
     * @param timeScale a characteristic time (dominant period; 1 for maps)
     * @return "chaotic", "neutral" (λ₁ ≈ 0: quasi-periodic, Hamiltonian torus or limit cycle) or "stable"
     */
    public String regime(double timeScale) {
        double l1 = lyapunov.largest();
        double se = lyapunov.standardErrors()[0];
        if (l1 * timeScale > 0.01 && l1 > 3 * se) {
            return "chaotic";
        }
        if (l1 < -3 * se && l1 * timeScale < -0.01) {
            return "stable";
        }
        return "neutral";
    }
}
