package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Grid;
import io.github.chaoskit.forecast.Settings;
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
 * <p>Defaults (the paper's Lorenz-63 settings except the number of ReLU units, the learning rate
 * and the budget, see {@link PlrnnConfig}): M = max(20, N + 10), P = {@code relu} = ⌊M/2⌋ (10;
 * {@code relu=auto}), τ automatic (16 on Lorenz-63 at Δt = 0.01, see {@link PlrnnConfig#tau()}), T̃
 * automatic (see {@link PlrnnConfig#sequenceLength()}), S = 16, 50 batches per epoch, {@value
 * PlrnnConfig#DEFAULT_EPOCHS} epochs, RAdam 5e-3 → 1e-5, batch noise 0.05, no regularisation
 * ({@code regularization} = λ of {@code λ‖relu(A + diag W − ε)‖₂}, ε = {@code convergenceThreshold}
 * = 0.95). Extra settings: {@code relu}, {@code convergenceThreshold}; the rest: {@link
 * PlrnnProviderSupport}. Grid: {@code relu} ∈ {10, 5, 2} × {@code lr} ∈ {5e-3, 1e-3} (default first).
 *
 * <p>Why P = M/2 and not the paper's P = 2: measured with the defaults on 9 catalog systems
 * (10 000 training points at 30 points per Lyapunov time, seed 1; D_stsp against an independent
 * test set), P = 10 scored lower than P = 2 on all nine — Rössler 1.47 vs 1.97, Chua 1.30 vs 2.78,
 * Halvorsen 2.47 vs 13.4, Hindmarsh–Rose 5.24 vs 15.4, Logistic 4.34 vs 6.57, Hénon 1.59 vs a
 * diverging free run, Duffing 5.89 vs diverging — and on Lorenz-63 (100 000 points, 2000 epochs)
 * P = 10 reaches D_stsp 0.18–0.20 on three seeds where P = 2 stays at 2.2–4.2 with the paper's
 * schedule (median 1.35 over seven seeds with T̃ = 50; docs/forecasters.md). P = 2 remains the
 * paper's set-up for the interpretable three-region Lorenz code ({@code relu=2}).
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
        if (s.isAuto("relu")) {
            b.reluUnits(PlrnnConfig.AUTO_RELU_UNITS);
        } else {
            b.reluUnits(s.integer("relu", d.reluUnits(), 0));
        }
        b.convergenceThreshold(s.real("convergenceThreshold", d.convergenceThreshold(), -1e9));
    }

    @Override
    public List<Map<String, String>> grid() {
        return Grid.of().with("relu", "10", "5", "2").with("lr", "5e-3", "1e-3").list();
    }
}
