package io.github.chaoskit.forecast.plrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three providers with their default settings (only the budget cut to a few batches) on
 * systems of other kinds and dimensions than Lorenz-63: a flow, a 6-d hyperchaotic flow, a map, a
 * delay equation and a 1-d series; fitting works and forecasts are finite and continue the grid.
 */
class PlrnnCatalogSmokeTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"plrnn,Rossler", "shplrnn,Rossler", "alrnn,Rossler", "shplrnn,Henon", "alrnn,Henon",
        "shplrnn,MackeyGlass", "alrnn,Lorenz96", "plrnn,HyperRossler", "shplrnn,Logistic"})
    void defaultsFitAndForecast(String method, String system) {
        DynamicalSystem s = Catalog.get(system);
        Trajectory data = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(30)).transientTime(10)
                .build().generate(s, 1200);
        Trajectory train = data.slice(0, 1000);
        PlrnnForecaster f = (PlrnnForecaster) Forecasters.get(method).create(Map.of("epochs", "4",
                "batchesPerEpoch", "5"));
        PlrnnModel m = f.fit(train, 7);
        assertTrue(m.latentDimension() >= train.dimension());
        Trajectory fc = m.forecast(train, 200);
        assertEquals(200, fc.size());
        assertEquals(train.dimension(), fc.dimension());
        for (double v : fc.values()) {
            assertTrue(Double.isFinite(v), m.describe());
        }
        assertEquals(train.time(999) + train.step(), fc.time(0), 1e-9 * Math.max(1, Math.abs(fc.time(0))));
    }
}
