package io.github.chaoskit.forecast;

import java.util.List;
import java.util.Map;

/**
 * Makes {@link Forecaster}s of one method from textual settings; found with
 * {@link java.util.ServiceLoader}, so third-party methods appear in the CLI and benchmark by
 * dropping a jar on the class path.
 */
public interface ForecasterProvider {

    /** @return the method's name, lower case, e.g. {@code "esn"}; unique among providers. */
    String name();

    /** @return one line: what the method is and the paper it comes from. */
    String description();

    /**
     * @param settings hyper-parameter names to values; missing ones take their documented defaults
     * @return the forecaster
     * @throws IllegalArgumentException naming an unknown setting or an invalid value
     */
    Forecaster create(Map<String, String> settings);

    /** @return the forecaster with default hyper-parameters. */
    default Forecaster create() {
        return create(Map.of());
    }

    /**
     * @return the hyper-parameter grid searched on the training split by the benchmark (each entry
     *     a settings map for {@link #create(Map)}); a single empty map when nothing is tuned
     */
    default List<Map<String, String>> grid() {
        return List.of(Map.of());
    }

    /**
     * Settings that cap the method's effort under a benchmark budget (e.g. fewer training epochs
     * under {@code "quick"}); they are applied under the tuned settings and written into the
     * run's manifest.
     *
     * @param budget "quick" or "full"
     * @return settings overrides, empty by default
     */
    default Map<String, String> budgetSettings(String budget) {
        return Map.of();
    }
}
