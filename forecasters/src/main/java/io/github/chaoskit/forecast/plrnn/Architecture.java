package io.github.chaoskit.forecast.plrnn;

/**
 * The latent maps of the PLRNN family (Durstewitz lab). With latent state z ∈ ℝᴹ and
 * {@code relu(u) = max(u, 0)}:
 * <ul>
 * <li>{@link #PLRNN}: {@code z' = A⊙z + W relu(z) + h}, W with zero diagonal (Koppe et al. 2019,
 *     PLoS Comput. Biol. 15, e1007263; Durstewitz 2017, PLoS Comput. Biol. 13, e1005542);</li>
 * <li>{@link #SHALLOW}: {@code z' = A⊙z + W₁ relu(W₂z + h₂) + h₁}, hidden width L (Hess, Monfared,
 *     Brenner and Durstewitz 2023, ICML, "Generalized teacher forcing for learning chaotic
 *     dynamics");</li>
 * <li>{@link #CLIPPED_SHALLOW}: {@code z' = A⊙z + W₁[relu(W₂z + h₂) − relu(W₂z)] + h₁}, whose orbits
 *     stay bounded when |A| &lt; 1 (same paper; the default of its code);</li>
 * <li>{@link #ALRNN}: {@code z' = A⊙z + W φ_P(z) + h} with the ReLU applied to the last P of the M
 *     units only, {@code φ_P(z) = (z₁, …, z_{M−P}, relu(z_{M−P+1}), …, relu(z_M))}, W a full matrix
 *     (Brenner, Hemmer, Monfared and Durstewitz 2024, NeurIPS, "Almost-linear RNNs yield highly
 *     interpretable symbolic codes in dynamical systems reconstruction").</li>
 * </ul>
 * A is a diagonal (stored as a vector). Every map is piecewise linear, with the exact Jacobian
 * {@code diag(A) + W·diag(relu'(…))·…} used for training, α estimation and Lyapunov exponents.
 */
public enum Architecture {
    /** Vanilla PLRNN, off-diagonal W. */
    PLRNN,
    /** Shallow PLRNN. */
    SHALLOW,
    /** Clipped shallow PLRNN. */
    CLIPPED_SHALLOW,
    /** Almost-linear RNN. */
    ALRNN
}
