package io.github.chaoskit.invariants;

import java.util.Arrays;

/**
 * The Kaplan–Yorke (Lyapunov) dimension {@code D = k + (λ₁ + … + λ_k)/|λ_{k+1}|}, k the largest
 * index with a non-negative partial sum (Kaplan and Yorke 1979, Lecture Notes in Mathematics
 * 730, 204–227). It never exceeds the number of exponents.
 */
public final class KaplanYorke {

    private KaplanYorke() {
    }

    /**
     * @param exponents a Lyapunov spectrum, any order
     * @return the Kaplan–Yorke dimension; 0 if λ₁ &lt; 0, the full dimension if every partial sum is ≥ 0
     */
    public static double dimension(double[] exponents) {
        double[] l = exponents.clone();
        Arrays.sort(l);
        for (int i = 0; i < l.length / 2; i++) {
            double t = l[i];
            l[i] = l[l.length - 1 - i];
            l[l.length - 1 - i] = t;
        }
        double sum = 0;
        for (int k = 0; k < l.length; k++) {
            if (sum + l[k] < 0) {
                return k + sum / Math.abs(l[k]);
            }
            sum += l[k];
        }
        return l.length;
    }
}
