package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Grid;
import io.github.chaoskit.forecast.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provider {@code shplrnn}: the shallow PLRNN {@code z' = A⊙z + W₁[relu(W₂z + h₂) − relu(W₂z)] + h₁}
 * (clipped, the default of the paper's code; {@code clipped=false} drops the second ReLU) trained
 * with generalized teacher forcing whose α follows the Jacobian-product bound (Hess, Monfared,
 * Brenner and Durstewitz 2023, ICML, "Generalized teacher forcing for learning chaotic dynamics").
 *
 * <p>Defaults: M = N, L = {@code hidden} = 50, GTF product bound (α₀ = 1, γ_α scaled to the
 * budget, every 5 batches), T̃ automatic (see {@link PlrnnConfig#sequenceLength()}), S = 16, 50
 * batches per epoch, {@value PlrnnConfig#DEFAULT_EPOCHS} epochs, RAdam 5e-3 → 1e-6, λ = 1e-5 on
 * {@code ‖1−A‖² + ‖W₁‖² + ‖W₂‖² + ‖h₁‖² + ‖h₂‖²}. Extra settings: {@code hidden}, {@code clipped};
 * the rest: {@link PlrnnProviderSupport}. Grid: {@code hidden} ∈ {50, 100} × {@code
 * lr} ∈ {5e-3, 1e-3} × {@code sequenceLength} ∈ {auto, 50} (default first).
 */
public final class ShallowPlrnnProvider extends PlrnnProviderSupport {

    @Override
    public String name() {
        return "shplrnn";
    }

    @Override
    public String description() {
        return "clipped shallow PLRNN with generalized teacher forcing (Hess et al. 2023, ICML)";
    }

    @Override
    Set<String> extraKeys() {
        return Set.of("hidden", "clipped");
    }

    @Override
    PlrnnConfig.Builder defaults() {
        return PlrnnConfig.builder(Architecture.CLIPPED_SHALLOW);
    }

    @Override
    void applyExtra(Settings s, PlrnnConfig.Builder b, PlrnnConfig d) {
        b.hidden(s.integer("hidden", d.hidden(), 1));
        b.architecture(s.bool("clipped", true) ? Architecture.CLIPPED_SHALLOW : Architecture.SHALLOW);
    }

    @Override
    public List<Map<String, String>> grid() {
        return Grid.of().with("hidden", "50", "100").with("lr", "5e-3", "1e-3").with("sequenceLength", "auto", "50")
                .list();
    }
}
