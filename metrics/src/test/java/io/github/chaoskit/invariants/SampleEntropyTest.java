package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class SampleEntropyTest {

    private static double[] gaussian(int n, long seed) {
        Well19937c rng = new Well19937c(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }

    /** SampEn of i.i.d. N(0, σ²) noise is −ln P(|X − Y| ≤ r) = −ln erf(r/(2σ)): 2.1851 at r = 0.2σ, for any m. */
    private static double whiteNoiseSampEn(double rOverSigma) {
        return -Math.log(Erf.erf(rOverSigma / 2));
    }

    /**
     * White Gaussian noise: SampEn(2, 0.2σ) = 2.1851 exactly in the limit; literature values from
     * simulations are 2.18–2.25 (Richman and Moorman 2000; Costa et al. 2005).
     */
    @Test
    void whiteNoiseMatchesTheExactValue() {
        double[] x = gaussian(20_000, 1);
        SampleEntropy s = SampleEntropy.of(x);
        SampleEntropy m1 = SampleEntropy.of(x, SampleEntropy.Options.defaults().withDimension(1));
        System.out.println("white noise " + s + "; m=1: " + m1.value() + "; exact " + whiteNoiseSampEn(0.2));
        assertEquals(2.1851, whiteNoiseSampEn(0.2), 1e-4);
        assertEquals(whiteNoiseSampEn(0.2), s.value(), 0.04);
        assertEquals(whiteNoiseSampEn(0.2), m1.value(), 0.02);
        assertEquals(20_000, s.points());
        assertEquals(0.2 * EntropyInputs.standardDeviation(x, x.length), s.tolerance(), 1e-15);
    }

    /**
     * A sine is regular: most m-matches stay matches at m + 1 (only ascending/descending branches near
     * the extrema separate). Measured 0.16–0.23 for periods of 10–100 samples and n = 1000–10 000,
     * stable in n — an order of magnitude below white noise (2.185).
     */
    @Test
    void sineHasSmallSampleEntropy() {
        double[] x = new double[3000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * i / 37.3);
        }
        SampleEntropy s = SampleEntropy.of(x);
        System.out.println("sine " + s);
        assertTrue(s.isDefined());
        assertTrue(s.value() < 0.3, "SampEn of a sine = " + s.value());
    }

    /** The sorted-band counting equals the O(N²) definition, including ties at distance exactly r. */
    @Test
    void matchCountsEqualBruteForce() {
        Well19937c rng = new Well19937c(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + rng.nextInt(300);
            int m = 1 + trial % 3;
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 2 == 0 ? rng.nextInt(6) : rng.nextGaussian(); // integers: ties and |Δ| = r
            }
            double r = trial % 2 == 0 ? 1.0 : 0.3;
            long b = 0;
            long a = 0;
            for (int i = 0; i < n - m; i++) {
                for (int j = i + 1; j < n - m; j++) {
                    double dm = 0;
                    for (int k = 0; k < m; k++) {
                        dm = Math.max(dm, Math.abs(x[i + k] - x[j + k]));
                    }
                    if (dm <= r) {
                        b++;
                        if (Math.abs(x[i + m] - x[j + m]) <= r) {
                            a++;
                        }
                    }
                }
            }
            SampleEntropy s = SampleEntropy.of(x,
                    SampleEntropy.Options.defaults().withDimension(m).withTolerance(r));
            assertEquals(b, s.matchesM(), "B, trial " + trial);
            assertEquals(a, s.matchesM1(), "A, trial " + trial);
            assertEquals(-Math.log((double) a / b), s.value(), 1e-12);
        }
    }

    @Test
    void undefinedWhenNothingMatches() {
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * i;
        }
        SampleEntropy s = SampleEntropy.of(x, SampleEntropy.Options.defaults().withTolerance(0.5));
        assertFalse(s.isDefined());
        assertEquals(Double.POSITIVE_INFINITY, s.value());
    }

    @Test
    void maxPointsUsesTheLeadingValues() {
        double[] x = gaussian(5000, 2);
        SampleEntropy capped = SampleEntropy.of(x, SampleEntropy.Options.defaults().withMaxPoints(1000));
        SampleEntropy head = SampleEntropy.of(java.util.Arrays.copyOf(x, 1000));
        assertEquals(1000, capped.points());
        assertEquals(head.value(), capped.value(), 0.0);
    }

    /**
     * Costa et al. (2002, 2005): with r fixed at 0.2·SD of the original series, MSE of white noise
     * falls with scale, exactly as −ln erf(0.1√τ) for Gaussian noise (coarse-grained SD σ/√τ), in all
     * three variants.
     */
    @Test
    void multiscaleEntropyOfWhiteNoiseFallsWithScale() {
        double[] x = gaussian(20_000, 5);
        for (MultiscaleEntropy.Variant v : MultiscaleEntropy.Variant.values()) {
            MultiscaleEntropy mse = MultiscaleEntropy.of(x,
                    MultiscaleEntropy.Options.defaults().withMaxScale(10).withVariant(v));
            StringBuilder sb = new StringBuilder(v + ":");
            for (int tau = 1; tau <= 10; tau++) {
                double exact = whiteNoiseSampEn(0.2 * Math.sqrt(tau));
                sb.append(String.format(" %d:%.3f(%.3f)", tau, mse.entropy(tau), exact));
                assertEquals(exact, mse.entropy(tau), v == MultiscaleEntropy.Variant.STANDARD ? 0.06 : 0.04,
                        v + " scale " + tau);
                if (tau > 1) {
                    assertTrue(mse.entropy(tau) < mse.entropy(tau - 1), v + " decreasing at scale " + tau);
                }
            }
            System.out.println(sb);
            assertEquals(whiteNoiseSampEn(0.2), mse.entropy(1), 0.04);
            assertTrue(mse.entropy(10) < 0.55 * mse.entropy(1));
        }
    }

    /**
     * 1/f noise — a sum of unit-variance AR(1) processes with time constants 2^k, k = 0 … 14, whose
     * Lorentzian spectra, evenly spaced in log-frequency, add up to a 1/f spectrum between the extreme
     * corners: its MSE stays roughly constant over scales (Costa et al. 2002, Fig. 1), while white noise
     * loses half its entropy by scale 10.
     */
    @Test
    void multiscaleEntropyOfPinkNoiseStaysRoughlyConstant() {
        int n = 1 << 14;
        Well19937c rng = new Well19937c(11);
        int components = 15;
        double[] a = new double[components];
        double[] g = new double[components];
        double[] state = new double[components];
        for (int k = 0; k < components; k++) {
            a[k] = Math.exp(-1.0 / (1 << k));
            g[k] = Math.sqrt(1 - a[k] * a[k]);
            state[k] = rng.nextGaussian();
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < components; k++) {
                state[k] = a[k] * state[k] + g[k] * rng.nextGaussian();
                sum += state[k];
            }
            x[i] = sum;
        }
        MultiscaleEntropy mse = MultiscaleEntropy.of(x, MultiscaleEntropy.Options.defaults().withMaxScale(10)
                .withMaxPoints(n).withVariant(MultiscaleEntropy.Variant.COMPOSITE));
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double e : mse.entropies()) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        System.out.println("1/f noise CMSE " + java.util.Arrays.toString(mse.entropies()));
        assertTrue(max - min < 0.25 * max, "1/f noise MSE spread " + (max - min));
    }

    @Test
    void badInputIsRejected() {
        double[] x = gaussian(100, 1);
        assertThrows(IllegalArgumentException.class, () -> SampleEntropy.of(new double[100]), "constant");
        assertThrows(IllegalArgumentException.class, () -> SampleEntropy.of(new double[] {1, 2, 3}), "too short");
        double[] nan = x.clone();
        nan[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> SampleEntropy.of(nan));
        assertThrows(IllegalArgumentException.class, () -> SampleEntropy.Options.defaults().withDimension(0));
        assertThrows(IllegalArgumentException.class, () -> SampleEntropy.Options.defaults().withTolerance(-1));
        assertThrows(IllegalArgumentException.class, () -> SampleEntropy.Options.defaults().withRelativeTolerance(0));
        assertThrows(IllegalArgumentException.class,
                () -> MultiscaleEntropy.of(x, MultiscaleEntropy.Options.defaults().withMaxScale(30)), "100/30 < m + 2");
        assertThrows(IllegalArgumentException.class, () -> MultiscaleEntropy.Options.defaults().withMaxScale(0));
        MultiscaleEntropy ok = MultiscaleEntropy.of(x, MultiscaleEntropy.Options.defaults().withMaxScale(5));
        assertThrows(IllegalArgumentException.class, () -> ok.entropy(6));
    }
}
