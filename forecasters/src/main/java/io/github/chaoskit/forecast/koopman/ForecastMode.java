package io.github.chaoskit.forecast.koopman;

import java.util.Locale;

/**
 * How a fitted Koopman matrix K is iterated into a forecast (forecasters.md §4.2).
 */
public enum ForecastMode {
    /**
     * Re-lift every step: {@code x̂_{n+1} = Bᵀ Kᵀ ψ(x̂_n)}, project to the state and evaluate the
     * dictionary again. A nonlinear one-step map (polynomial NVAR without delays for monomials).
     */
    RELIFT,
    /**
     * Pure linear rollout in lifted space: {@code ψ_{n+1}ᵀ = ψ_nᵀ K} from {@code ψ_0 = ψ(x_0)}, the
     * state read from ψ_n by the readout B. The Koopman answer; a finite linear model cannot sustain
     * chaos, so orbits decay onto the |μ| ≈ 1 modes.
     */
    LINEAR;

    /**
     * @param s "relift" or "linear" (any case)
     * @return the mode
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static ForecastMode parse(String s) {
        String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "relift":
                return RELIFT;
            case "linear":
                return LINEAR;
            default:
                throw new IllegalArgumentException("forecast mode '" + s + "' is not relift or linear");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
