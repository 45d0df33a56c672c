package io.github.chaoskit.forecast.esn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.Forecaster;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.metrics.ValidPredictionTime;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.ops.DConvertMatrixStruct;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class EchoStateNetworkTest {

    /** λ₁ of Lorenz-63 at the classic parameters (Sprott 2003). */
    static final double LAMBDA1 = 0.9056;
    static final double DT = 0.02;
    static final int TRAIN = 5000;
    static final int ORIGINS = 20;
    static final int HORIZON = 600; // 10.9 Lyapunov times

    /** Lorenz-63 (β = 8/3) at Δt = 0.02 after a transient of 50 time units: 5000 training points, then test data. */
    static final Trajectory LORENZ = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(DT)).transientTime(50)
            .build().generate(Catalog.get("Lorenz").withParameter("beta", 8.0 / 3), TRAIN + ORIGINS * 1000);
    static final MetricContext CONTEXT = MetricContext.builder().lyapunovMax(LAMBDA1).step(DT).attractorStd(LORENZ)
            .build();

    /**
     * VPT (NRMSE > 0.5 on the attractor σ, in Lyapunov times) of 5 seeds × 20 forecast origins spaced 1000
     * samples (20 time units) apart in the data after the training set; the first origin follows the
     * training data directly, as in the published set-up.
     */
    private static double[][] vpts(Forecaster f) {
        double[][] out = new double[5][ORIGINS];
        for (int seed = 0; seed < 5; seed++) {
            FittedModel m = f.fit(LORENZ.slice(0, TRAIN), seed);
            for (int k = 0; k < ORIGINS; k++) {
                int o = TRAIN + 1000 * k;
                Trajectory fc = m.forecast(LORENZ.slice(o - 300, o), HORIZON);
                out[seed][k] = ValidPredictionTime.NRMSE.score(LORENZ.slice(o, o + HORIZON), fc, CONTEXT);
            }
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static String summary(String what, double[][] v) {
        double[] all = Arrays.stream(v).flatMapToDouble(Arrays::stream).toArray();
        double[] first = Arrays.stream(v).mapToDouble(r -> r[0]).toArray();
        String s = String.format(java.util.Locale.ROOT, "%s: median VPT %.2f over %d forecasts; first origin per seed %s",
                what, median(all), all.length, Arrays.toString(first));
        System.out.println(s);
        return s;
    }

    @Test
    void pathakSetUpReproducesTheIndependentNumpyBaseline() {
        // Pathak et al. (2018) on raw data: 300 nodes, degree 6, ρ 1.2, σ_in 0.1, λ 1e-6, washout 100,
        // squared nodes. The paper's set-up gives VPTs 6.47, 6.47, 6.54, 6.43, 2.14 (median 6.5) on one
        // test window: a property of that window as much as of the method (the first-origin values here
        // cluster at the same few hard spots for every seed, as the published ones do). Measured here:
        // median 5.2 over 100 forecasts (first origin 4.8–5.0 for four seeds, 9.7 for one). The
        // independent NumPy/SciPy ESN in src/test/python/esn_lorenz_reference.py, same protocol on its own
        // DOP853 data, gives a median of 5.2 too (5.1 on this test's exported data).
        double[][] v = vpts(EchoStateNetwork.create(EchoStateNetwork.Config.pathak()));
        String s = summary("pathak", v);
        double all = median(Arrays.stream(v).flatMapToDouble(Arrays::stream).toArray());
        assertTrue(all >= 4.5 && all <= 7.5, s);
    }

    @Test
    void defaultsBeatThePublishedValidPredictionTime() {
        // z-scored data, σ_in 0.3, bias 1, ρ 0.9: measured median 7.5 over 100 forecasts and 7.6 over the
        // first origins of the 5 seeds (published 6.5)
        double[][] v = vpts(Forecasters.get("esn").create());
        String s = summary("defaults", v);
        double all = median(Arrays.stream(v).flatMapToDouble(Arrays::stream).toArray());
        double first = median(Arrays.stream(v).mapToDouble(r -> r[0]).toArray());
        assertTrue(all >= 6.5, s);
        assertTrue(first >= 6.5, s);
    }

    @Test
    void sameSeedGivesBitwiseIdenticalForecastsAndModelsAreThreadSafe() throws Exception {
        Forecaster f = Forecasters.get("esn").create(Map.of("nodes", "120", "leak", "0.7"));
        Trajectory train = LORENZ.slice(0, 1500);
        FittedModel a = f.fit(train, 42);
        FittedModel b = f.fit(train, 42);
        FittedModel c = f.fit(train, 43);
        double[] fa = a.forecast(train, 200).values();
        assertArrayEquals(fa, b.forecast(train, 200).values(), 0.0);
        assertFalse(Arrays.equals(fa, c.forecast(train, 200).values()), "another seed, another reservoir");
        List<CompletableFuture<double[]>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> a.forecast(train, 200).values()));
        }
        for (CompletableFuture<double[]> r : runs) {
            assertArrayEquals(fa, r.get(), 0.0);
        }
        Trajectory fc = a.forecast(train, 3);
        assertEquals(train.time(1499) + 3 * DT, fc.time(2), 1e-9);
    }

    @Test
    void explanationSplitsTheReadoutOverItsFeatureGroups() {
        Trajectory train = LORENZ.slice(0, 1500);
        for (String squared : new String[] {"true", "false"}) {
            FittedModel m = Forecasters.get("esn").create(Map.of("nodes", "100", "squared", squared,
                    "spectral_radius", "0.8", "readout_input", "false")).fit(train, 3);
            String text = m.explain();
            assertTrue(text.startsWith(m.describe()), text);
            assertTrue(text.contains("spectral radius 0.8000 (unscaled"), text);
            java.util.regex.Matcher g = java.util.regex.Pattern.compile("bias ([0-9.]+), linear nodes ([0-9.]+), "
                    + "squared nodes ([0-9.]+), input ([0-9.]+)").matcher(text);
            assertTrue(g.find(), text);
            double sum = 0;
            for (int i = 1; i <= 4; i++) {
                sum += Double.parseDouble(g.group(i));
            }
            assertEquals(1, sum, 2.5e-3, "shares add up to one (rounded to 3 decimals): " + text);
            assertEquals(0, Double.parseDouble(g.group(4)), 0, "no input features");
            if (squared.equals("false")) {
                assertEquals(0, Double.parseDouble(g.group(3)), 0, "no squared features");
            } else {
                assertTrue(Double.parseDouble(g.group(3)) > 0, text);
            }
        }
    }

    @Test
    void sparseUpdateEqualsADenseReference() {
        Reservoir res = Reservoir.random(200, 3, 0.05, 0.9, Reservoir.InputLayout.BERNOULLI, 0.5, 0.3, 0.2, 0.7, 7);
        DMatrixRMaj w = DConvertMatrixStruct.convert(res.weights(), (DMatrixRMaj) null);
        DMatrixRMaj win = DConvertMatrixStruct.convert(res.inputWeights(), (DMatrixRMaj) null);
        double[] bias = res.bias();
        assertEquals(2000, res.nonZeros());
        Well19937c rng = new Well19937c(3);
        double[] r = new double[200];
        double[] ref = new double[200];
        double[] scratch = new double[200];
        double[] u = new double[3];
        double worst = 0;
        for (int t = 0; t < 200; t++) {
            for (int j = 0; j < 3; j++) {
                u[j] = 2 * rng.nextGaussian();
            }
            res.step(r, u, scratch);
            double[] next = new double[200];
            for (int i = 0; i < 200; i++) {
                double s = bias[i];
                for (int k = 0; k < 200; k++) {
                    s += w.get(i, k) * ref[k];
                }
                for (int j = 0; j < 3; j++) {
                    s += win.get(i, j) * u[j];
                }
                next[i] = 0.3 * ref[i] + 0.7 * Math.tanh(s);
            }
            ref = next;
            for (int i = 0; i < 200; i++) {
                worst = Math.max(worst, Math.abs(r[i] - ref[i]));
            }
        }
        assertTrue(worst <= 1e-12, "largest difference " + worst);
        assertTrue(Arrays.stream(r).map(Math::abs).max().getAsDouble() > 0.1, "the reservoir is driven");
    }

    @Test
    void reservoirIsScaledToTheRequestedSpectralRadius() {
        for (long seed = 0; seed < 3; seed++) {
            Reservoir res = Reservoir.random(250, 2, 6.0 / 250, 1.2, Reservoir.InputLayout.ONE_PER_NODE, 0.1, 0.1, 0, 1,
                    seed);
            DMatrixRMaj w = DConvertMatrixStruct.convert(res.weights(), (DMatrixRMaj) null);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(250, false);
            assertTrue(eig.decompose(w));
            double rho = 0;
            for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
                rho = Math.max(rho, eig.getEigenvalue(i).getMagnitude());
            }
            assertEquals(1.2, rho, 1e-6, "seed " + seed);
            // Erdős–Rényi: round(density·n²) distinct non-zeros
            assertEquals(1500, res.nonZeros());
        }
        Reservoir p = Reservoir.random(50, 3, 0.2, 1, Reservoir.InputLayout.ONE_PER_NODE, 0.1, 0.1, 0, 1, 1);
        assertEquals(50, p.inputWeights().nz_length, "one input per node");
    }

    @Test
    void badInputIsRejectedWithTheValue() {
        ForecasterProvider esn = Forecasters.get("esn");
        Forecaster f = esn.create(Map.of("nodes", "50"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.fit(LORENZ.slice(0, 101), 0));
        assertTrue(e.getMessage().contains("101") && e.getMessage().contains("washout"), e.getMessage());
        double[] v = LORENZ.slice(0, 400).values();
        v[3 * 250 + 1] = Double.NaN;
        Trajectory nan = new Trajectory("Lorenz", LORENZ.columnNames(), LORENZ.slice(0, 400).times(), v, DT);
        e = assertThrows(IllegalArgumentException.class, () -> f.fit(nan, 0));
        assertTrue(e.getMessage().contains("row 250"), e.getMessage());
        FittedModel m = f.fit(LORENZ.slice(0, 400), 0);
        // a history shorter than sync (100) synchronises on all of it; an empty one is rejected
        Trajectory shortRun = m.forecast(LORENZ.slice(0, 99), 10);
        assertEquals(10, shortRun.size());
        for (double x : shortRun.values()) {
            assertTrue(Double.isFinite(x));
        }
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 0), 10));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(nan, 10));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 400).columns(0, 1), 10));
        assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.slice(0, 400), 0));
        e = assertThrows(IllegalArgumentException.class, () -> esn.create(Map.of("radius", "1")));
        assertTrue(e.getMessage().contains("radius"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> esn.create(Map.of("degree", "3", "density", "0.1")));
        assertTrue(e.getMessage().contains("degree"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> esn.create(Map.of("input_layout", "dense")));
        assertTrue(e.getMessage().contains("dense"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> esn.create(Map.of("leak", "0")));
        assertTrue(e.getMessage().contains("leak"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> esn.create(Map.of("density", "1.5")));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    }

    @Test
    void registryAndGrid() {
        ForecasterProvider p = Forecasters.get("ESN");
        assertEquals("esn", p.name());
        assertEquals(16, p.grid().size());
        for (Map<String, String> g : p.grid()) {
            assertTrue(p.create(g).name().startsWith("esn("), g.toString());
        }
        assertEquals("esn", p.create().name());
        assertEquals(EchoStateNetwork.Config.defaults(), EchoStateNetwork.parse(Map.of()));
        EchoStateNetwork.Config pathak = EchoStateNetwork.Config.pathak();
        assertEquals(pathak, EchoStateNetwork.parse(pathak.settings()));
        assertEquals("esn(bias=0.0,input_scaling=0.1,spectral_radius=1.2,standardize=false)",
                EchoStateNetwork.create(pathak).name());
    }
}
