package io.github.chaoskit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void labelsListSettingsInKeyOrderAndDifferingKeepsOnlyNonDefaults() {
        assertEquals("esn", Settings.label("esn", Map.of()));
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ridge", " 1e-4 ");
        s.put("leak", "0.3");
        assertEquals("esn(leak=0.3,ridge=1e-4)", Settings.label("esn", s));
        Map<String, String> all = new LinkedHashMap<>(Map.of("a", "1", "b", "2", "c", "3"));
        assertEquals(Map.of("b", "5"), Settings.differing(Map.of("a", "1", "b", "5", "c", "3"), all));
        assertEquals(List.of("x"), List.copyOf(Settings.differing(Map.of("x", "1"), all).keySet()), "absent default");
        // the names the providers build follow the convention
        assertEquals("esn(leak=0.7,nodes=120)", Forecasters.get("esn").create(Map.of("nodes", "120", "leak", "0.7"))
                .name());
        assertEquals("alrnn(lr=1e-3,relu=2)", Forecasters.get("alrnn").create(Map.of("relu", "2", "lr", "1e-3"))
                .name());
    }

    @Test
    void autoAndTypedValues() {
        Settings s = new Settings("m", Map.of("tau", " AUTO ", "n", "3", "x", "0.5", "b", "true"),
                Set.of("tau", "n", "x", "b", "missing"));
        assertTrue(s.isAuto("tau"));
        assertFalse(s.isAuto("n"));
        assertFalse(s.isAuto("missing"));
        assertEquals(3, s.integer("n", 1, 1));
        assertEquals(0.5, s.real("x", 1, 0), 0);
        assertTrue(s.bool("b", false));
        assertThrows(IllegalArgumentException.class, () -> s.integer("tau", 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Settings("m", Map.of("q", "1"), Set.of("n")));
        assertTrue(e.getMessage().contains("'q'"), e.getMessage());
    }
}
