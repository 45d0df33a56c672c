package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * The short-term (point-wise) metrics of the protocol. Notation: truth y, forecast ŷ, T rows, D
 * columns; "mean" is over all T·D elements unless a coordinate-wise mean is stated. Formulas from
 * dysts {@code metrics.py} as documented in dysts.md §5.4 (the 2023 versions used for Gilpin 2023,
 * without the ε regularisers of later versions); see {@link Metrics} for the exact list.
 *
 * <p>Zero denominators: a term 0/0 (both y and ŷ zero in smape or mape) counts as 0; a term x/0
 * with x ≠ 0 (mape at a zero truth value) makes the score +∞. A denominator that depends on the
 * truth alone being zero (constant truth for r2 and marre, all-zero truth for wape, zero truth
 * mean for the coefficient of variation, constant training data for mase) makes the score
 * undefined: IllegalArgumentException.
 */
final class ShortTermMetrics {

    private ShortTermMetrics() {
    }

    /** Metrics of the form finish(mean of a per-element term), with an O(T) prefix recurrence. */
    abstract static class ElementMean extends AbstractMetric {

        ElementMean(String name, boolean lowerIsBetter) {
            super(name, lowerIsBetter);
        }

        /** @return per-column parameters from the context (or null) */
        double[] parameters(MetricContext c, int d) {
            return null;
        }

        abstract double term(double y, double f, double[] p, int j);

        double finish(double mean, double[] p) {
            return mean;
        }

        @Override
        final double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            double[] p = parameters(c, d);
            double s = 0;
            for (int k = 0; k < y.length; k++) {
                s += term(y[k], f[k], p, k % d);
            }
            return finish(s / y.length, p);
        }

