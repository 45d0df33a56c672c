package io.github.chaoskit.forecast.plrnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.forecast.FittedModel;
import io.github.chaoskit.forecast.ForecasterProvider;
import io.github.chaoskit.forecast.Forecasters;
import io.github.chaoskit.forecast.internal.Adam;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

class PlrnnTrainingTest {

    static final Trajectory LORENZ = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01))
            .transientTime(20).build().generate(Catalog.get("Lorenz"), 3000);

    static PlrnnConfig.Builder small(Architecture a) {
        return PlrnnConfig.builder(a).hidden(20).latent(a == Architecture.ALRNN ? 8 : 0).reluUnits(2).tau(8).sequenceLength(50)
                .batchSize(8).batchesPerEpoch(20).epochs(12).learningRate(1e-2, 1e-3);
    }

    @Test
    void trainingReducesTheLoss() {
        for (Architecture a : new Architecture[] {Architecture.CLIPPED_SHALLOW, Architecture.ALRNN}) {
            // a constant GTF α keeps the loss comparable between epochs (annealing α raises it)
            PlrnnModel m = new PlrnnForecaster(small(a).alphaMethod(PlrnnConfig.AlphaMethod.CONSTANT).alpha(0.2)
                    .build()).fit(LORENZ, 3);
            double[] loss = m.report().epochLoss();
            assertEquals(12, loss.length);
            assertFalse(m.report().stoppedEarly());
            assertTrue(loss[11] < 0.5 * loss[0], a + ": loss " + Arrays.toString(loss));
            // model selection returns the checkpoint with the lowest D_stsp
            double min = Arrays.stream(m.report().selectionDivergence()).min().getAsDouble();
            assertEquals(min, m.report().selectedDivergence(), 0.0);
            Trajectory f = m.forecast(LORENZ, 20);
            assertEquals(20, f.size());
            assertEquals(LORENZ.time(2999) + 0.01, f.time(0), 1e-12);
            // one step of 0.01 from the last observation stays close to the truth (attractor std ~8)
            double[] next = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).transientTime(20).build()
                    .generate(Catalog.get("Lorenz"), 3001).row(3000);
            for (int k = 0; k < 3; k++) {
                assertEquals(next[k], f.value(0, k), 2.0, a + " one-step forecast, column " + k);
            }
        }
    }

    @Test
    void threadCountDoesNotChangeAnyBit() {
        for (Architecture a : new Architecture[] {Architecture.CLIPPED_SHALLOW, Architecture.ALRNN,
                Architecture.PLRNN}) {
            PlrnnConfig one = small(a).epochs(3).noise(0.05).build();
            PlrnnModel m1 = new PlrnnForecaster(one).fit(LORENZ, 9);
            PlrnnModel m2 = new PlrnnForecaster(one.toBuilder().threads(2).build()).fit(LORENZ, 9);
            PlrnnModel m3 = new PlrnnForecaster(one.toBuilder().threads(3).build()).fit(LORENZ, 9);
            assertArrayEquals(m1.parameters(), m2.parameters(), 0.0, a + ": 1 vs 2 threads");
            assertArrayEquals(m1.parameters(), m3.parameters(), 0.0, a + ": 1 vs 3 threads");
            assertArrayEquals(m1.report().epochLoss(), m2.report().epochLoss(), 0.0);
            assertArrayEquals(m1.report().epochAlpha(), m3.report().epochAlpha(), 0.0);
            assertArrayEquals(m1.forecast(LORENZ, 50).values(), m2.forecast(LORENZ, 50).values(), 0.0);
            PlrnnModel other = new PlrnnForecaster(one).fit(LORENZ, 10);
            assertFalse(Arrays.equals(m1.parameters(), other.parameters()), "another seed gives another model");
        }
    }

    @Test
    void nonFiniteValuesStopTrainingAndKeepTheLastGoodParameters() {
        PlrnnConfig c = small(Architecture.PLRNN).optimizer(PlrnnConfig.Optimizer.ADAM).learningRate(1e200, 1e200)
                .latentRegularization(0).build();
        PlrnnModel m = new PlrnnForecaster(c).fit(LORENZ, 1);
        TrainingReport r = m.report();
        assertTrue(r.stoppedEarly(), r.toString());
        assertTrue(r.stopReason().contains("non-finite"), r.stopReason());
        assertTrue(r.epochsCompleted() < 12);
        for (double v : m.parameters()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void gtfAlphaFollowsTheJacobianProductBound() {
        PlrnnConfig c = small(Architecture.CLIPPED_SHALLOW).latent(4).build();
        try (PlrnnTrainer tr = new PlrnnTrainer(c, standardized(), 3, 5)) {
            for (int step = 0; step < 3; step++) {
                double[] th = tr.theta().clone();
                double before = tr.alpha();
                if (step == 1) {
                    tr.setAlpha(0); // the estimate is above α: α jumps to it
                    before = 0;
                }
                tr.trainBatch(1e-3);
                double estimate = expectedAlpha(tr, th);
                double g = c.alphaDecayResolved();
                double expected = estimate > before ? estimate : g * before + (1 - g) * estimate;
                assertEquals(expected, tr.alpha(), 1e-9, "step " + step + ", estimate " + estimate);
                for (int k = 1; k < c.alphaInterval(); k++) {
                    tr.trainBatch(1e-3); // no update in between
                }
            }
        }
    }

    /** α̂ = max(0, 1 − 1/max_s geomean_t ‖J(ẑ_t)‖₂), the norm from an SVD (independent of the trainer). */
    static double expectedAlpha(PlrnnTrainer tr, double[] th) {
        Network net = tr.network();
        int len = tr.sequenceLength();
        int n = net.n;
        int m = net.m;
        double[] batch = tr.batchArray();
        double bound = 0;
        double[] z = new double[m];
        double[] jac = new double[m * m];
        double[] cache = new double[Math.max(1, net.map.width)];
        for (int s = 0; s < batch.length / ((len + 1) * n); s++) {
            double acc = 0;
            for (int t = 0; t < len; t++) {
                Arrays.fill(z, 0);
                System.arraycopy(batch, s * (len + 1) * n + t * n, z, 0, n);
                net.map.jacobian(th, z, 0, jac, cache);
                acc += Math.log(NormOps_DDRM.normP2(new DMatrixRMaj(m, m, true, jac)));
            }
            bound = Math.max(bound, Math.exp(acc / len));
        }
        return Math.max(0, 1 - 1 / bound);
    }

    @Test
    void automaticSparseForcingIntervalFollowsTheDecorrelationTime() {
        PlrnnConfig auto = PlrnnConfig.builder(Architecture.ALRNN).build();
        assertEquals(PlrnnConfig.AUTO_TAU, auto.tau());
        // Lorenz-63 at Δt = 0.01 decorrelates over ~100 steps: the cap, the paper's 16
        assertEquals(16, auto.tauFor(standardized(), 3));
        // the Hénon map decorrelates within a step or two
        Trajectory henon = TrajectoryGenerator.builder().transientTime(100).standardize(true).build()
                .generate(Catalog.get("Henon"), 2000);
        int t = auto.tauFor(henon.values(), 2);
        assertTrue(t >= 1 && t <= 2, "Henon tau " + t);
        // white noise: 1
        double[] noise = new double[3000];
        org.hipparchus.random.Well19937c rng = new org.hipparchus.random.Well19937c(1);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rng.nextGaussian();
        }
        assertEquals(1, auto.tauFor(noise, 1));
        assertEquals(7, auto.toBuilder().tau(7).build().tauFor(noise, 1));
        // T̃: 12 decorrelation lags within [10, 200]: 200 for Lorenz-63 at Δt = 0.01 (lag 19), 12-24 for Hénon
        assertEquals(200, auto.sequenceLengthFor(standardized(), 3));
        int len = auto.sequenceLengthFor(henon.values(), 2);
        assertTrue(len >= 12 && len <= 24, "Henon T " + len);
        assertEquals(12, auto.sequenceLengthFor(noise, 1));
        assertEquals(33, auto.toBuilder().sequenceLength(33).build().sequenceLengthFor(noise, 1));
    }

    @Test
    void learningRateDecaysGeometricallyFromStartToEnd() {
        PlrnnConfig c = small(Architecture.SHALLOW).epochs(10).learningRate(1e-3, 1e-6).build();
        try (PlrnnTrainer tr = new PlrnnTrainer(c, standardized(), 3, 5)) {
            assertEquals(1e-3, tr.learningRate(0), 1e-18);
            assertEquals(1e-3 * Math.pow(1e-3, 0.5), tr.learningRate(5), 1e-15);
            assertEquals(1e-6, tr.learningRate(10), 1e-18);
        }
    }

    @Test
    void adamAndRadamSteps() {
        // first RAdam steps (ρ_t ≤ 5) are bias-corrected momentum: θ₁ = θ₀ − η g
        Adam r = Adam.withDefaults(2, true);
        double[] th = {1, -2};
        r.step(th, new double[] {0.5, -4}, 0.1);
        assertArrayEquals(new double[] {0.95, -1.6}, th, 1e-15);
        // Adam's first step is η·sign(g) (up to ε)
        Adam a = Adam.withDefaults(2, false);
        double[] ta = {1, -2};
        a.step(ta, new double[] {0.5, -4}, 0.1);
        assertArrayEquals(new double[] {0.9, -1.9}, ta, 1e-7);
        // both minimise a quadratic
        for (boolean rect : new boolean[] {true, false}) {
            Adam o = Adam.withDefaults(1, rect);
            double[] x = {5};
            for (int i = 0; i < 3000; i++) {
                o.step(x, new double[] {2 * (x[0] - 1)}, 0.05);
            }
            assertEquals(1, x[0], 1e-3, "rectified=" + rect);
        }
    }

    @Test
    void fixedPointsAndSymbolicCodeOfATrainedAlRnn() {
        AlRnnModel m = (AlRnnModel) new PlrnnForecaster(small(Architecture.ALRNN).build()).fit(LORENZ, 4);
        int mm = m.latentDimension();
        long[] code = m.symbolicCode(100, 2000);
        assertEquals(2000, code.length);
        for (long c : code) {
            assertTrue(c >= 0 && c < 4, "code " + c);
        }
        double[] run = m.freeRun(m.trainingInitialState(), 100, 2000);
        assertArrayEquals(code, m.symbolicCode(run));
        double[] a = m.a();
        double[] w = m.w();
        double[] h = m.h();
        List<AlRnnModel.FixedPoint> fps = m.fixedPoints(code);
        assertFalse(fps.isEmpty());
        double occupancy = 0;
        for (AlRnnModel.FixedPoint fp : fps) {
            occupancy += fp.occupancy();
            double[] z = fp.state();
            // (diag(A) + W D) z* + h = z*
            for (int i = 0; i < mm; i++) {
                double acc = a[i] * z[i] + h[i];
                for (int j = 0; j < mm; j++) {
                    boolean on = j < mm - 2 || ((fp.region() >>> (j - (mm - 2))) & 1) != 0;
                    acc += on ? w[i * mm + j] * z[j] : 0;
                }
                assertEquals(z[i], acc, 1e-9 * (1 + Math.abs(z[i])), "region " + fp.region() + " unit " + i);
            }
            assertEquals(fp.real(), m.region(z) == fp.region());
            if (fp.real()) {
                double[] fz = new double[mm];
                m.map(z, fz);
                assertArrayEquals(z, fz, 1e-9);
            }
        }
        assertEquals(1, occupancy, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> m.fixedPoint(4));
    }

    @Test
    void explanationOfAnAlRnnMatchesItsCodeFixedPointsAndSpectrum() {
        checkExplanation((AlRnnModel) new PlrnnForecaster(small(Architecture.ALRNN).build()).fit(LORENZ, 4));
        // a hand-built model visiting many regions, so the listing is cut and summarised: 8 linear units
        // rotating in 4 planes at incommensurate angles, 8 ReLU units z_{8+k}' = z_{8+k}/2 + z_k following
        // their signs (the ReLU outputs feed nothing back, so the orbit is bounded and quasi-periodic)
        int m = 16;
        Network net = new Network(LatentMap.of(Architecture.ALRNN, m, 1, 8, 0.95), 2);
        double[] th = new double[net.size];
        double[] angles = {0.3, 0.7 * Math.sqrt(2), 1.1 * Math.sqrt(3), 2.0};
        for (int b = 0; b < 4; b++) {
            int i = 2 * b;
            double c = Math.cos(angles[b]);
            double s = Math.sin(angles[b]);
            th[m + i * m + i] = c;
            th[m + i * m + i + 1] = -s;
            th[m + (i + 1) * m + i] = s;
            th[m + (i + 1) * m + i + 1] = c;
        }
        for (int k = 0; k < 8; k++) {
            th[8 + k] = 0.5;
            th[m + (8 + k) * m + k] = 1;
        }
        for (int i = net.obs; i < net.size; i++) {
            th[i] = 0.3 + 0.05 * (i - net.obs); // z1 = [x; L x]: every unit starts away from 0
        }
        PlrnnConfig cfg = PlrnnConfig.builder(Architecture.ALRNN).latent(m).reluUnits(8).build();
        AlRnnModel wide = new AlRnnModel(net, th, new double[2], new double[] {1, 1}, 1, new double[] {1, 0.3}, cfg,
                null, "rotations", "test", 16);
        int visited = checkExplanation(wide);
        assertTrue(visited > AlRnnModel.EXPLAIN_FIXED_POINTS, "the rotation model visits " + visited + " regions");
        // J = [[R, 0], [I, I/2]]: eigenvalues of modulus 1 (×8) and 1/2 (×8); the finite-time QR estimate
        // carries an O(1/steps) transient from the off-diagonal block
        double[] lyap = wide.lyapunovSpectrum(0, 20_000);
        assertEquals(0, lyap[0], 1e-4, "rotations are neutral");
        assertEquals(0, lyap[7], 1e-4, "rotations are neutral");
        assertEquals(Math.log(0.5), lyap[8], 1e-4, "the ReLU units contract by 1/2");
        assertEquals(Math.log(0.5), lyap[m - 1], 1e-4, "the ReLU units contract by 1/2");
    }

    /** Checks an AL-RNN's explanation against its code, fixed points and spectrum; @return regions visited. */
    private static int checkExplanation(AlRnnModel m) {
        String text = m.explain();
        int p = m.reluUnits();
        long[] code = m.symbolicCode(AlRnnModel.DEFAULT_TRANSIENT, AlRnnModel.DEFAULT_STEPS);
        List<AlRnnModel.FixedPoint> fps = m.fixedPoints(code);
        assertTrue(text.contains("symbolic code: " + fps.size() + " of " + (1 << p) + " linear subregions visited in "
                + AlRnnModel.DEFAULT_STEPS + " steps"), text);
        double rest = 0;
        for (int i = 0; i < fps.size(); i++) {
            AlRnnModel.FixedPoint fp = fps.get(i);
            if (i < AlRnnModel.EXPLAIN_FIXED_POINTS) {
                assertTrue(text.contains("  " + fp + System.lineSeparator()), "fixed point line missing: " + fp
                        + "\n" + text);
            } else {
                assertFalse(text.contains("  " + fp + System.lineSeparator()), "listed beyond the cap: " + fp);
                rest += fp.occupancy();
            }
        }
        if (fps.size() > AlRnnModel.EXPLAIN_FIXED_POINTS) {
            assertTrue(text.contains(String.format(java.util.Locale.ROOT, "  … %d more regions, together occupancy %.3f",
                    fps.size() - AlRnnModel.EXPLAIN_FIXED_POINTS, rest)), text);
        }
        // the listed transitions add up to the number of region changes in the code
        int changes = 0;
        for (int i = 1; i < code.length; i++) {
            changes += code[i] != code[i - 1] ? 1 : 0;
        }
        String moves = text.lines().filter(l -> l.contains("transitions between regions")).findFirst().orElseThrow();
        int listed = 0;
        int pairs = 0;
        java.util.regex.Matcher pair = java.util.regex.Pattern.compile("(\\d+)->(\\d+): (\\d+)").matcher(moves);
        while (pair.find()) {
            listed += Integer.parseInt(pair.group(3));
            pairs++;
        }
        assertTrue(pairs <= AlRnnModel.EXPLAIN_TRANSITIONS, moves);
        java.util.regex.Matcher more = java.util.regex.Pattern.compile("more pairs: (\\d+)").matcher(moves);
        if (more.find()) {
            listed += Integer.parseInt(more.group(1));
        }
        assertEquals(changes, listed, moves);
        double[] lyap = m.lyapunovSpectrum(PlrnnModel.EXPLAIN_TRANSIENT, PlrnnModel.EXPLAIN_STEPS);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "λ1 = %.4f", lyap[0])), text);
        assertTrue(text.contains("linear units: " + (m.latentDimension() - p) + ", ReLU units P = " + p), text);
        return fps.size();
    }

    @Test
    void progressIsReportedEveryEpochWithoutChangingTheFit() {
        PlrnnForecaster f = new PlrnnForecaster(small(Architecture.ALRNN).build());
        List<Double> seen = new java.util.ArrayList<>();
        PlrnnModel withProgress = f.fit(LORENZ, 5, seen::add);
        PlrnnModel plain = f.fit(LORENZ, 5);
        assertArrayEquals(plain.parameters(), withProgress.parameters(), 0.0, "progress must not change the fit");
        int epochs = f.config().epochs();
        assertEquals(epochs + 1, seen.size(), "one report per epoch and one at the end: " + seen);
        for (int i = 0; i < epochs; i++) {
            assertEquals((i + 1.0) / epochs, seen.get(i), 0.0);
        }
        assertEquals(1.0, seen.get(epochs), 0.0);
        // the default of the SPI reports only the end
        List<Double> once = new java.util.ArrayList<>();
        Forecasters.get("persistence").create().fit(LORENZ, 0, once::add);
        assertEquals(List.of(1.0), once);
    }

    @Test
    void kaplanYorkeDimensionOfKnownSpectra() {
        // Lorenz-63 (0.9056, 0, −14.5723): 2 + 0.9056/14.5723
        assertEquals(2 + 0.9056 / 14.5723, PlrnnModel.kaplanYorke(new double[] {0.9056, 0, -14.5723}), 1e-12);
        // Hénon (0.4192, −1.6232): 1 + 0.4192/1.6232
        assertEquals(1 + 0.4192 / 1.6232, PlrnnModel.kaplanYorke(new double[] {0.4192, -1.6232}), 1e-12);
        assertEquals(0, PlrnnModel.kaplanYorke(new double[] {-0.1, -2}), 0);
        assertEquals(2, PlrnnModel.kaplanYorke(new double[] {0.3, 0.1}), 0);
    }

    @Test
    void lyapunovSpectrumOfALinearModelIsTheLogOfItsEigenvalues() {
        // z' = S diag(0.9, -0.6, 0.3) S⁻¹ z as an AL-RNN with P = 0 (all units linear): A = diag part
        double[] s = {1, 0.5, 0.2, 0, 1, 0.4, 0.3, 0, 1};
        DMatrixRMaj sm = new DMatrixRMaj(3, 3, true, s);
        DMatrixRMaj inv = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.invert(sm, inv);
        DMatrixRMaj d = CommonOps_DDRM.diag(0.9, -0.6, 0.3);
        DMatrixRMaj tmp = new DMatrixRMaj(3, 3);
        DMatrixRMaj mat = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.mult(sm, d, tmp);
        CommonOps_DDRM.mult(tmp, inv, mat);
        double[] th = new double[2 * 3 + 9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                th[3 + i * 3 + j] = mat.get(i, j);
            }
        }
        PlrnnConfig cfg = PlrnnConfig.builder(Architecture.ALRNN).latent(3).reluUnits(0).build();
        Network net = new Network(LatentMap.of(Architecture.ALRNN, 3, 1, 0, 0.95), 3);
        AlRnnModel m = new AlRnnModel(net, th, new double[3], new double[] {1, 1, 1}, 0.5, new double[] {1, 1, 1},
                cfg, null, "linear", "test", 16);
        double[] lyap = m.lyapunovSpectrum(new double[] {1, 1, 1}, 0, 4000);
        double[] expected = {Math.log(0.9) / 0.5, Math.log(0.6) / 0.5, Math.log(0.3) / 0.5};
        assertArrayEquals(expected, lyap, 2e-3);
        // the SPI's λ̂₁ (used for the benchmark's invariant error) runs from the first training state
        assertEquals(expected[0], m.largestLyapunovExponent().getAsDouble(), 2e-3);
    }

    @Test
    void lyapunovExponentsSumToTheMeanLogDeterminant() {
        PlrnnModel m = new PlrnnForecaster(small(Architecture.CLIPPED_SHALLOW).latent(4).build()).fit(LORENZ, 2);
        double[] z0 = m.freeRun(m.trainingInitialState(), 200, 1);
        int steps = 500;
        double[] lyap = m.lyapunovSpectrum(z0, 0, steps);
        double[] orbit = m.freeRun(z0, 0, steps);
        double logdet = 0;
        double[] z = z0.clone();
        for (int t = 0; t < steps; t++) {
            logdet += Math.log(Math.abs(CommonOps_DDRM.det(new DMatrixRMaj(4, 4, true, m.jacobian(z)))));
            z = Arrays.copyOfRange(orbit, t * 4, t * 4 + 4);
        }
        double sum = Arrays.stream(lyap).sum() * steps * m.step();
        assertEquals(logdet, sum, 1e-8 * Math.max(1, Math.abs(logdet)));
        for (int i = 1; i < lyap.length; i++) {
            assertTrue(lyap[i] <= lyap[i - 1]);
        }
    }

    @Test
    void providersAreRegisteredWithValidGrids() {
        for (String name : new String[] {"plrnn", "shplrnn", "alrnn"}) {
            ForecasterProvider p = Forecasters.get(name);
            assertEquals(name, p.name());
            assertFalse(p.description().isBlank());
            assertEquals(name, p.create().name());
            for (Map<String, String> g : p.grid()) {
                PlrnnForecaster f = (PlrnnForecaster) p.create(g);
                assertTrue(f.name().startsWith(name + "("), f.name());
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.create(Map.of("epoch", "3")));
            assertTrue(e.getMessage().contains("'epoch'"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> p.create(Map.of("epochs", "0")));
            assertTrue(e.getMessage().contains("epochs"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> p.create(Map.of("optimizer", "sgd")));
            assertTrue(e.getMessage().contains("sgd"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> p.create(Map.of("latent", "+0")));
            assertTrue(e.getMessage().contains("latent"), e.getMessage());
        }
        PlrnnConfig c = ((PlrnnForecaster) Forecasters.get("plrnn").create(Map.of("latent", "+4", "epochs", "7")))
                .config();
        assertEquals(7, c.latentFor(3) - 0);
        assertEquals(7, c.epochs());
        PlrnnConfig al = ((PlrnnForecaster) Forecasters.get("alrnn").create()).config();
        assertEquals(PlrnnConfig.Forcing.SPARSE, al.forcing());
        assertEquals(20, al.latentFor(3));
        assertEquals(PlrnnConfig.AUTO_RELU_UNITS, al.reluUnits());
        assertEquals(10, al.reluUnitsFor(al.latentFor(3)));
        assertEquals(15, al.reluUnitsFor(al.latentFor(20)), "M = N + 10 = 30 for N = 20");
        PlrnnConfig two = ((PlrnnForecaster) Forecasters.get("alrnn").create(Map.of("relu", "2"))).config();
        assertEquals(2, two.reluUnitsFor(two.latentFor(3)));
        PlrnnConfig auto = ((PlrnnForecaster) Forecasters.get("alrnn").create(Map.of("relu", "auto"))).config();
        assertEquals(al, auto);
        PlrnnConfig sh = ((PlrnnForecaster) Forecasters.get("shplrnn").create(Map.of("clipped", "false")))
                .config();
        assertEquals(Architecture.SHALLOW, sh.architecture());
        assertEquals(3, sh.latentFor(3));
        assertNotEquals(sh, ((PlrnnForecaster) Forecasters.get("shplrnn").create()).config());
    }

    @Test
    void badInputIsReportedByName() {
        PlrnnForecaster f = new PlrnnForecaster(small(Architecture.CLIPPED_SHALLOW).epochs(1).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.fit(LORENZ.slice(0, 5), 0));
        assertTrue(e.getMessage().contains("5 rows"), e.getMessage());
        double[] v = LORENZ.slice(0, 100).values();
        v[40] = Double.NaN;
        Trajectory nan = new Trajectory("Lorenz", LORENZ.columnNames(), LORENZ.slice(0, 100).times(), v, 0.01);
        e = assertThrows(IllegalArgumentException.class, () -> f.fit(nan, 0));
        assertTrue(e.getMessage().contains("row 13"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PlrnnForecaster(PlrnnConfig
                .builder(Architecture.ALRNN).latent(2).build()).fit(LORENZ.slice(0, 100), 0));
        assertTrue(e.getMessage().contains("latent dimension 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PlrnnConfig.builder(Architecture.ALRNN).tau(-1).build());
        assertTrue(e.getMessage().contains("tau"), e.getMessage());
        // short data: T̃ is capped, training still runs
        FittedModel m = f.fit(LORENZ.slice(0, 40), 0);
        assertEquals(19, ((PlrnnModel) m).report().sequenceLength());
        e = assertThrows(IllegalArgumentException.class, () -> m.forecast(LORENZ.columns(0, 1), 3));
        assertTrue(e.getMessage().contains("2 columns"), e.getMessage());
    }

    static double[] standardized() {
        double[] v = LORENZ.values().clone();
        double[] mean = new double[3];
        double[] sd = new double[3];
        int n = v.length / 3;
        for (int i = 0; i < v.length; i++) {
            mean[i % 3] += v[i] / n;
        }
        for (int i = 0; i < v.length; i++) {
            sd[i % 3] += (v[i] - mean[i % 3]) * (v[i] - mean[i % 3]) / n;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (v[i] - mean[i % 3]) / Math.sqrt(sd[i % 3]);
        }
        return v;
    }
}
