package io.github.chaoskit.invariants;

import java.util.Arrays;

/**
 * Running median of a spectrum over a symmetric window whose half-width grows with frequency:
 * for bin k (1 ≤ k ≤ m−1; bin 0 is skipped) the window is [k−h, k+h] with
 * {@code h = min(max(hMin, ⌊ρk⌋), k−1, m−1−k)}. Both window ends move monotonically, so the
 * window is updated incrementally in a Fenwick tree over value ranks: O(m log m) per spectrum.
 * A symmetric window has an odd size, and the median of a monotone stretch of spectrum is its
 * centre value (no bias on steep slopes). Instances reuse their buffers; not thread-safe.
 */
final class RunningMedian {

    private final int m;
    private final double rho;
    private final int hMin;
    private final double[] sorted;
    private final int[] rank;
    private final int[] tree;
    private final int log;

    /**
     * @param m number of bins of the spectra (including bin 0)
     * @param rho relative half-width ρ of the window
     * @param hMin least half-width, in bins
     */
    RunningMedian(int m, double rho, int hMin) {
        this.m = m;
        this.rho = rho;
        this.hMin = hMin;
        this.sorted = new double[m - 1];
        this.rank = new int[m];
        this.tree = new int[m];
        this.log = Integer.highestOneBit(Math.max(1, m - 1));
    }

    /**
     * @param p spectrum, bins 0 … m−1 (non-negative, finite)
     * @param out receives the running median in bins 1 … m−1 (bin 0 is set to NaN)
     */
    void apply(double[] p, double[] out) {
        int len = m - 1;
        System.arraycopy(p, 1, sorted, 0, len);
        Arrays.sort(sorted, 0, len);
        for (int k = 1; k < m; k++) {
            rank[k] = lowerBound(sorted, len, p[k]) + 1; // 1-based Fenwick index
        }
        Arrays.fill(tree, 0);
        out[0] = Double.NaN;
        int lo = 1;
        int hi = 0;
        for (int k = 1; k < m; k++) {
            int h = Math.min(Math.min(Math.max(hMin, (int) (rho * k)), k - 1), m - 1 - k);
            int newLo = k - h;
            int newHi = k + h;
            while (hi < newHi) {
                hi++;
                add(rank[hi], 1);
            }
            while (lo < newLo) {
                add(rank[lo], -1);
                lo++;
            }
            out[k] = sorted[kth(h + 1) - 1];
        }
    }

    private void add(int i, int delta) {
        for (; i < m; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** Smallest 1-based index whose prefix count reaches {@code k}. */
    private int kth(int k) {
        int pos = 0;
        for (int step = log; step > 0; step >>= 1) {
            int next = pos + step;
            if (next < m && tree[next] < k) {
                pos = next;
                k -= tree[next];
            }
        }
        return pos + 1;
    }

    private static int lowerBound(double[] a, int len, double x) {
        int lo = 0;
        int hi = len;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
