package io.github.chaoskit.forecast.plrnn;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * The state-space divergence D_stsp = KL(p_true ‖ p_gen) used for model selection during
 * training (Koppe et al. 2019; Hess et al. 2023; the same definition as chaoskit's metrics module,
 * kept self-contained so that forecasters does not depend on metrics).
 *
 * <p>N ≤ 5: 30 bins per coordinate over the true data's [min − 0.1σ, max + 0.1σ], Laplace
 * smoothing α = 1e−5 over all 30ᴺ cells (occupied cells explicitly, the rest in closed form);
 * no generated point in range gives +∞. N &gt; 5: Monte-Carlo estimate with isotropic Gaussian
 * mixtures of variance 1 on at most 2000 points per trajectory and 500 samples (Hershey and Olsen
 * 2007). The true histogram / mixture is built once.
 */
final class StateSpaceKl {

    private static final int BINS = 30;
    private static final double ALPHA = 1e-5;
    private static final int MIX_POINTS = 2000;
    private static final int MIX_SAMPLES = 500;

    private final int d;
    private final boolean binned;
    private final double[] lo;
    private final double[] width;
    private final long[] trueCells;
    private final double[] truePoints;

    /** @param y true data, row-major n×d */
    StateSpaceKl(double[] y, int d) {
        this.d = d;
        int n = y.length / d;
        this.binned = d <= 5;
        if (binned) {
            lo = new double[d];
            width = new double[d];
            for (int j = 0; j < d; j++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    double v = y[i * d + j];
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    mean += v;
                }
                mean /= n;
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    double e = y[i * d + j] - mean;
                    ss += e * e;
                }
                double sigma = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
                double margin = 0.1 * sigma;
                if (!(max + margin > min - margin)) {
                    margin = 0.5; // a constant column: any positive range
                }
                lo[j] = min - margin;
                width[j] = (max + margin - lo[j]) / BINS;
            }
            trueCells = cells(y);
            truePoints = null;
        } else {
            lo = null;
            width = null;
            trueCells = null;
            truePoints = subsample(y, d, MIX_POINTS);
        }
    }

    /** @return D_stsp of the generated rows g (row-major, any count ≥ 1) */
    double divergence(double[] g) {
        return binned ? binned(g) : mixture(g);
    }

    private double binned(double[] g) {
        long[] cg = cells(g);
        if (cg.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        long[] cy = trueCells;
        double cellsTotal = Math.pow(BINS, d);
        double zp = cy.length + ALPHA * cellsTotal;
        double zq = cg.length + ALPHA * cellsTotal;
        double kl = 0;
        long occupied = 0;
        int i = 0;
        int k = 0;
        while (i < cy.length || k < cg.length) {
            long cell = Math.min(i < cy.length ? cy[i] : Long.MAX_VALUE, k < cg.length ? cg[k] : Long.MAX_VALUE);
            int h = 0;
            while (i < cy.length && cy[i] == cell) {
                h++;
                i++;
            }
            int q = 0;
            while (k < cg.length && cg[k] == cell) {
                q++;
                k++;
            }
            double pk = (h + ALPHA) / zp;
            double qk = (q + ALPHA) / zq;
            kl += pk * Math.log(pk / qk);
            occupied++;
        }
        kl += (cellsTotal - occupied) * (ALPHA / zp) * Math.log(zq / zp);
        return Math.max(0, kl);
    }

    private long[] cells(double[] v) {
        int n = v.length / d;
        long[] out = new long[n];
        int c = 0;
        rows:
        for (int i = 0; i < n; i++) {
            long cell = 0;
            for (int j = 0; j < d; j++) {
                double x = Math.floor((v[i * d + j] - lo[j]) / width[j]);
                if (!(x >= 0 && x < BINS)) {
                    continue rows;
                }
                cell = cell * BINS + (long) x;
            }
            out[c++] = cell;
        }
        long[] cells = Arrays.copyOf(out, c);
        Arrays.sort(cells);
        return cells;
    }

    private double mixture(double[] g) {
        double[] q = subsample(g, d, MIX_POINTS);
        double[] p = truePoints;
        int np = p.length / d;
        int nq = q.length / d;
        RandomGenerator rng = new Well19937c(20230723L);
        double[] xi = new double[d];
        double sum = 0;
        for (int s = 0; s < MIX_SAMPLES; s++) {
            int c = rng.nextInt(np);
            for (int j = 0; j < d; j++) {
                xi[j] = p[c * d + j] + rng.nextGaussian();
            }
            sum += logMeanKernel(xi, p, np) - logMeanKernel(xi, q, nq);
        }
        return sum / MIX_SAMPLES;
    }

    private double logMeanKernel(double[] xi, double[] x, int n) {
        double max = Double.NEGATIVE_INFINITY;
        double acc = 0;
        for (int t = 0; t < n; t++) {
            double r2 = 0;
            for (int j = 0; j < d; j++) {
                double e = xi[j] - x[t * d + j];
                r2 += e * e;
            }
            double a = -0.5 * r2;
            if (a <= max) {
                acc += Math.exp(a - max);
            } else {
                acc = acc * Math.exp(max - a) + 1;
                max = a;
            }
        }
        return max + Math.log(acc) - Math.log(n);
    }

    private static double[] subsample(double[] v, int d, int max) {
        int n = v.length / d;
        if (n <= max) {
            return v.clone();
        }
        int stride = (n + max - 1) / max;
        int m = (n + stride - 1) / stride;
        double[] out = new double[m * d];
        for (int i = 0; i < m; i++) {
            System.arraycopy(v, i * stride * d, out, i * d, d);
        }
        return out;
    }
}
