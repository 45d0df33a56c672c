package io.github.chaoskit.forecast.koopman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void monomialsInGradedLexicographicOrder() {
        Monomials m = new Monomials(3, 2);
        assertEquals(10, m.size());
        assertEquals(35, new Monomials(3, 4).size());
        assertEquals(Monomials.count(3, 4), new Monomials(3, 4).size());
        int[][] expected = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {2, 0, 0}, {1, 1, 0}, {1, 0, 1}, {0, 2, 0},
            {0, 1, 1}, {0, 0, 2}};
        for (int k = 0; k < 10; k++) {
            assertArrayEquals(expected[k], m.exponents(k), "function " + k);
        }
        double[] x = {1.5, -2, 0.25};
        double[] psi = new double[10];
        m.evaluate(x, psi);
        assertArrayEquals(new double[] {1, 1.5, -2, 0.25, 2.25, -3, 0.375, 4, -0.5, 0.0625}, psi, 1e-15);
        // every function of a degree-4 dictionary is the product its exponents say
        Monomials m4 = new Monomials(3, 4);
        double[] p4 = new double[35];
        m4.evaluate(x, p4);
        for (int k = 0; k < 35; k++) {
            int[] e = m4.exponents(k);
            assertEquals(Math.pow(x[0], e[0]) * Math.pow(x[1], e[1]) * Math.pow(x[2], e[2]), p4[k], 1e-12);
        }
        for (int j = 0; j < 3; j++) {
            assertEquals(x[j], psi[m.indexOf(j)], 0.0);
        }
        assertEquals(-1, m.indexOf(3));
        assertThrows(IllegalArgumentException.class, () -> new Monomials(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new Monomials(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new Monomials(40, 6));
    }

    @Test
    void gaussianRbfCentresAreSeededAndStateIsReadBack() {
        Well19937c rng = new Well19937c(1);
        double[][] data = new double[2000][2];
        for (int i = 0; i < data.length; i++) { // two blobs
            double c = i % 2 == 0 ? -3 : 3;
            data[i][0] = c + 0.3 * rng.nextGaussian();
            data[i][1] = 0.3 * rng.nextGaussian();
        }
        GaussianRbf a = GaussianRbf.fit(data, 2, 1.0, GaussianRbf.Centres.KMEANS, 5);
        GaussianRbf b = GaussianRbf.fit(data, 2, 1.0, GaussianRbf.Centres.KMEANS, 5);
        double[][] ca = a.centres();
        assertEquals(2, ca.length);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(ca[k], b.centres()[k], 0.0);
            // k-means finds the blob centres
            assertEquals(3, Math.abs(ca[k][0]), 0.05);
            assertEquals(0, ca[k][1], 0.05);
        }
        assertTrue(ca[0][0] * ca[1][0] < 0, "one centre per blob");
        GaussianRbf r1 = GaussianRbf.fit(data, 5, 1.0, GaussianRbf.Centres.RANDOM, 5);
        GaussianRbf r2 = GaussianRbf.fit(data, 5, 1.0, GaussianRbf.Centres.RANDOM, 6);
        assertTrue(r1.centres()[0][0] != r2.centres()[0][0]);
        double[] psi = new double[a.size()];
        double[] x = {ca[0][0], ca[0][1]};
        a.evaluate(x, psi);
        assertEquals(1.0, psi[0], 0);
        assertEquals(x[0], psi[a.indexOf(0)], 0);
        assertEquals(x[1], psi[a.indexOf(1)], 0);
        assertEquals(1.0, psi[3], 1e-15); // at its own centre
        double d2 = Math.pow(ca[0][0] - ca[1][0], 2) + Math.pow(ca[0][1] - ca[1][1], 2);
        assertEquals(Math.exp(-d2 / 2), psi[4], 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> GaussianRbf.fit(data, 3000, 1, GaussianRbf.Centres.KMEANS, 0));
        assertThrows(IllegalArgumentException.class, () -> GaussianRbf.fit(data, 3, 0, GaussianRbf.Centres.KMEANS, 0));
    }

    @Test
    void randomFourierFeaturesApproximateTheGaussianKernel() {
        double gamma = 0.5;
        RandomFourierFeatures f = new RandomFourierFeatures(3, 20_000, gamma, 9);
        double[] x = {0.2, -0.4, 1.0};
        double[] y = {-0.3, 0.1, 0.6};
        double[] px = new double[f.size()];
        double[] py = new double[f.size()];
        f.evaluate(x, px);
        f.evaluate(y, py);
        double dot = 0;
        for (int k = 4; k < f.size(); k++) {
            dot += px[k] * py[k];
        }
        double d2 = 0.25 + 0.25 + 0.16;
        assertEquals(Math.exp(-gamma * d2), dot, 0.02);
        assertArrayEquals(x, new double[] {px[1], px[2], px[3]}, 0);
        RandomFourierFeatures g = new RandomFourierFeatures(3, 20_000, gamma, 9);
        double[] pg = new double[g.size()];
        g.evaluate(x, pg);
        assertArrayEquals(px, pg, 0.0);
    }

    @Test
    void timeDelaysMarkTheEmbedding() {
        TimeDelays t = TimeDelays.monomials(3, 2, 1);
        assertEquals(3, t.lags());
        assertEquals(9, t.inputDimension());
        assertEquals(10, t.size());
        assertEquals(1, t.indexOf(0));
        assertThrows(IllegalArgumentException.class, () -> new TimeDelays(new Monomials(5, 1), 3));
        assertThrows(IllegalArgumentException.class, () -> new TimeDelays(t, 3));
        assertThrows(IllegalArgumentException.class, () -> TimeDelays.monomials(3, -1, 1));
    }
}
