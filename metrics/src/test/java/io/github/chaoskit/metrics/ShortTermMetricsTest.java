package io.github.chaoskit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class ShortTermMetricsTest {

    // the 3×2 example: truth y, forecast ŷ, training data x, attractor σ = (2, 1)
    //   y = [[1, 2], [3, −1], [2, 4]],  ŷ = [[2, 2], [1, 0], [2, 2]],  y − ŷ = [[−1, 0], [2, −1], [0, 2]]
    static final Trajectory Y = TestData.of(new double[][] {{1, 2}, {3, -1}, {2, 4}});
    static final Trajectory F = TestData.of(new double[][] {{2, 2}, {1, 0}, {2, 2}});
    static final Trajectory TRAIN = TestData.of(new double[][] {{0, 0}, {1, 2}, {3, 1}});
    static final MetricContext CTX = MetricContext.builder().attractorStd(2, 1).training(TRAIN).lyapunovMax(0.5)
            .step(0.1).build();

    static double score(String name, Trajectory y, Trajectory f, MetricContext c) {
        return Metrics.byName(name).score(y, f, c);
    }

    /** Hand-computed values on the 3×2 example (derivations in the comments). */
    @Test
    void handComputedValues() {
        Map<String, Double> expected = new TreeMap<>();
        // Σ|e| = 1+0+2+1+0+2 = 6, Σe² = 1+0+4+1+0+4 = 10, over 6 elements
        expected.put("mse", 10.0 / 6);
        expected.put("mae", 1.0);
        expected.put("rmse", Math.sqrt(10.0 / 6));
        // (e/σ)²: col 0 (σ=2): 1/4, 1, 0; col 1 (σ=1): 0, 1, 4 → 6.25/6
        expected.put("nrmse", Math.sqrt(6.25 / 6));
        // mae / (max y − min y) = 1/(4 − (−1))
        expected.put("marre", 100 * 1.0 / 5);
        // ȳ = 11/6, Σ(y−ȳ)² = 35 − 6·(11/6)² = 89/6 → 1 − 10/(89/6) = 29/89
        expected.put("r2", 29.0 / 89);
        // y′ = y − column min: [[0,3],[2,0],[1,5]]; ŷ′ = [[1,2],[0,0],[1,2]];
        // log(1+ŷ′) − log(1+y′) = [[ln 2, ln(3/4)], [−ln 3, 0], [0, −ln 2]]
        double l2 = Math.log(2);
        expected.put("rmsle", Math.sqrt((2 * l2 * l2 + Math.pow(Math.log(3), 2) + Math.pow(Math.log(0.75), 2)) / 6));
        // |e|/(|y|+|ŷ|) = 1/3, 0, 2/4, 1/1, 0, 2/6 → Σ = 13/6
        expected.put("smape", 200 * (13.0 / 6) / 6);
        // |e|/|y| = 1, 0, 2/3, 1, 0, 1/2 → Σ = 19/6
        expected.put("mape", 100 * (19.0 / 6) / 6);
        // Σ|e| / Σ|y| = 6/13
        expected.put("wape", 100 * 6.0 / 13);
        // naive one-step error of the training data: (1 + 2 + 2 + 1)/4 = 1.5
        expected.put("mase", 1.0 / 1.5);
        // column 0: r = −√3/2; column 1: u = (1, −8, 7)/3, v = (2, −4, 2)/3, r = (48/9)/√(114·24/81) = 4/√19
        expected.put("pearson", (-Math.sqrt(3) / 2 + 4 / Math.sqrt(19)) / 2);
        // ranks of ŷ (ties averaged): (2.5, 1, 2.5) in both columns; ρ = −√3/2 and +√3/2
        expected.put("spearman", 0.0);
        // column 0: 0 concordant, 2 discordant, 1 tie in ŷ → τ_b = −2/√(3·2); column 1: +2/√6
        expected.put("kendall", 0.0);
        // e = (−1, 0, 2, −1, 0, 2): mean 1/3, population variance (10 − 6/9)/6 = 14/9; mean y = 11/6
        expected.put("coefficient_of_variation", 100 * (Math.sqrt(14) / 3) / (11.0 / 6));
        Set<String> shortTermNames = Metrics.shortTerm().stream().map(Metric::name).collect(Collectors.toSet());
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), score(e.getKey(), Y, F, CTX), 1e-12, e.getKey());
            assertTrue(shortTermNames.contains(e.getKey()), e.getKey());
        }
        // the correlations column by column, where the two columns do not cancel
        Trajectory y0 = Y.columns(0);
        Trajectory f0 = F.columns(0);
        Trajectory y1 = Y.columns(1);
        Trajectory f1 = F.columns(1);
        MetricContext none = MetricContext.empty();
        assertEquals(-Math.sqrt(3) / 2, score("pearson", y0, f0, none), 1e-12);
        assertEquals(4 / Math.sqrt(19), score("pearson", y1, f1, none), 1e-12);
        assertEquals(-Math.sqrt(3) / 2, score("spearman", y0, f0, none), 1e-12);
        assertEquals(Math.sqrt(3) / 2, score("spearman", y1, f1, none), 1e-12);
        assertEquals(-2 / Math.sqrt(6), score("kendall", y0, f0, none), 1e-12);
        assertEquals(2 / Math.sqrt(6), score("kendall", y1, f1, none), 1e-12);
        // mutual information (KSG, k = 3) is undefined on 3 points
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> score("mutual_information", Y, F, CTX));
        assertTrue(ex.getMessage().contains("mutual_information"), ex.getMessage());
        assertEquals(16, Metrics.shortTerm().size());
    }

    /**
     * KSG (k = 3) by hand on 7 points, y a permutation of x (so both have the same std and the
     * standardisation keeps distances comparable). x = (0,1,2,4,7,11,16), y = (16,11,7,1,4,2,0):
     * the third-neighbour max-norm distances give n_x = (5,4,4,4,2,2,2), n_y = (2,2,3,4,4,4,5), so
     * I = ψ(7) + ψ(3) − ⟨ψ(n_x+1)⟩ − ⟨ψ(n_y+1)⟩ = 5/28 (all Euler–γ terms cancel).
     */
    @Test
    void mutualInformationByHand() {
        Trajectory x = TestData.column(0, 1, 2, 4, 7, 11, 16);
        Trajectory y = TestData.column(16, 11, 7, 1, 4, 2, 0);
        assertEquals(5.0 / 28, score("mutual_information", x, y, MetricContext.empty()), 1e-9);
        // symmetric
        assertEquals(5.0 / 28, score("mutual_information", y, x, MetricContext.empty()), 1e-9);
    }

    /** Independent series: I ≈ 0; identical series: I ≈ ψ(N) − ψ(k) + … large; Gaussian: −½ln(1−ρ²). */
    @Test
    void mutualInformationIndependentIdenticalGaussian() {
        int n = 2000;
        RandomGenerator rng = new Well19937c(7);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        double rho = 0.9;
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextDouble();
            b[i] = rng.nextDouble();
            c[i] = rho * (a[i] - 0.5) / Math.sqrt(1.0 / 12) + Math.sqrt(1 - rho * rho) * rng.nextGaussian();
        }
        MetricContext none = MetricContext.empty();
        double independent = score("mutual_information", TestData.column(a), TestData.column(b), none);
        double identical = score("mutual_information", TestData.column(a), TestData.column(a), none);
        System.out.println("KSG MI: independent " + independent + ", identical " + identical);
        assertTrue(independent < 0.03, "independent uniform series: " + independent);
        // for identical series each point's k neighbours in the joint space are its k marginal
        // neighbours: n_x = n_y = k−1 (up to the jitter), I ≈ ψ(N) − ψ(k) = 6.68 for N = 2000
        assertTrue(identical > 6.0, "identical series: " + identical);
        // Gaussian pair: a standardised uniform is not Gaussian, so draw both Gaussian
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        for (int i = 0; i < n; i++) {
            g1[i] = rng.nextGaussian();
            g2[i] = rho * g1[i] + Math.sqrt(1 - rho * rho) * rng.nextGaussian();
        }
        double gaussian = score("mutual_information", TestData.column(g1), TestData.column(g2), none);
        double exact = -0.5 * Math.log(1 - rho * rho);
        System.out.println("KSG MI Gaussian ρ=0.9: " + gaussian + " (exact " + exact + ")");
        assertEquals(exact, gaussian, 0.05);
        // a constant forecast carries no information
        assertEquals(0.0, score("mutual_information", TestData.column(a), TestData.column(new double[n]), none), 0);
        // deterministic
        assertEquals(gaussian, score("mutual_information", TestData.column(g1), TestData.column(g2), none), 0);
    }

    @Test
    void perfectForecast() {
        RandomGenerator rng = new Well19937c(3);
        double[][] rows = new double[50][3];
        for (double[] r : rows) {
            for (int j = 0; j < 3; j++) {
                r[j] = rng.nextGaussian() + 2;
            }
        }
        Trajectory y = TestData.of(rows);
        MetricContext c = MetricContext.builder().attractorStd(1, 1, 1).training(y).build();
        for (Metric m : Metrics.shortTerm()) {
            double s = m.score(y, y, c);
            switch (m.name()) {
                case "r2", "pearson", "spearman", "kendall" -> assertEquals(1.0, s, 1e-12, m.name());
                case "mutual_information" -> assertTrue(s > 2.5, "MI of identical series " + s);
                default -> assertEquals(0.0, s, 0.0, m.name());
            }
            assertEquals(!Set.of("r2", "pearson", "spearman", "kendall", "mutual_information").contains(m.name()),
                    m.lowerIsBetter(), m.name());
        }
    }

    @Test
    void smapeIsBoundedBy200() {
        RandomGenerator rng = new Well19937c(11);
        double[][] a = new double[200][2];
        double[][] b = new double[200][2];
        double[][] opposite = new double[200][2];
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 2; j++) {
                a[i][j] = rng.nextGaussian();
                b[i][j] = 100 * rng.nextGaussian();
                opposite[i][j] = -3 * a[i][j];
            }
        }
        Metric smape = Metrics.byName("smape");
        double s = smape.score(TestData.of(a), TestData.of(b), MetricContext.empty());
        assertTrue(s > 0 && s <= 200, "smape " + s);
        // opposite signs everywhere: every term is |y−ŷ|/(|y|+|ŷ|) = 1 → exactly 200
        assertEquals(200, smape.score(TestData.of(a), TestData.of(opposite), MetricContext.empty()), 1e-9);
        // a forecast of zeros: every term is 1 as well
        assertEquals(200, smape.score(TestData.of(a), TestData.of(new double[200][2]), MetricContext.empty()), 1e-9);
        // 0/0 terms count as 0
        assertEquals(0, smape.score(TestData.of(new double[3][2]), TestData.of(new double[3][2]),
                MetricContext.empty()), 0);
    }

    /**
     * Scale invariance y → a·y, ŷ → a·ŷ (a ≠ 0, also negative): holds for smape, mape, wape, marre,
     * r2, the correlations, mutual information, coefficient of variation (|a| cancels), nrmse when
     * σ scales along (σ → |a|σ) and mase when the training data scale along. It does not hold for
     * mse, mae, rmse (scale as a², |a|, |a|) nor rmsle (logarithm of shifted values).
     * Shift invariance y → y + b: nrmse, mse, mae, rmse, r2, the correlations hold; smape, mape,
     * wape, coefficient of variation do not (they depend on the coordinate origin).
     */
    @Test
    void scaleInvariance() {
        RandomGenerator rng = new Well19937c(5);
        double[][] a = new double[100][2];
        double[][] b = new double[100][2];
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 2; j++) {
                a[i][j] = rng.nextGaussian() + 1;
                b[i][j] = a[i][j] + 0.3 * rng.nextGaussian();
            }
        }
        Trajectory y = TestData.of(a);
        Trajectory f = TestData.of(b);
        MetricContext c = MetricContext.builder().attractorStd(1.5, 0.7).training(y).build();
        for (double k : new double[] {7.5, -0.01}) {
            Trajectory ys = TestData.affine(y, k, 0);
            Trajectory fs = TestData.affine(f, k, 0);
            MetricContext cs = MetricContext.builder().attractorStd(1.5 * Math.abs(k), 0.7 * Math.abs(k))
                    .training(ys).build();
            for (String name : List.of("smape", "mape", "wape", "marre", "r2", "pearson", "spearman", "kendall",
                    "mutual_information", "coefficient_of_variation", "nrmse", "mase")) {
                assertEquals(score(name, y, f, c), score(name, ys, fs, cs), 1e-9 * Math.abs(score(name, y, f, c)) + 1e-12,
                        name + " at scale " + k);
            }
            assertEquals(score("mse", y, f, c) * k * k, score("mse", ys, fs, cs), 1e-9);
            assertTrue(Math.abs(score("rmsle", y, f, c) - score("rmsle", ys, fs, cs)) > 1e-3, "rmsle is not");
        }
        Trajectory ysh = TestData.affine(y, 1, 10);
        Trajectory fsh = TestData.affine(f, 1, 10);
        assertEquals(score("nrmse", y, f, c), score("nrmse", ysh, fsh, c), 1e-12);
        assertTrue(score("smape", ysh, fsh, c) < 0.5 * score("smape", y, f, c), "smape depends on the origin");
    }

    @Test
    void badInputIsRejectedWithClearMessages() {
        Metric mse = Metrics.byName("MSE");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> mse.score(Y, Y.slice(0, 2), CTX));
        assertTrue(ex.getMessage().contains("3×2") && ex.getMessage().contains("2×2"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> mse.score(Y, Y.columns(0), CTX));
        assertTrue(ex.getMessage().contains("3×1"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class,
                () -> mse.score(Y, TestData.of(new double[][] {{1, 2}, {Double.NaN, 0}, {0, 0}}), CTX));
        assertTrue(ex.getMessage().contains("row 1, column 0"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> score("nrmse", Y, F, MetricContext.empty()));
        assertTrue(ex.getMessage().contains("nrmse") && ex.getMessage().contains("attractorStd"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> score("mase", Y, F, MetricContext.empty()));
        assertTrue(ex.getMessage().contains("mase") && ex.getMessage().contains("training"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class,
                () -> score("nrmse", Y, F, MetricContext.builder().attractorStd(1, 2, 3).build()));
        assertTrue(ex.getMessage().contains("3 entries"), ex.getMessage());
        Trajectory constant = TestData.of(new double[][] {{1, 1}, {1, 1}, {1, 1}});
        ex = assertThrows(IllegalArgumentException.class, () -> score("r2", constant, F, CTX));
        assertTrue(ex.getMessage().startsWith("r2"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> score("marre", constant, F, CTX));
        assertThrows(IllegalArgumentException.class, () -> score("pearson", constant, F, CTX));
        assertThrows(IllegalArgumentException.class,
                () -> score("mase", Y, F, MetricContext.builder().training(constant).build()));
        // a constant forecast is a legitimate (bad) forecast: correlations score 0, mape is finite
        assertEquals(0, score("pearson", Y, constant, CTX), 0);
        assertEquals(0, score("kendall", Y, constant, CTX), 0);
        // mape: a zero truth value with a non-zero error is infinite
        assertEquals(Double.POSITIVE_INFINITY, score("mape", TestData.column(0, 1), TestData.column(1, 1),
                MetricContext.empty()));
        assertThrows(IllegalArgumentException.class, () -> MetricContext.builder().attractorStd(1, 0));
        assertThrows(IllegalArgumentException.class, () -> MetricContext.builder().lyapunovMax(-1));
        assertThrows(IllegalArgumentException.class, () -> MetricContext.builder().step(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> mse.score(Y, F, null));
    }

    @Test
    void registry() {
        assertSame(Metrics.byName("smape"), Metrics.byName(" SMAPE "));
        assertSame(ValidPredictionTime.NRMSE, Metrics.byName("VPT_NRMSE"));
        assertEquals("dstsp", Metrics.byName("Dstsp").name());
        assertEquals("dh", Metrics.byName("DH").name());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Metrics.byName("smap"));
        assertTrue(ex.getMessage().contains("smape") && ex.getMessage().contains("mutual_information"),
                ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.byName(null));
        assertEquals(List.of("mse", "mae", "rmse", "nrmse", "marre", "r2", "rmsle", "smape", "mape", "wape", "mase",
                "spearman", "pearson", "kendall", "coefficient_of_variation", "mutual_information"),
                Metrics.shortTerm().stream().map(Metric::name).collect(Collectors.toList()));
        assertFalse(Metrics.byName("r2").lowerIsBetter());
    }

    @Test
    void contextNormalisesLyapunovTime() {
        assertEquals(300 * 0.1 * 0.5, CTX.lyapunovTimes(300), 1e-12);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> MetricContext.builder().step(0.1).build().lyapunovTimes(3));
        assertTrue(ex.getMessage().contains("lyapunovMax"), ex.getMessage());
        // σ from an attractor trajectory: sample std of (1, 3, 2) is 1, of (2, −1, 4) is √(19/3)
        double[] sigma = MetricContext.builder().attractorStd(Y).build().attractorStd().orElseThrow();
        assertEquals(1, sigma[0], 1e-12);
        assertEquals(Math.sqrt(19.0 / 3), sigma[1], 1e-12);
    }
}
