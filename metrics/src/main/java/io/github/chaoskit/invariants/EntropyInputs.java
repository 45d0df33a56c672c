package io.github.chaoskit.invariants;

/**
 * Input checks and small statistics shared by the entropy and recurrence estimators of this
 * package (package use only).
 */
final class EntropyInputs {

    private EntropyInputs() {
    }

    /** Throws if the array is null or holds a non-finite value, naming the index and the value. */
    static void requireFinite(double[] x, String what) {
        if (x == null) {
            throw new IllegalArgumentException(what + " is null; expected an array of finite values");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + x[i] + "; expected finite values");
            }
        }
    }

    /** Throws unless {@code values} holds a whole number of rows of {@code dimension} values, at least one. */
    static int rows(double[] values, int dimension, String what) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension " + dimension + " of " + what + "; expected at least 1");
        }
        if (values == null || values.length == 0 || values.length % dimension != 0) {
            throw new IllegalArgumentException(what + " has " + (values == null ? "no" : values.length)
                    + " values; expected a positive multiple of the dimension " + dimension + " (row-major n×d)");
        }
        return values.length / dimension;
    }

    /** Throws if every value of the first {@code n} entries is the same. */
    static void requireNotConstant(double[] x, int n, String what) {
        for (int i = 1; i < n; i++) {
            if (x[i] != x[0]) {
                return;
            }
        }
        throw new IllegalArgumentException(what + " is constant (all " + n + " values equal " + x[0]
                + "); expected a varying series");
    }

    /** Sample standard deviation (n − 1 denominator, two-pass) of the first {@code n} entries. */
    static double standardDeviation(double[] x, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i];
        }
        mean /= n;
        double ss = 0;
        double comp = 0;
        for (int i = 0; i < n; i++) {
            double e = x[i] - mean;
            ss += e * e;
            comp += e;
        }
        return Math.sqrt((ss - comp * comp / n) / (n - 1));
    }

    /**
     * Stable merge sort of {@code idx[0..n)} by the keys {@code key[idx[i]]} (ties keep index
     * order), using {@code tmp} (length ≥ n) as scratch; allocates nothing.
     */
    static void sortIndicesByKey(int[] idx, int n, double[] key, int[] tmp) {
        // bottom-up merge sort alternating between idx and tmp
        int[] src = idx;
        int[] dst = tmp;
        for (int width = 1; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += width << 1) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + (width << 1), n);
                int a = lo;
                int b = mid;
                int o = lo;
                while (a < mid && b < hi) {
                    dst[o++] = key[src[b]] < key[src[a]] ? src[b++] : src[a++];
                }
                while (a < mid) {
                    dst[o++] = src[a++];
                }
                while (b < hi) {
                    dst[o++] = src[b++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != idx) {
            System.arraycopy(src, 0, idx, 0, n);
        }
    }
}
