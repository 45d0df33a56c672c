package io.github.chaoskit.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class FourierTest {

    /** Bluestein (and radix-2) transforms agree with the O(n²) definition for every length. */
    @Test
    void matchesDirectDftForAnyLength() {
        Well19937c rng = new Well19937c(5);
        for (int n : new int[] {1, 2, 3, 5, 7, 12, 16, 100, 257, 1000}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextGaussian();
            }
            double[] re = new double[n];
            double[] im = new double[n];
            new Fourier(n).transform(x, re, im);
            for (int k = 0; k < n; k++) {
                double dr = 0;
                double di = 0;
                for (int j = 0; j < n; j++) {
                    double a = -2 * Math.PI * ((long) j * k % n) / n;
                    dr += x[j] * Math.cos(a);
                    di += x[j] * Math.sin(a);
                }
                assertEquals(dr, re[k], 1e-10 * n, "re n=" + n + " k=" + k);
                assertEquals(di, im[k], 1e-10 * n, "im n=" + n + " k=" + k);
            }
        }
    }

    /** A sine with an integer number c of cycles has all its power in bin c: mean frequency c/n. */
    @Test
    void meanFrequencyOfPureTone() {
        int n = 999;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 3 + Math.sin(2 * Math.PI * 37 * i / n);
        }
        assertEquals(37.0 / n, Fourier.meanFrequency(v, n, 1), 1e-12);
    }

    /** Windowing by 7 DFT taps equals the DFT of the series times the periodic Blackman–Harris window. */
    @Test
    void frequencyDomainWindowEqualsTimeDomainWindow() {
        Well19937c rng = new Well19937c(9);
        for (int n : new int[] {250, 251}) {
            double[] x = new double[n];
            double[] xw = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextGaussian();
                double a = 2 * Math.PI * i / n;
                double w = 0.35875 - 0.48829 * Math.cos(a) + 0.14128 * Math.cos(2 * a) - 0.01168 * Math.cos(3 * a);
                xw[i] = x[i] * w;
            }
            Fourier f = new Fourier(n);
            double[] re = new double[n];
            double[] im = new double[n];
            f.transform(x, re, im);
            int m = n / 2 + 1;
            double[] p = new double[m];
            DominantPeriod.windowedPower(re, im, n, m, p);
            f.transform(xw, re, im);
            for (int k = 0; k < m; k++) {
                assertEquals(re[k] * re[k] + im[k] * im[k], p[k], 1e-9, "bin " + k);
            }
        }
    }

    /** The incremental running median equals sorting each window. */
    @Test
    void runningMedianMatchesBruteForce() {
        Well19937c rng = new Well19937c(3);
        int m = 301;
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = Math.exp(-i / 50.0) * (rng.nextInt(5) == 0 ? 1.0 : rng.nextDouble()); // with ties
        }
        double[] out = new double[m];
        new RunningMedian(m, 0.5, 8).apply(p, out);
        for (int k = 1; k < m; k++) {
            int h = Math.min(Math.min(Math.max(8, (int) (0.5 * k)), k - 1), m - 1 - k);
            double[] w = Arrays.copyOfRange(p, k - h, k + h + 1);
            Arrays.sort(w);
            assertEquals(w[h], out[k], 0.0, "bin " + k);
        }
    }
}
