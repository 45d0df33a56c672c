package io.github.chaoskit.metrics;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;

/**
 * Mutual information of two scalar series by the k-nearest-neighbour estimator of Kraskov,
 * Stögbauer and Grassberger (2004, Phys. Rev. E 69, 066138, algorithm 1), with k = 3: the
 * estimator behind dysts's {@code mutual_information} (scikit-learn's
 * {@code mutual_info_regression}, which follows Ross 2014, PLoS ONE 9, e87357).
 *
 * <pre>
 * I = ψ(N) + ψ(k) − ⟨ψ(n_x + 1)⟩ − ⟨ψ(n_y + 1)⟩,   clipped below at 0
 * </pre>
 * where ε_i is the distance from point i to its k-th neighbour in the joint space under the max
 * norm and n_x(i), n_y(i) count the other points strictly closer than ε_i in each marginal. As in
 * scikit-learn, each series is first divided by its (population) standard deviation and a
 * jitter of 10⁻¹⁰·max(1, mean|x|) standard normal variates is added to break ties — here from
 * {@code Well19937c} with the fixed seed {@value #SEED}, so the estimate is deterministic. A
 * constant series carries no information: I = 0.
 *
 * <p>Cost: the neighbour search walks outward along the points sorted by x and stops once the
 * x-distance alone exceeds the current k-th distance, typically O(N·√N); counting is O(N log N).
 */
final class KsgMutualInformation {

    /** Number of neighbours (scikit-learn's default). */
    static final int K = 3;

    /** Seed of the tie-breaking jitter. */
    static final long SEED = 0;

    private KsgMutualInformation() {
    }

    /**
     * @param x first series, finite
     * @param y second series, same length, more than {@link #K} values
     * @return the estimate in nats, ≥ 0
     */
    static double estimate(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n <= K) {
            throw new IllegalArgumentException("mutual information needs two series of equal length > " + K
                    + ", got " + x.length + " and " + y.length);
        }
        double[] a = standardised(x);
        double[] b = standardised(y);
        if (a == null || b == null) {
            return 0;
        }
        RandomGenerator rng = new Well19937c(SEED);
        jitter(a, rng);
        jitter(b, rng);

        // points sorted by a
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        final double[] aa = a;
        Arrays.sort(boxed, (p, q) -> Double.compare(aa[p], aa[q]));
        int[] order = new int[n];
        double[] as = new double[n];
        double[] bs = new double[n];
        for (int r = 0; r < n; r++) {
            order[r] = boxed[r];
            as[r] = a[order[r]];
            bs[r] = b[order[r]];
        }
        double[] bSorted = bs.clone();
        Arrays.sort(bSorted);

        double[] best = new double[K];
        double sumPsi = 0;
        for (int r = 0; r < n; r++) {
            // k smallest joint (Chebyshev) distances, best[] sorted ascending
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            int lo = r - 1;
            int hi = r + 1;
            while (lo >= 0 || hi < n) {
                double dLo = lo >= 0 ? as[r] - as[lo] : Double.POSITIVE_INFINITY;
                double dHi = hi < n ? as[hi] - as[r] : Double.POSITIVE_INFINITY;
                int s;
                double dx;
                if (dLo <= dHi) {
                    s = lo--;
                    dx = dLo;
                } else {
                    s = hi++;
                    dx = dHi;
                }
                if (dx >= best[K - 1]) {
                    break; // every remaining point is at least this far in x alone
                }
                double dist = Math.max(dx, Math.abs(bs[r] - bs[s]));
                if (dist < best[K - 1]) {
                    int p = K - 1;
                    while (p > 0 && best[p - 1] > dist) {
                        best[p] = best[p - 1];
                        p--;
                    }
                    best[p] = dist;
                }
            }
            double eps = best[K - 1];
            int nx = countStrictlyWithin(as, as[r], eps) - 1;
            int ny = countStrictlyWithin(bSorted, bs[r], eps) - 1;
            sumPsi += Gamma.digamma(nx + 1) + Gamma.digamma(ny + 1);
        }
        double mi = Gamma.digamma(n) + Gamma.digamma(K) - sumPsi / n;
        return Math.max(0, mi);
    }

    /** @return x / std(x) (population), or null if x is constant */
    private static double[] standardised(double[] x) {
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
        double sd = Math.sqrt(ss / n);
        if (!(sd > 0)) {
            return null;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = x[i] / sd;
        }
        return out;
    }

    private static void jitter(double[] x, RandomGenerator rng) {
        double meanAbs = 0;
        for (double v : x) {
            meanAbs += Math.abs(v);
        }
        double amp = 1e-10 * Math.max(1, meanAbs / x.length);
        for (int i = 0; i < x.length; i++) {
            x[i] += amp * rng.nextGaussian();
        }
    }

    /**
     * @return the number of values v of the sorted array with {@code |v − c| < eps}, the distance
     *     computed exactly as in the neighbour search (so the k-th neighbour itself, at distance
     *     eps, is never counted through rounding of c ± eps)
     */
    private static int countStrictlyWithin(double[] sorted, double c, double eps) {
        int n = sorted.length;
        int lo = firstAtLeast(sorted, c - eps);
        while (lo < n && Math.abs(sorted[lo] - c) >= eps && sorted[lo] < c) {
            lo++;
        }
        while (lo > 0 && Math.abs(sorted[lo - 1] - c) < eps) {
            lo--;
        }
        int hi = firstAtLeast(sorted, c + eps);
        while (hi > 0 && Math.abs(sorted[hi - 1] - c) >= eps && sorted[hi - 1] > c) {
            hi--;
        }
        while (hi < n && Math.abs(sorted[hi] - c) < eps) {
            hi++;
        }
        return Math.max(0, hi - lo);
    }

    /** @return the first index whose value is ≥ t (the length if none) */
    private static int firstAtLeast(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
