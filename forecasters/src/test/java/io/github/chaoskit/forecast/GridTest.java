package io.github.chaoskit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridTest {

    @Test
    void productIsInNestedLoopOrderWithSettingsInDeclarationOrder() {
        List<Map<String, String>> g = Grid.of().with("p", "1", "2").with("ridge", "a", "b", "c").list();
        List<String> seen = new ArrayList<>();
        for (Map<String, String> m : g) {
            assertEquals(List.of("p", "ridge"), new ArrayList<>(m.keySet()));
            seen.add(m.get("p") + m.get("ridge"));
        }
        assertEquals(List.of("1a", "1b", "1c", "2a", "2b", "2c"), seen);
        assertEquals(List.of(Map.of()), Grid.of().list(), "no settings: the defaults only");
        assertThrows(UnsupportedOperationException.class, () -> g.get(0).put("x", "y"));
    }

    @Test
    void badGridsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Grid.of().with("p"));
        assertThrows(IllegalArgumentException.class, () -> Grid.of().with("p", "1").with("p", "2"));
    }

    @Test
    void everyProviderGridBuildsForecasters() {
        for (ForecasterProvider p : Forecasters.all()) {
            for (Map<String, String> entry : p.grid()) {
                assertEquals(p.name(), p.create(entry).name().replaceAll("\\(.*", ""), p.name() + " " + entry);
            }
        }
        assertEquals(16, Forecasters.get("esn").grid().size());
        assertEquals(12, Forecasters.get("var").grid().size());
        assertEquals(6, Forecasters.get("alrnn").grid().size());
        assertEquals(Map.of("relu", "10", "lr", "5e-3"), Forecasters.get("alrnn").grid().get(0), "the default first");
    }
}
