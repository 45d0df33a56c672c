package io.github.chaoskit.forecast.plrnn;

import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.metrics.PowerSpectrumDistance;
import io.github.chaoskit.metrics.StateSpaceDivergence;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.trajectory.DivergenceException;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Default-settings check of the PLRNN providers beyond Lorenz-63 (not a unit test). For each
 * system: 10 000 training and 10 000 independent test points at 30 points per Lyapunov time
 * (catalog λ₁), the provider with default settings (plus any {@code key=value} overrides), a
 * free run of 1.25·T from the first test state with 0.25·T dropped, D_stsp / D_H against the test
 * set next to the test-vs-train floor, and λ₁ of the model against the catalog's.
 * <pre>
 * java -cp … io.github.chaoskit.forecast.plrnn.CatalogCheck Rossler,Henon shplrnn,alrnn [key=value …]
 * </pre>
 */
public final class CatalogCheck {

    private CatalogCheck() {
    }

    /** @param args systems (comma-separated), providers (comma-separated), settings */
    public static void main(String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            settings.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        for (String name : args[0].split(",")) {
            DynamicalSystem s = Catalog.get(name);
            double lambda = s.info().lyapunovMax().orElse(Double.NaN);
            Sampling sampling = Double.isFinite(lambda) && lambda > 0 ? Sampling.pointsPerLyapunovTime(30)
                    : Sampling.pointsPerPeriod(30);
            Trajectory train = TrajectoryGenerator.builder().sampling(sampling).transientTime(100).build()
                    .generate(s, 10_000);
            Trajectory test = TrajectoryGenerator.builder().sampling(sampling).transientTime(100 + 3 * train.size()
                    * train.step()).build().generate(s, 10_000);
            double floorD = StateSpaceDivergence.defaults().divergence(test, train);
            double floorH = PowerSpectrumDistance.defaults().score(test, train, MetricContext.empty());
            for (String method : args[1].split(",")) {
                PlrnnForecaster f = (PlrnnForecaster) Forecasters.get(method).create(settings);
                long t0 = System.nanoTime();
                PlrnnModel m = f.fit(train, 1);
                double secs = (System.nanoTime() - t0) * 1e-9;
                int t = test.size();
                String line;
                try {
                    Trajectory gen = m.forecast(test.slice(0, 1), t + t / 4).slice(t / 4, t + t / 4);
                    double d = StateSpaceDivergence.defaults().divergence(test, gen);
                    double h = PowerSpectrumDistance.defaults().score(test, gen, MetricContext.empty());
                    double l1 = m.lyapunovSpectrum(1000, 20_000)[0];
                    line = String.format(Locale.ROOT, "D_stsp %.3f (floor %.3f), D_H %.3f (floor %.3f), lambda1 %.3f "
                            + "(catalog %.3f)", d, floorD, h, floorH, l1, lambda);
                } catch (DivergenceException e) {
                    line = "free run diverged";
                }
                System.out.printf(Locale.ROOT, "%s %s (N=%d, dt=%.4g): %s; fit %.0f s, selected epoch %d%n", name,
                        f.name(), train.dimension(), train.step(), line, secs, m.report().selectedEpoch());
            }
        }
    }
}
