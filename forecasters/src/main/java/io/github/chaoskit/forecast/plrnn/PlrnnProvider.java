package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Settings;
import io.github.chaoskit.forecast.Grid;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provider {@code plrnn}: the vanilla piecewise-linear RNN {@code z' = A⊙z + W relu(z) + h} with
 * off-diagonal W (Koppe et al. 2019, PLoS Comput. Biol. 15, e1007263), identity observation model,
 * trained by default with sparse identity teacher forcing (Mikhaeil, Monfared and Durstewitz 2022,
 * NeurIPS, "On the difficulty of learning chaotic dynamics with RNNs"); {@code forcing=gtf} selects
 * generalized teacher forcing (Hess et al. 2023, ICML), best with {@code partialForcing=true} when
 * M &gt; N.
 *
 * <p>Defaults: M = N + 12, sparse forcing with τ automatic (see {@link PlrnnConfig#tau()}), T̃
 * automatic (see {@link PlrnnConfig#sequenceLength()}), S = 16, 50 batches per epoch, {@value
 * PlrnnConfig#DEFAULT_EPOCHS} epochs, RAdam 5e-3 → 1e-6, λ = 1e-5 on {@code ‖1−A‖² + ‖W‖² + ‖h‖²}.
 * All settings: {@link PlrnnProviderSupport}. Grid: {@code latent} ∈ {+12, +6, +24} × {@code tau} ∈ {auto, 8} (default first).
 */
public final class PlrnnProvider extends PlrnnProviderSupport {

    @Override
    public String name() {
        return "plrnn";
    }

    @Override
    public String description() {
        return "piecewise-linear RNN with sparse teacher forcing (Koppe et al. 2019; Mikhaeil et al. 2022, NeurIPS)";
    }

    @Override
    Set<String> extraKeys() {
        return Set.of();
    }

    @Override
    PlrnnConfig.Builder defaults() {
        return PlrnnConfig.builder(Architecture.PLRNN);
    }

    @Override
    void applyExtra(Settings s, PlrnnConfig.Builder b, PlrnnConfig d) {
    }

    @Override
    public List<Map<String, String>> grid() {
        return Grid.of().with("latent", "+12", "+6", "+24").with("tau", "auto", "8").list();
    }
}
