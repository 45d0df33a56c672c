package io.github.chaoskit.forecast.koopman;

import java.util.Locale;

/**
 * How a fitted Koopman matrix K is iterated into a forecast (Williams, Kevrekidis and Rowley 2015).
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
    LINEAR,
    /**
     * Koopman mode expansion over the eigenpairs that pass ResDMD's residual test (Colbrook and
     * Townsend 2024, Commun. Pure Appl. Math. 77, 221–283): {@code x̂_t = Re Σ_j μ_jᵗ φ_j(x_0) ξ_j}
     * over the pairs whose residual on the training snapshots is at most ε. With every pair kept it
     * is {@link #LINEAR}; dropping the spurious pairs keeps only the dynamics the dictionary
     * resolves (for a chaotic system typically the constant function and a few slow modes).
     */
    MODES;

    /**
     * @param s "relift", "linear" or "modes" (any case)
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
            case "modes":
                return MODES;
            default:
                throw new IllegalArgumentException("forecast mode '" + s + "' is not relift, linear or modes");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
