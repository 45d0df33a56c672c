package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class PermutationEntropyTest {

    @Test
    void strictlyIncreasingSeriesHasZeroEntropy() {
        double[] x = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(0.001 * i);
        }
        for (int m = 2; m <= 6; m++) {
            PermutationEntropy pe = PermutationEntropy.of(x, m, 2);
            assertEquals(0.0, pe.entropy(), 0.0);
            assertEquals(0.0, pe.normalizedEntropy(), 0.0);
            assertEquals(1, pe.observedPatterns());
            assertEquals(pe.windows(), pe.patternCounts()[0], "the increasing pattern has code 0");
        }
    }

    /**
     * I.i.d. uniform noise: all m! patterns equally likely, H = ln m! minus the finite-sample bias
     * (m! − 1)/(2n') (Miller 1955), n' windows.
     */
    @Test
    void iidNoiseReachesLogFactorial() {
        Well19937c rng = new Well19937c(42);
        double[] x = new double[200_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        for (int m = 2; m <= 6; m++) {
            PermutationEntropy pe = PermutationEntropy.of(x, m, 1);
            double lnFact = Math.log(pe.possiblePatterns());
            double expected = lnFact - (pe.possiblePatterns() - 1) / (2.0 * pe.windows());
            System.out.printf("uniform noise m=%d: H = %.5f, ln m! = %.5f, normalised %.5f%n", m, pe.entropy(), lnFact,
                    pe.normalizedEntropy());
            assertEquals(expected, pe.entropy(), 0.003, "m=" + m);
            assertTrue(pe.normalizedEntropy() > 0.997);
            assertEquals(0, pe.missingPatterns());
        }
    }

    /**
     * Logistic map r = 4, m = 3. It is conjugate to the tent map by the increasing map
     * x = sin²(πθ/2), so ordinal patterns are those of the tent map with θ uniform on [0, 1]; solving
     * the linear inequalities piecewise gives P(x0&lt;x1&lt;x2) = 1/3, P(x0&lt;x2&lt;x1) = 1/15,
     * P(x2&lt;x0&lt;x1) = 4/15, P(x1&lt;x0&lt;x2) = 2/15, P(x1&lt;x2&lt;x0) = 1/5 and the decreasing pattern is
     * forbidden (x &gt; f(x) needs x &gt; 3/4, then f(x) &lt; 3/4 and f(f(x)) &gt; f(x)); H(3) = 1.48975 nats.
     * Bandt and Pompe's entropy per symbol h_m = H(m)/(m−1) tends to the KS entropy ln 2 as m → ∞, slowly
     * (measured 0.745 at m = 3, 0.83 at m = 8). The numbers of allowed patterns are known exactly.
     */
    @Test
    void logisticMapAtFourMatchesTheExactPatternDistribution() {
        int n = 1_000_000;
        double[] x = TrajectoryGenerator.defaults().generate(Catalog.map("Logistic").withParameter("r", 4.0), n)
                .column(0);
        PermutationEntropy pe = PermutationEntropy.of(x, 3, 1);
        // Lehmer codes: 012 → 0, 021 (x0<x2<x1) → 1, 102 (x1<x0<x2) → 2, 120 (x2<x0<x1) → 3, 201 (x1<x2<x0) → 4, 210 → 5
        double[] exact = {1.0 / 3, 1.0 / 15, 2.0 / 15, 4.0 / 15, 1.0 / 5, 0};
        int[] counts = pe.patternCounts();
        double h = 0;
        for (int c = 0; c < 6; c++) {
            assertEquals(exact[c], (double) counts[c] / pe.windows(), 2e-3, "pattern code " + c);
            if (exact[c] > 0) {
                h -= exact[c] * Math.log(exact[c]);
            }
        }
        assertEquals(0, counts[5], "decreasing pattern is forbidden");
        assertEquals(1, pe.missingPatterns());
        System.out.printf("logistic r=4 m=3: H = %.5f (exact %.5f), normalised %.5f%n", pe.entropy(), h,
                pe.normalizedEntropy());
        assertEquals(1.48975, h, 1e-5);
        assertEquals(h, pe.entropy(), 3e-3);
        // allowed patterns of 4x(1−x) of length 2 … 8: OEIS A193284 (Elizalde and Liu 2011, Discrete Appl.
        // Math. 159, 1207); H(m) can never exceed the log of their number
        int[] allowed = {2, 5, 12, 31, 75, 178, 414};
        for (int m = 2; m <= 8; m++) {
            PermutationEntropy pm = PermutationEntropy.of(x, m, 1);
            System.out.printf("  m=%d: observed %d patterns (allowed %d), H = %.4f ≤ ln %d = %.4f, h_m = %.4f%n", m,
                    pm.observedPatterns(), allowed[m - 2], pm.entropy(), allowed[m - 2], Math.log(allowed[m - 2]),
                    pm.entropyPerSymbol());
            assertEquals(allowed[m - 2], pm.observedPatterns(), "allowed patterns at m=" + m);
            assertTrue(pm.entropy() <= Math.log(allowed[m - 2]));
        }
    }

    /** Ties: equal values are ordered by position, the earlier one counting as smaller. */
    @Test
    void tiesAreOrderedByIndex() {
        double[] x = {5, 5, 3, 5, 5, 3, 5, 5};
        PermutationEntropy pe = PermutationEntropy.of(x, 3, 1);
        // (5,5,3) → c = (1,1,0) → code 3; (5,3,5) → (1,0) → 2; (3,5,5) → (0,0) → 0
        assertArrayEquals(new int[] {2, 0, 2, 2, 0, 0}, pe.patternCounts());
        assertEquals(Math.log(3), pe.entropy(), 1e-15);
    }

    /** x_t = t + 10 (t mod 2): increasing at delay 2, alternating at delay 1. */
    @Test
    void delaySelectsTheSubsequence() {
        double[] x = new double[100];
        for (int t = 0; t < x.length; t++) {
            x[t] = t + 10 * (t % 2);
        }
        assertEquals(0.0, PermutationEntropy.of(x, 3, 2).entropy(), 0.0);
        PermutationEntropy d1 = PermutationEntropy.of(x, 3, 1);
        assertEquals(2, d1.observedPatterns());
        assertEquals(Math.log(2), d1.entropy(), 1e-3);
    }

    @Test
    void badInputIsRejected() {
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
        }
        assertThrows(IllegalArgumentException.class, () -> PermutationEntropy.of(x, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> PermutationEntropy.of(x, 11, 1));
        assertThrows(IllegalArgumentException.class, () -> PermutationEntropy.of(x, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> PermutationEntropy.of(x, 5, 1), "100 < 5! windows");
        assertThrows(IllegalArgumentException.class, () -> PermutationEntropy.of(new double[50], 3, 1), "constant");
        double[] bad = x.clone();
        bad[7] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> PermutationEntropy.of(bad, 3, 1));
    }
}
