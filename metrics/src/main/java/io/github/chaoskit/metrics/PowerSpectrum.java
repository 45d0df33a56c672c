package io.github.chaoskit.metrics;

import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * One-sided power spectrum {@code P_k = |Σ_t x_t e^{−2πi kt/N}|²}, k = 0 … ⌊N/2⌋, of a real series
 * of any length N (numpy's {@code abs(rfft(x))**2}). Hipparchus's FFT needs a power-of-two length;
 * other lengths use Bluestein's chirp-z algorithm (Bluestein 1970, IEEE Trans. Audio Electroacoust.
 * 18, 451), which gives the exact length-N DFT through FFTs of length M ≥ 2N−1. The chirp and its
 * transform are computed once per instance; {@link #power} reuses the instance's work arrays, so an
 * instance is not thread-safe.
 */
final class PowerSpectrum {

    private final int n;
    private final int m;
    private final boolean direct;
    private final double[] chirpRe; // e^{−iπ t²/N}, t = 0 … N−1
    private final double[] chirpIm;
    private final double[] kernelRe; // FFT of the conjugate chirp, wrapped to length M
    private final double[] kernelIm;
    private final double[][] work;

    PowerSpectrum(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("power spectrum needs at least 1 point, got " + n);
        }
        this.n = n;
        this.direct = Integer.bitCount(n) == 1;
        if (direct) {
            m = n;
            chirpRe = chirpIm = kernelRe = kernelIm = null;
            work = new double[2][n];
            return;
        }
        int size = Integer.highestOneBit(2 * n - 1);
        if (size < 2 * n - 1) {
            size <<= 1;
        }
        m = size;
        chirpRe = new double[n];
        chirpIm = new double[n];
        long twoN = 2L * n;
        for (int t = 0; t < n; t++) {
            // angle π t²/N, with t² reduced modulo 2N for accuracy
            long t2 = ((long) t * t) % twoN;
            double angle = Math.PI * t2 / n;
            chirpRe[t] = Math.cos(angle);
            chirpIm[t] = -Math.sin(angle);
        }
        double[][] b = new double[2][m];
        b[0][0] = chirpRe[0];
        b[1][0] = -chirpIm[0];
        for (int t = 1; t < n; t++) {
            b[0][t] = chirpRe[t];
            b[1][t] = -chirpIm[t];
            b[0][m - t] = chirpRe[t];
            b[1][m - t] = -chirpIm[t];
        }
        FastFourierTransformer.transformInPlace(b, DftNormalization.STANDARD, TransformType.FORWARD);
        kernelRe = b[0];
        kernelIm = b[1];
        work = new double[2][m];
    }

    /** @return the number of output bins, ⌊N/2⌋ + 1 */
    int bins() {
        return n / 2 + 1;
    }

    /**
     * @param x the series, length N
     * @param out receives P_0 … P_{⌊N/2⌋}
     */
    void power(double[] x, double[] out) {
        double[] re = work[0];
        double[] im = work[1];
        if (direct) {
            System.arraycopy(x, 0, re, 0, n);
            java.util.Arrays.fill(im, 0);
            FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
            for (int k = 0; k <= n / 2; k++) {
                out[k] = re[k] * re[k] + im[k] * im[k];
            }
            return;
        }
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        for (int t = 0; t < n; t++) {
            re[t] = x[t] * chirpRe[t];
            im[t] = x[t] * chirpIm[t];
        }
        FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int k = 0; k < m; k++) {
            double r = re[k] * kernelRe[k] - im[k] * kernelIm[k];
            double i = re[k] * kernelIm[k] + im[k] * kernelRe[k];
            re[k] = r;
            im[k] = i;
        }
        FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.INVERSE);
        for (int k = 0; k <= n / 2; k++) {
            // X_k = chirp_k · (a ⊛ b)_k; |chirp_k| = 1, so the power is |(a ⊛ b)_k|²
            out[k] = re[k] * re[k] + im[k] * im[k];
        }
    }
}
