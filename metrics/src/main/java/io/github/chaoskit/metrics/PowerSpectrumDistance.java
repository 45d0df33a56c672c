package io.github.chaoskit.metrics;

import io.github.chaoskit.invariants.Fourier;
import io.github.chaoskit.trajectory.Trajectory;

/**
 * Power-spectrum distance D_H: the mean over coordinates of the Hellinger distance between the
 * smoothed, normalised power spectra of the true and the generated series (Mikhaeil, Monfared and
 * Durstewitz 2022, NeurIPS, "On the difficulty of learning chaotic dynamics with RNNs"; Hess et al.
 * 2023, ICML). In [0, 1]; lower is better; 0 for identical spectra.
 *
 * <p>Per coordinate i, with z the z-scored series (mean removed, divided by the sample std):
 * <pre>
 * P_k = |Σ_t z_t e^{−2πi kt/T}|²,  k = 0 … ⌊T/2⌋          (one-sided, any T; see Fourier)
 * P̃ = Gaussian smoothing of P, kernel std σ_s = 20 bins, radius ⌊4σ_s + ½⌋, "reflect" edges
 *     (scipy.ndimage.gaussian_filter1d(P, σ_s, mode='reflect', truncate=4))
 * p = max(P̃, 0)/Σ max(P̃, 0),   q likewise for the generated series
 * D_H,i = (1/√2)·‖√p − √q‖₂ = sqrt(1 − Σ_k √(p_k q_k))
 * </pre>
 * Both series must have the same length. A constant generated coordinate (a model collapsed onto a
 * fixed point) has no spectrum to normalise; its distance is defined as 1, the maximum. A constant
 * true coordinate is an error.
 */
public final class PowerSpectrumDistance implements Metric {

    /** Default smoothing kernel standard deviation, in frequency bins. */
    public static final double DEFAULT_SMOOTHING = 20;

    private final double smoothing;

    /**
     * @param smoothing Gaussian kernel standard deviation in frequency bins (0: no smoothing)
     */
    public PowerSpectrumDistance(double smoothing) {
        if (!(smoothing >= 0) || !Double.isFinite(smoothing)) {
            throw new IllegalArgumentException("dh: smoothing must be finite and ≥ 0 bins, got " + smoothing);
        }
        this.smoothing = smoothing;
    }

    /** @return D_H with σ_s = 20 bins. */
    public static PowerSpectrumDistance defaults() {
        return new PowerSpectrumDistance(DEFAULT_SMOOTHING);
    }

    /** @return the smoothing kernel standard deviation in bins. */
    public double smoothing() {
        return smoothing;
    }

    @Override
    public String name() {
        return "dh";
    }

    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * D_H of a free run against an independent true trajectory of the same length; the context is
     * not used.
     *
     * @throws IllegalArgumentException if the shapes differ, T &lt; 2, data are not finite or a true
     *     coordinate is constant
     */
    @Override
    public double score(Trajectory truth, Trajectory forecast, MetricContext context) {
        Checks.sameShape(name(), truth, forecast);
        int n = truth.size();
        int d = truth.dimension();
        if (n < 2) {
            throw new IllegalArgumentException("dh needs at least 2 time steps, got " + n);
        }
        double[] y = truth.values();
        double[] f = forecast.values();
        Checks.finite(name(), "truth", y, d);
        Checks.finite(name(), "forecast", f, d);
        Fourier spectrum = new Fourier(n);
        int bins = spectrum.bins();
        double[] kernel = kernel(smoothing);
        double[] col = new double[n];
        double[] raw = new double[bins];
        double[] p = new double[bins];
        double[] q = new double[bins];
        double sum = 0;
        for (int j = 0; j < d; j++) {
            Checks.column(y, n, d, j, col);
            if (!zscore(col)) {
                throw new IllegalArgumentException("dh: true column " + j + " is constant, so it has no spectrum");
            }
            spectrum.power(col, raw);
            smoothNormalised(raw, kernel, p);
            Checks.column(f, n, d, j, col);
            if (!zscore(col)) {
                sum += 1;
                continue;
            }
            spectrum.power(col, raw);
            smoothNormalised(raw, kernel, q);
            double h = 0;
            for (int k = 0; k < bins; k++) {
                double e = Math.sqrt(p[k]) - Math.sqrt(q[k]);
                h += e * e;
            }
            sum += Math.min(1, Math.sqrt(h / 2));
        }
        return sum / d;
    }

    /** z-scores in place (sample std); @return false if the series is constant */
    private static boolean zscore(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (!(sd > 0)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            x[i] = (x[i] - mean) / sd;
        }
        return true;
    }

    /** @return the normalised Gaussian kernel of std s and radius ⌊4s + ½⌋ (scipy's convention) */
    static double[] kernel(double s) {
        if (s == 0) {
            return new double[] {1};
        }
        int radius = (int) (4 * s + 0.5);
        double[] w = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            w[i + radius] = Math.exp(-0.5 * i * i / (s * s));
            total += w[i + radius];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }

    /**
     * Convolves with the kernel using scipy's "reflect" extension (… c b a | a b c … z | z y …),
     * clips at 0 and normalises to sum 1.
     */
    static void smoothNormalised(double[] x, double[] w, double[] out) {
        int n = x.length;
        int radius = w.length / 2;
        long period = 2L * n;
        double total = 0;
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = -radius; i <= radius; i++) {
                int idx = k + i;
                if (idx < 0 || idx >= n) {
                    long r = Math.floorMod((long) idx, period);
                    idx = (int) (r < n ? r : period - 1 - r);
                }
                s += w[i + radius] * x[idx];
            }
            s = Math.max(0, s);
            out[k] = s;
            total += s;
        }
        for (int k = 0; k < n; k++) {
            out[k] /= total;
        }
    }

    @Override
    public String toString() {
        return "dh[smoothing=" + smoothing + "]";
    }
}
