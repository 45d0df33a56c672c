package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provider {@code alrnn}: the almost-linear RNN {@code z' = A⊙z + W φ_P(z) + h}, ReLU on the last
 * P of M units, trained with sparse identity teacher forcing every τ steps (Brenner, Hemmer,
 * Monfared and Durstewitz 2024, NeurIPS, "Almost-linear RNNs yield highly interpretable symbolic
 * codes in dynamical systems reconstruction"). The fitted model is an {@link AlRnnModel} (symbolic
 * code, fixed points, Lyapunov spectrum).
 *
 * <p>Defaults (the paper's Lorenz-63 settings except the learning rate and budget, see {@link
 * PlrnnConfig}): M = max(20, N + 10), P = {@code relu} = 2, τ automatic (16 on Lorenz-63 at Δt =
 * 0.01, see {@link PlrnnConfig#tau()}), T̃ automatic (see {@link PlrnnConfig#sequenceLength()}), S
 * = 16, 50 batches per epoch, {@value PlrnnConfig#DEFAULT_EPOCHS} epochs, RAdam 5e-3 → 1e-5, batch
 * noise 0.05, no regularisation ({@code regularization} = λ of {@code λ‖relu(A + diag W − ε)‖₂}, ε
 * = {@code convergenceThreshold} = 0.95). Extra settings: {@code relu}, {@code
 * convergenceThreshold}; the rest: {@link PlrnnProviderSupport}. Grid: {@code relu} ∈ {1, 2, 4, 8}
 * (the Hénon map needs more than 4 ReLU units: with 10 its free run stays on the attractor, with 2
 * or 4 it escapes).
 */
public final class AlRnnProvider extends PlrnnProviderSupport {

    @Override
    public String name() {
        return "alrnn";
    }

    @Override
    public String description() {
        return "almost-linear RNN with sparse teacher forcing (Brenner et al. 2024, NeurIPS)";
    }

    @Override
    Set<String> extraKeys() {
        return Set.of("relu", "convergenceThreshold");
    }

    @Override
    PlrnnConfig.Builder defaults() {
        return PlrnnConfig.builder(Architecture.ALRNN);
    }

    @Override
    void applyExtra(Settings s, PlrnnConfig.Builder b, PlrnnConfig d) {
        b.reluUnits(s.integer("relu", d.reluUnits(), 0));
        b.convergenceThreshold(s.real("convergenceThreshold", d.convergenceThreshold(), -1e9));
    }

    @Override
    public List<Map<String, String>> grid() {
        List<Map<String, String>> g = new ArrayList<>();
        for (String p : new String[] {"1", "2", "4", "8"}) {
            g.add(entry("relu", p));
        }
        return g;
    }
}
