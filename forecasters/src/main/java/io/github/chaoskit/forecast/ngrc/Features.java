package io.github.chaoskit.forecast.ngrc;

/**
 * The NG-RC feature map {@code O = [1] ⊕ O_lin ⊕ O_nonlin} (Gauthier et al. 2021): the linear
 * part is given (the delay taps), the nonlinear part holds the unique monomials of the chosen
 * order(s) of the linear part, in lexicographic order of their index tuples
 * {@code i₁ ≤ i₂ ≤ … ≤ i_q}. Index tables are built once; {@link #compute} allocates nothing.
 * Immutable.
 */
final class Features {

    /** Largest feature count: its Gram matrix takes 200 MB. */
    static final int MAX_FEATURES = 5000;

    private final int linear;
    private final boolean constant;
    private final int[][] tables; // per order q ≥ 2: count × q indices, flattened
    private final int[] orders;
    private final int size;

    /**
     * @param d input dimension
     * @param taps k
     * @param order p
     * @param allOrders monomials of every order 2 … p, not only p
     * @param constant include the constant 1
     */
    Features(int d, int taps, int order, boolean allOrders, boolean constant) {
        this.linear = d * taps;
        this.constant = constant;
        int from = allOrders ? 2 : Math.max(order, 2);
        int count = Math.max(0, order - from + 1);
        this.tables = new int[count][];
        this.orders = new int[count];
        long total = (constant ? 1 : 0) + (long) linear;
        for (int i = 0; i < count; i++) {
            int q = from + i;
            orders[i] = q;
            tables[i] = monomials(linear, q);
            total += tables[i].length / q;
        }
        if (total > MAX_FEATURES) {
            throw new IllegalArgumentException("ngrc: " + total + " features (k·d = " + linear + ", p = " + order
                    + ") exceed " + MAX_FEATURES + " (the Gram matrix alone would take " + (total * total / 131_072)
                    + " MB); lower k or p");
        }
        this.size = (int) total;
    }

    /** All index tuples 0 ≤ i₁ ≤ … ≤ i_q &lt; m, flattened, lexicographic. */
    static int[] monomials(int m, int q) {
        long count = binomial(m + q - 1, q);
        if (count > MAX_FEATURES) {
            throw new IllegalArgumentException("ngrc: " + count + " monomials of order " + q + " in " + m
                    + " variables exceed " + MAX_FEATURES + " features; lower k or p");
        }
        int[] out = new int[(int) count * q];
        int[] idx = new int[q];
        int c = 0;
        while (true) {
            System.arraycopy(idx, 0, out, c * q, q);
            c++;
            int pos = q - 1;
            while (pos >= 0 && idx[pos] == m - 1) {
                pos--;
            }
            if (pos < 0) {
                break;
            }
            idx[pos]++;
            for (int r = pos + 1; r < q; r++) {
                idx[r] = idx[pos];
            }
        }
        return out;
    }

    static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    /** @return the total number of features. */
    int size() {
        return size;
    }

    /** @return the number of linear features k·d. */
    int linear() {
        return linear;
    }

    /**
     * @param lin the linear features O_lin, length k·d
     * @param out the full feature vector, length {@link #size()}
     */
    void compute(double[] lin, double[] out) {
        int k = 0;
        if (constant) {
            out[k++] = 1.0;
        }
        System.arraycopy(lin, 0, out, k, linear);
        k += linear;
        for (int t = 0; t < tables.length; t++) {
            int[] tab = tables[t];
            int q = orders[t];
            if (q == 2) {
                for (int m = 0; m < tab.length; m += 2) {
                    out[k++] = lin[tab[m]] * lin[tab[m + 1]];
                }
            } else if (q == 3) {
                for (int m = 0; m < tab.length; m += 3) {
                    out[k++] = lin[tab[m]] * lin[tab[m + 1]] * lin[tab[m + 2]];
                }
            } else {
                for (int m = 0; m < tab.length; m += q) {
                    double p = lin[tab[m]];
                    for (int r = 1; r < q; r++) {
                        p *= lin[tab[m + r]];
                    }
                    out[k++] = p;
                }
            }
        }
    }
}
