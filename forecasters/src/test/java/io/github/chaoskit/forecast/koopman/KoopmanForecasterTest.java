package io.github.chaoskit.forecast.koopman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.DivergenceException;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KoopmanForecasterTest {

    static final Trajectory LORENZ = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).transientTime(20)
            .build().generate(Catalog.get("Lorenz"), 4000);

    @Test
    void registryAndGrids() {
        List<String> names = Forecasters.all().stream().map(ForecasterProvider::name).toList();
        assertTrue(names.containsAll(List.of("edmd", "kedmd")), names.toString());
        for (String p : new String[] {"edmd", "kedmd"}) {
            ForecasterProvider provider = Forecasters.get(p);
            assertTrue(provider.grid().size() >= 6);
            for (Map<String, String> g : provider.grid()) {
                provider.create(g); // every grid entry is valid
            }
        }
        assertEquals("edmd(degree=3,ridge=1.0E-10,mode=relift)", Forecasters.get("edmd").create().name());
    }

    @Test
    void badSettingsAndDataAreRejected() {
        ForecasterProvider edmd = Forecasters.get("edmd");
        assertThrows(IllegalArgumentException.class, () -> edmd.create(Map.of("order", "2")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edmd.create(Map.of("mode", "nonlinear")));
        assertTrue(e.getMessage().contains("nonlinear"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> edmd.create(Map.of("dictionary", "wavelet")));
        assertTrue(e.getMessage().contains("wavelet"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> edmd.create(Map.of("degree", "0")));
        assertThrows(IllegalArgumentException.class, () -> edmd.create(Map.of("ridge", "-1")));
        assertThrows(IllegalArgumentException.class, () -> Forecasters.get("kedmd").create(Map.of("cutoff", "2")));
        e = assertThrows(IllegalArgumentException.class,
                () -> edmd.create(Map.of("delays", "5")).fit(LORENZ.slice(0, 6), 0));
        assertTrue(e.getMessage().contains("6 rows"), e.getMessage());
        double[] v = LORENZ.slice(0, 100).values();
        v[30] = Double.NaN;
        Trajectory bad = new Trajectory("x", LORENZ.columnNames(), LORENZ.slice(0, 100).times(), v, 0.01);
        e = assertThrows(IllegalArgumentException.class, () -> edmd.create().fit(bad, 0));
        assertTrue(e.getMessage().contains("row 10") || e.getMessage().contains("non-finite"), e.getMessage());
        FittedModel m = edmd.create().fit(LORENZ.slice(0, 1000), 0);
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 100).columns(0, 1), 5));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 100), 0));
        // too few pairs for 35 functions: the ridge system is singular, reported with the forecaster's name
        e = assertThrows(IllegalArgumentException.class,
                () -> edmd.create(Map.of("degree", "4", "ridge", "0")).fit(LORENZ.slice(0, 20), 0));
        assertTrue(e.getMessage().startsWith("edmd("), e.getMessage());
    }

    @Test
    void everyDictionaryAndSolverTracksLorenzOverAShortHorizon() {
        Trajectory train = LORENZ.slice(0, 3000);
        Trajectory truth = LORENZ.slice(3000, 3050);
        String[][] configs = {{}, {"dictionary", "rbf", "centres", "60"}, {"dictionary", "rff", "features", "100"},
            {"rank", "20"}, {"delays", "2", "degree", "2"}};
        for (String[] c : configs) {
            Map<String, String> s = new java.util.HashMap<>();
            for (int i = 0; i < c.length; i += 2) {
                s.put(c[i], c[i + 1]);
            }
            FittedModel m = Forecasters.get("edmd").create(s).fit(train, 3);
            Trajectory f = m.forecast(train, 50);
            assertEquals(50, f.size());
            assertEquals(train.time(2999) + 0.01, f.time(0), 1e-12);
            double err = 0;
            for (int k = 0; k < 50; k++) {
                for (int j = 0; j < 3; j++) {
                    err = Math.max(err, Math.abs(f.value(k, j) - truth.value(k, j)));
                }
            }
            // half a time unit on an attractor of std ≈ 8: every variant stays within 1.5
            assertTrue(err < 1.5, s + ": max error over 50 steps " + err);
        }
    }

    @Test
    void hankelDmdIsTheLinearVectorAutoregression() {
        // degree-1 monomials on 4 lags, re-lifted = VAR(4) with intercept on z-scored data; VAR's ridge is
        // added to XᵀX, EDMD's to (1/M)XᵀX, M = 2996 pairs
        Trajectory train = LORENZ.slice(0, 3000);
        String ridge = Double.toString(1e-3 / 2996);
        double[] hankel = Forecasters.get("edmd").create(Map.of("degree", "1", "delays", "3", "ridge", ridge))
                .fit(train, 0).forecast(train, 100).values();
        double[] var = Forecasters.get("var").create(Map.of("p", "4", "ridge", "1e-3")).fit(train, 0)
                .forecast(train, 100).values();
        assertArrayEquals(var, hankel, 1e-7);
    }

    @Test
    void divergingForecastIsReported() {
        // a growing exponential: the linear fit extrapolates the growth until it leaves the bound
        int n = 200;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
            v[i] = Math.exp(0.05 * i);
        }
        Trajectory grow = new Trajectory("grow", List.of("x"), t, v, 0.1);
        FittedModel m = Forecasters.get("edmd").create(Map.of("degree", "1", "mode", "linear")).fit(grow, 0);
        assertThrows(DivergenceException.class, () -> m.forecast(grow, 100_000));
    }

    @Test
    void modeExpansionForecastKeepsOnlyTheAcceptedEigenpairs() {
        Trajectory train = LORENZ.slice(0, 3000);
        KoopmanModel all = (KoopmanModel) Forecasters.get("edmd").create(Map.of("degree", "2", "mode", "modes",
                "residual", "1e9")).fit(train, 0);
        KoopmanModel linear = (KoopmanModel) Forecasters.get("edmd").create(Map.of("degree", "2", "mode", "linear"))
                .fit(train, 0);
        assertEquals(all.operator().size(), all.keptEigenpairs().size(), "ε = 1e9 accepts every pair");
        assertTrue(linear.keptEigenpairs().isEmpty());
        double[] a = all.forecast(train, 100).values();
        double[] b = linear.forecast(train, 100).values();
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 1e-7 * (1 + Math.abs(b[i])), "every pair kept: the linear rollout, entry " + i);
        }
        KoopmanModel strict = (KoopmanModel) Forecasters.get("edmd").create(Map.of("degree", "2", "mode", "modes"))
                .fit(train, 0);
        double[][][] p = strict.pairs(train);
        double[] res = ResDmd.residuals(strict.operator(), p[0], p[1]);
        List<Eigenpair> expected = ResDmd.filter(strict.operator().spectrum(), res, EdmdForecaster.DEFAULT_RESIDUAL);
        assertEquals(expected.size(), strict.keptEigenpairs().size());
        assertTrue(strict.keptEigenpairs().size() < strict.operator().size(), "Lorenz: some pairs are spurious");
        assertTrue(strict.describe().contains("mode expansion over " + expected.size() + " of "), strict.describe());
        assertEquals("edmd(degree=2,ridge=1.0E-10,mode=modes,residual=0.1)", Forecasters.get("edmd")
                .create(Map.of("degree", "2", "mode", "modes")).name());
    }

    @Test
    void explanationListsTheLeadingKoopmanEigenvalues() {
        KoopmanModel m = (KoopmanModel) Forecasters.get("edmd").create(Map.of("degree", "2")).fit(LORENZ.slice(0, 3000), 0);
        KoopmanSpectrum spectrum = m.operator().spectrum();
        String text = m.explain();
        assertTrue(text.startsWith(m.describe()), text);
        assertTrue(text.contains("Koopman spectrum: " + spectrum.size() + " eigenvalues"), text);
        for (int j = 0; j < Math.min(12, spectrum.size()); j++) {
            assertTrue(text.contains("  " + spectrum.get(j)), "eigenpair " + j + " missing:\n" + text);
        }
        // largest modulus first
        for (int j = 1; j < spectrum.size(); j++) {
            assertTrue(spectrum.get(j).modulus() <= spectrum.get(j - 1).modulus() + 1e-12);
        }
    }

    @Test
    void fittedModelIsThreadSafe() throws Exception {
        FittedModel m = Forecasters.get("kedmd").create(Map.of("points", "300")).fit(LORENZ.slice(0, 3000), 0);
        double[] expected = m.forecast(LORENZ.slice(0, 3000), 300).values();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> m.forecast(LORENZ.slice(0, 3000), 300).values()));
            }
            for (Future<double[]> f : futures) {
                assertArrayEquals(expected, f.get(), 0.0);
            }
        } finally {
            pool.shutdown();
        }
    }
}
