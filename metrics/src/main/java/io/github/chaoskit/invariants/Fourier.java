package io.github.chaoskit.invariants;

import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * Discrete Fourier transform of a real series of any length n,
 * {@code X_k = Σ_j x_j e^{−2πi jk/n}}, k = 0 … n−1.
 *
 * <p>Hipparchus's {@link FastFourierTransformer} handles powers of two only; other lengths are
 * reduced to a circular convolution of power-of-two length by Bluestein's chirp-z identity
 * {@code jk = (j² + k² − (k−j)²)/2} (Bluestein 1970, IEEE Trans. Audio Electroacoust. 18,
 * 451–455). A plan holds the chirp and the transformed kernel for one length and its own work
 * buffers, so repeated transforms of that length do not allocate; a plan is not thread-safe.
 * Used by the invariants (mean frequency, dominant period) and by the power-spectrum distance D_H.
 */
public final class Fourier {

    private final int n;
    private final boolean radix2;
    private final int m;
    private final double[] chirpCos;
    private final double[] chirpSin;
    private final double[] kernelRe;
    private final double[] kernelIm;
    private final double[][] work;

    /**
     * @param n transform length, at least 1
     * @throws IllegalArgumentException if n &lt; 1
     */
    public Fourier(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("transform length must be at least 1, got " + n);
        }
        this.n = n;
        this.radix2 = Integer.bitCount(n) == 1;
        if (radix2) {
            m = n;
            chirpCos = chirpSin = kernelRe = kernelIm = null;
            work = new double[2][n];
            return;
        }
        int size = Integer.highestOneBit(2 * n - 1);
        if (size < 2 * n - 1) {
            size <<= 1;
        }
        m = size;
        chirpCos = new double[n];
        chirpSin = new double[n];
        long twoN = 2L * n;
        for (int j = 0; j < n; j++) {
            // θ_j = π j²/n, reduced modulo 2π exactly in integers
            double theta = Math.PI * (double) (((long) j * j) % twoN) / n;
            chirpCos[j] = Math.cos(theta);
            chirpSin[j] = Math.sin(theta);
        }
        double[][] b = new double[2][m];
        for (int j = 0; j < n; j++) {
            b[0][j] = chirpCos[j];
            b[1][j] = chirpSin[j];
            if (j > 0) {
                b[0][m - j] = chirpCos[j];
                b[1][m - j] = chirpSin[j];
            }
        }
        FastFourierTransformer.transformInPlace(b, DftNormalization.STANDARD, TransformType.FORWARD);
        kernelRe = b[0];
        kernelIm = b[1];
        work = new double[2][m];
    }

    /** @return the transform length. */
    public int length() {
        return n;
    }

    /** @return the number of one-sided power-spectrum bins, ⌊n/2⌋ + 1 */
    public int bins() {
        return n / 2 + 1;
    }

    /**
     * One-sided power spectrum {@code P_k = |X_k|²}, k = 0 … ⌊n/2⌋ (numpy's {@code abs(rfft(x))**2}).
     *
     * @param x n real values (not modified)
     * @param out receives the {@link #bins()} powers
     */
    public void power(double[] x, double[] out) {
        double[] wr = work[0];
        double[] wi = work[1];
        if (radix2) {
            System.arraycopy(x, 0, wr, 0, n);
            java.util.Arrays.fill(wi, 0.0);
            FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
        } else {
            convolve(x);
        }
        // Bluestein: X_k = chirp_k · (a ∗ b)_k with |chirp_k| = 1, so the power needs no chirp
        for (int k = 0; k <= n / 2; k++) {
            out[k] = wr[k] * wr[k] + wi[k] * wi[k];
        }
    }

    /**
     * Forward transform of a real series.
     *
     * @param x n real values (not modified)
     * @param re receives the n real parts
     * @param im receives the n imaginary parts
     */
    public void transform(double[] x, double[] re, double[] im) {
        double[] wr = work[0];
        double[] wi = work[1];
        if (radix2) {
            System.arraycopy(x, 0, wr, 0, n);
            java.util.Arrays.fill(wi, 0.0);
            FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
            System.arraycopy(wr, 0, re, 0, n);
            System.arraycopy(wi, 0, im, 0, n);
            return;
        }
        convolve(x);
        // X_k = e^{−iθ_k} (a ∗ b)_k
        for (int k = 0; k < n; k++) {
            double cr = wr[k];
            double ci = wi[k];
            re[k] = cr * chirpCos[k] + ci * chirpSin[k];
            im[k] = ci * chirpCos[k] - cr * chirpSin[k];
        }
    }

    /** Bluestein's circular convolution (a ∗ b) into the work buffers, a_j = x_j e^{−iθ_j} zero-padded to m. */
    private void convolve(double[] x) {
        double[] wr = work[0];
        double[] wi = work[1];
        for (int j = 0; j < n; j++) {
            wr[j] = x[j] * chirpCos[j];
            wi[j] = -x[j] * chirpSin[j];
        }
        java.util.Arrays.fill(wr, n, m, 0.0);
        java.util.Arrays.fill(wi, n, m, 0.0);
        FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int k = 0; k < m; k++) {
            double ar = wr[k];
            double ai = wi[k];
            wr[k] = ar * kernelRe[k] - ai * kernelIm[k];
            wi[k] = ar * kernelIm[k] + ai * kernelRe[k];
        }
        FastFourierTransformer.transformInPlace(work, DftNormalization.STANDARD, TransformType.INVERSE);
    }

    /**
     * The mean frequency of the power spectrum, {@code f̄ = Σ_k f_k P_k / Σ_k P_k} over k = 1 …
     * ⌊n/2⌋ with {@code P_k = |X_k|²} of the mean-removed series, summed over the given columns
     * (Rosenstein, Collins and De Luca 1993, Physica D 65, 117–134: the mean period is its
     * reciprocal).
     *
     * @param values row-major n×d values
     * @param n rows
     * @param d columns
     * @return f̄ in cycles per sample, or 0 if every column is constant
     */
    static double meanFrequency(double[] values, int n, int d) {
        Fourier f = new Fourier(n);
        double[] x = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        int half = n / 2;
        double num = 0;
        double den = 0;
        for (int c = 0; c < d; c++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += values[i * d + c];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                x[i] = values[i * d + c] - mean;
            }
            f.transform(x, re, im);
            for (int k = 1; k <= half; k++) {
                double p = re[k] * re[k] + im[k] * im[k];
                num += p * k / (double) n;
                den += p;
            }
        }
        return den > 0 ? num / den : 0;
    }
}
