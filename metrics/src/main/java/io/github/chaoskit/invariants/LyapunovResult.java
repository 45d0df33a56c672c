package io.github.chaoskit.invariants;

import java.util.Arrays;

/**
 * A computed Lyapunov spectrum with its uncertainty and provenance.
 *
 * <p>Exponents are in 1/(time unit of the equations) for flows and per iteration for maps,
 * sorted in decreasing order.
 */
public final class LyapunovResult {

    private final String system;
    private final double[] exponents;
    private final double[] standardErrors;
    private final double meanDivergence;
    private final String method;

    LyapunovResult(String system, double[] exponents, double[] standardErrors, double meanDivergence, String method) {
        this.system = system;
        this.exponents = exponents;
        this.standardErrors = standardErrors;
        this.meanDivergence = meanDivergence;
        this.method = method;
    }

    /** Averages per-run sums of log-stretching factors into exponents and standard errors. */
    static LyapunovResult fromRuns(String system, double[][] runSums, double runTime, double meanDivergence,
            String method) {
        int runs = runSums.length;
        int d = runSums[0].length;
        double[] mean = new double[d];
        double[] se = new double[d];
        for (int i = 0; i < d; i++) {
            for (double[] r : runSums) {
                mean[i] += r[i] / runTime;
            }
            mean[i] /= runs;
            double v = 0;
            for (double[] r : runSums) {
                double e = r[i] / runTime - mean[i];
                v += e * e;
            }
            se[i] = Math.sqrt(v / (runs - 1) / runs);
        }
        return new LyapunovResult(system, mean, se, meanDivergence, method);
    }

    /** @return the system's name. */
    public String system() {
        return system;
    }

    /** @return the exponents, largest first (a copy). */
    public double[] exponents() {
        return exponents.clone();
    }

    /** @return the largest exponent λ₁. */
    public double largest() {
        return exponents[0];
    }

    /** @return standard error of each exponent over the runs (a copy). */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the sum of the exponents. */
    public double sum() {
        double s = 0;
        for (double e : exponents) {
            s += e;
        }
        return s;
    }

    /**
     * @return the time average of the divergence (trace of the Jacobian) along the same trajectory
     *     (flows), or of log|det J| per iteration (maps): the exact value of {@link #sum()}
     */
    public double meanDivergence() {
        return meanDivergence;
    }

    /** @return Kaplan–Yorke dimension of this spectrum. */
    public double kaplanYorkeDimension() {
        return KaplanYorke.dimension(exponents);
    }

    /** @return the Kolmogorov–Sinai entropy estimate: the sum of positive exponents (Pesin's identity). */
    public double kolmogorovSinaiEntropy() {
        double s = 0;
        for (double e : exponents) {
            if (e > 0) {
                s += e;
            }
        }
        return s;
    }

    /** @return how the spectrum was computed. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return system + " λ = " + Arrays.toString(exponents) + " ± " + Arrays.toString(standardErrors);
    }
}