        @Override
        final boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
            double[] p = parameters(c, d);
            double s = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    s += term(y[i * d + j], f[i * d + j], p, j);
                }
                out[i] = finish(s / ((i + 1.0) * d), p);
            }
            return true;
        }
    }

    /** mse = mean((y−ŷ)²). */
    static final class Mse extends ElementMean {
        Mse() {
            super("mse", true);
        }

        @Override
        double term(double y, double f, double[] p, int j) {
            double e = y - f;
            return e * e;
        }
    }

    /** mae = mean|y−ŷ|. */
    static final class Mae extends ElementMean {
        Mae() {
            super("mae", true);
        }

        @Override
        double term(double y, double f, double[] p, int j) {
            return Math.abs(y - f);
        }
    }

    /** rmse = sqrt(mse). */
    static final class Rmse extends ElementMean {
        Rmse() {
            super("rmse", true);
        }

        @Override
        double term(double y, double f, double[] p, int j) {
            double e = y - f;
            return e * e;
        }

        @Override
        double finish(double mean, double[] p) {
            return Math.sqrt(mean);
        }
    }

    /** nrmse = sqrt(mean_{t,d} ((y−ŷ)/σ_d)²), σ_d the attractor standard deviation from the context. */
    static final class Nrmse extends ElementMean {
        Nrmse() {
            super("nrmse", true);
        }

        @Override
        double[] parameters(MetricContext c, int d) {
            return c.requireAttractorStd(name(), d);
        }

        @Override
        double term(double y, double f, double[] sigma, int j) {
            double e = (y - f) / sigma[j];
            return e * e;
        }

        @Override
        double finish(double mean, double[] p) {
            return Math.sqrt(mean);
        }
    }

    /** smape = 200·mean(|y−ŷ|/(|y|+|ŷ|)), 0–200 scale; a 0/0 term counts as 0. */
    static final class Smape extends ElementMean {
        Smape() {
            super("smape", true);
        }

        @Override
        double term(double y, double f, double[] p, int j) {
            return smapeTerm(y, f);
        }

        @Override
        double finish(double mean, double[] p) {
            return 200 * mean;
        }
    }

    /** @return |y−ŷ|/(|y|+|ŷ|), 0 if both are 0 */
    static double smapeTerm(double y, double f) {
        double den = Math.abs(y) + Math.abs(f);
        return den == 0 ? 0 : Math.abs(y - f) / den;
    }

    /** mape = 100·mean(|y−ŷ|/|y|); a 0/0 term counts as 0, x/0 gives +∞. */
    static final class Mape extends ElementMean {
        Mape() {
            super("mape", true);
        }

        @Override
        double term(double y, double f, double[] p, int j) {
            double e = Math.abs(y - f);
            if (y == 0) {
                return e == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return e / Math.abs(y);
        }

        @Override
        double finish(double mean, double[] p) {
            return 100 * mean;
        }
    }

    /**
     * mase = mean|y−ŷ| / mean_{t,d}|x_{t+1,d} − x_{t,d}| over the training data x (the in-sample
     * one-step naive error; Hyndman and Koehler 2006, Int. J. Forecasting 22, 679).
     */
    static final class Mase extends ElementMean {
        Mase() {
            super("mase", true);
        }

        @Override
        double[] parameters(MetricContext c, int d) {
            Trajectory train = c.requireTraining(name(), d);
            int n = train.size();
            double s = 0;
            for (int i = 1; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    s += Math.abs(train.value(i, j) - train.value(i - 1, j));
                }
            }
            double scale = s / ((n - 1.0) * d);
            if (!(scale > 0)) {
                throw fail("the training data are constant, so the naive one-step error is 0");
            }
            return new double[] {scale};
        }

        @Override
        double term(double y, double f, double[] p, int j) {
            return Math.abs(y - f);
        }

        @Override
        double finish(double mean, double[] p) {
            return mean / p[0];
        }
    }

    /** wape = 100·Σ|y−ŷ| / Σ|y|. */
    static final class Wape extends AbstractMetric {
        Wape() {
            super("wape", true);
        }

        @Override
        double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            double num = 0;
            double den = 0;
            for (int k = 0; k < y.length; k++) {
                num += Math.abs(y[k] - f[k]);
                den += Math.abs(y[k]);
            }
            if (den == 0) {
                throw fail("the truth is identically 0, so Σ|y| = 0");
            }
            return 100 * num / den;
        }

        @Override
        boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                for (int k = i * d; k < (i + 1) * d; k++) {
                    num += Math.abs(y[k] - f[k]);
                    den += Math.abs(y[k]);
                }
                out[i] = den == 0 ? Double.NaN : 100 * num / den;
            }
            return true;
        }
    }

    /** marre = 100·mean|y−ŷ| / (max(y) − min(y)), global extremes of the truth. */
    static final class Marre extends AbstractMetric {
        Marre() {
            super("marre", true);
        }

        @Override
        double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            double s = 0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < y.length; k++) {
                s += Math.abs(y[k] - f[k]);
                max = Math.max(max, y[k]);
                min = Math.min(min, y[k]);
            }
            if (max == min) {
                throw fail("the truth is constant (" + max + "), so its range is 0");
            }
            return 100 * (s / y.length) / (max - min);
        }

        @Override
        boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
            double s = 0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                for (int k = i * d; k < (i + 1) * d; k++) {
                    s += Math.abs(y[k] - f[k]);
                    max = Math.max(max, y[k]);
                    min = Math.min(min, y[k]);
                }
                out[i] = max == min ? Double.NaN : 100 * (s / ((i + 1.0) * d)) / (max - min);
            }
            return true;
        }
    }

    /** r2 = 1 − Σ(y−ŷ)² / Σ(y−ȳ)², ȳ the mean of all truth elements. */
    static final class R2 extends AbstractMetric {
        R2() {
            super("r2", false);
        }

        @Override
        double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            double mean = 0;
            for (double v : y) {
                mean += v;
            }
            mean /= y.length;
            double res = 0;
            double tot = 0;
            for (int k = 0; k < y.length; k++) {
                double e = y[k] - f[k];
                double u = y[k] - mean;
                res += e * e;
                tot += u * u;
            }
            if (tot == 0) {
                throw fail("the truth is constant, so Σ(y−ȳ)² = 0");
            }
            return 1 - res / tot;
        }

        @Override
        boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
            double mean = 0;
            double m2 = 0; // Welford: Σ(y−ȳ)² of the elements seen so far
            double res = 0;
            long count = 0;
            for (int i = 0; i < n; i++) {
                for (int k = i * d; k < (i + 1) * d; k++) {
                    count++;
                    double delta = y[k] - mean;
                    mean += delta / count;
                    m2 += delta * (y[k] - mean);
                    double e = y[k] - f[k];
                    res += e * e;
                }
                out[i] = m2 == 0 ? Double.NaN : 1 - res / m2;
            }
            return true;
        }
    }

    /**
     * rmsle = sqrt(mean((log(ŷ′+1) − log(y′+1))²)) with y′ = y − min_t y and ŷ′ = ŷ − min_t ŷ, each
     * column shifted by its own minimum over the window (so y′, ŷ′ ≥ 0; no ε is needed).
     */
    static final class Rmsle extends AbstractMetric {
        Rmsle() {
            super("rmsle", true);
        }

        @Override
        double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double minY = Double.POSITIVE_INFINITY;
                double minF = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    minY = Math.min(minY, y[i * d + j]);
                    minF = Math.min(minF, f[i * d + j]);
                }
                for (int i = 0; i < n; i++) {
                    double e = Math.log1p(f[i * d + j] - minF) - Math.log1p(y[i * d + j] - minY);
                    s += e * e;
                }
            }
            return Math.sqrt(s / y.length);
        }
    }

    /**
     * Coefficient of variation of the error = 100·std(y−ŷ)/|mean(y)|, population std over all
     * elements. dysts divides by mean(y) itself; the absolute value keeps "lower is better"
     * meaningful when the truth's mean is negative.
     */
    static final class CoefficientOfVariation extends AbstractMetric {
        CoefficientOfVariation() {
            super("coefficient_of_variation", true);
        }

        @Override
        double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            double meanY = 0;
            double meanE = 0;
            for (int k = 0; k < y.length; k++) {
                meanY += y[k];
                meanE += y[k] - f[k];
            }
            meanY /= y.length;
            meanE /= y.length;
            if (meanY == 0) {
                throw fail("the truth has mean 0, so the coefficient of variation is undefined");
            }
            double ss = 0;
            for (int k = 0; k < y.length; k++) {
                double u = y[k] - f[k] - meanE;
                ss += u * u;
            }
            return 100 * Math.sqrt(ss / y.length) / Math.abs(meanY);
        }

        @Override
        boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
            double sumY = 0;
            double meanE = 0;
            double m2 = 0;
            long count = 0;
            for (int i = 0; i < n; i++) {
                for (int k = i * d; k < (i + 1) * d; k++) {
                    count++;
                    sumY += y[k];
                    double e = y[k] - f[k];
                    double delta = e - meanE;
                    meanE += delta / count;
                    m2 += delta * (e - meanE);
                }
                double meanY = sumY / count;
                out[i] = meanY == 0 ? Double.NaN : 100 * Math.sqrt(m2 / count) / Math.abs(meanY);
            }
            return true;
        }
    }

    /**
     * Mean over coordinates of a correlation coefficient between y_d and ŷ_d. A constant truth
     * coordinate makes it undefined (IllegalArgumentException); a constant forecast coordinate
     * contributes 0 (it carries no information about the truth's variation).
     */
    abstract static class CoordinateCorrelation extends AbstractMetric {

        CoordinateCorrelation(String name) {
            super(name, false);
        }

        abstract double correlation(double[] a, double[] b);

        @Override
        final double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            if (n < 2) {
                throw fail("needs at least 2 time steps, got " + n);
            }
            double[] a = new double[n];
            double[] b = new double[n];
            double s = 0;
            for (int j = 0; j < d; j++) {
                if (Checks.constantColumn(y, n, d, j)) {
                    throw fail("truth column " + j + " is constant, so its correlation is undefined");
                }
                if (Checks.constantColumn(f, n, d, j)) {
                    continue;
                }
                Checks.column(y, n, d, j, a);
                Checks.column(f, n, d, j, b);
                s += correlation(a, b);
            }
            return s / d;
        }
    }

    /** Pearson's r (product-moment correlation), two-pass. */
    static final class Pearson extends CoordinateCorrelation {
        Pearson() {
            super("pearson");
        }

        @Override
        double correlation(double[] a, double[] b) {
            int n = a.length;
            double ma = 0;
            double mb = 0;
            for (int i = 0; i < n; i++) {
                ma += a[i];
                mb += b[i];
            }
            ma /= n;
            mb /= n;
            double sab = 0;
            double saa = 0;
            double sbb = 0;
            for (int i = 0; i < n; i++) {
                double u = a[i] - ma;
                double v = b[i] - mb;
                sab += u * v;
                saa += u * u;
                sbb += v * v;
            }
            return clamp(sab / Math.sqrt(saa * sbb));
        }

        @Override
        boolean prefixScores(double[] y, double[] f, int n, int d, MetricContext c, double[] out) {
            // Welford co-moments per column
            double[] ma = new double[d];
            double[] mb = new double[d];
            double[] saa = new double[d];
            double[] sbb = new double[d];
            double[] sab = new double[d];
            for (int i = 0; i < n; i++) {
                double s = 0;
                boolean defined = true;
                for (int j = 0; j < d; j++) {
                    double a = y[i * d + j];
                    double b = f[i * d + j];
                    double da = a - ma[j];
                    double db = b - mb[j];
                    ma[j] += da / (i + 1);
                    mb[j] += db / (i + 1);
                    saa[j] += da * (a - ma[j]);
                    sbb[j] += db * (b - mb[j]);
                    sab[j] += da * (b - mb[j]);
                    if (saa[j] == 0) {
                        defined = false;
                    } else if (sbb[j] != 0) {
                        s += clamp(sab[j] / Math.sqrt(saa[j] * sbb[j]));
                    }
                }
                out[i] = defined ? s / d : Double.NaN;
            }
            return true;
        }
    }

    /** Spearman's ρ (Pearson's r of the ranks, ties given their average rank; Hipparchus). */
    static final class Spearman extends CoordinateCorrelation {
        Spearman() {
            super("spearman");
        }

        @Override
        double correlation(double[] a, double[] b) {
            return clamp(new SpearmansCorrelation().correlation(a, b));
        }
    }

    /** Kendall's τ_b (Kendall 1945; tie-corrected, as scipy's default; Hipparchus, O(T log T)). */
    static final class Kendall extends CoordinateCorrelation {
        Kendall() {
            super("kendall");
        }

        @Override
        double correlation(double[] a, double[] b) {
            return clamp(new KendallsCorrelation().correlation(a, b));
        }
    }

    static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }

    /** Mutual information, mean over coordinates of the KSG estimate I(y_d; ŷ_d) in nats. */
    static final class MutualInformation extends AbstractMetric {
        MutualInformation() {
            super("mutual_information", false);
        }

        @Override
        double compute(double[] y, double[] f, int n, int d, MetricContext c) {
            if (n <= KsgMutualInformation.K) {
                throw fail("needs more than " + KsgMutualInformation.K + " time steps, got " + n);
            }
            double[] a = new double[n];
            double[] b = new double[n];
            double s = 0;
            for (int j = 0; j < d; j++) {
                Checks.column(y, n, d, j, a);
                Checks.column(f, n, d, j, b);
                s += KsgMutualInformation.estimate(a, b);
            }
            return s / d;
        }
    }
}
