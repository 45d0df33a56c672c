package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;

/** Argument checks shared by the metrics. */
final class Checks {

    private Checks() {
    }

    /**
     * @throws IllegalArgumentException unless both trajectories are non-null, non-empty and of the
     *     same T×D shape
     */
    static void sameShape(String metric, Trajectory truth, Trajectory forecast) {
        if (truth == null || forecast == null) {
            throw new IllegalArgumentException(metric + ": truth and forecast must not be null");
        }
        if (truth.size() != forecast.size() || truth.dimension() != forecast.dimension()) {
            throw new IllegalArgumentException(metric + ": truth is " + shape(truth) + " but forecast is "
                    + shape(forecast) + "; the shapes must be equal");
        }
        if (truth.size() == 0) {
            throw new IllegalArgumentException(metric + ": truth and forecast are empty (0×" + truth.dimension() + ")");
        }
    }

    static String shape(Trajectory t) {
        return t.size() + "×" + t.dimension();
    }

    /** @throws IllegalArgumentException naming the first non-finite value of a row-major n×d block */
    static void finite(String metric, String what, double[] v, int d) {
        for (int k = 0; k < v.length; k++) {
            if (!Double.isFinite(v[k])) {
                throw new IllegalArgumentException(metric + ": " + what + " value at row " + (k / d) + ", column "
                        + (k % d) + " is " + v[k] + "; expected finite data");
            }
        }
    }

    /** @return true if column j of a row-major n×d block takes a single value */
    static boolean constantColumn(double[] v, int n, int d, int j) {
        double first = v[j];
        for (int i = 1; i < n; i++) {
            if (v[i * d + j] != first) {
                return false;
            }
        }
        return true;
    }

    /** Copies column j of a row-major n×d block into out[0..n). */
    static void column(double[] v, int n, int d, int j, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = v[i * d + j];
        }
    }
}
