package io.github.chaoskit.invariants;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.Objects;

/** Validation of the data handed to the estimators of this package. */
final class InputChecks {

    private InputChecks() {
    }

    /**
     * Checks a trajectory and returns a copy of its values.
     *
     * @param t the trajectory
     * @param minRows fewest rows the estimator can work with
     * @param what name of the estimator, for messages
     * @return the row-major values (a copy)
     * @throws IllegalArgumentException if the trajectory is too short, holds a non-finite value,
     *     has a non-positive or non-finite step, or every column is constant
     */
    static double[] values(Trajectory t, int minRows, String what) {
        Objects.requireNonNull(t, "trajectory");
        if (t.size() < minRows) {
            throw new IllegalArgumentException(what + " needs at least " + minRows + " samples, got " + t.size());
        }
        double step = t.step();
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException(what + " needs a positive finite sampling step, got " + step);
        }
        double[] v = t.values();
        int d = t.dimension();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(what + ": non-finite value " + v[i] + " at row " + (i / d)
                        + ", column " + (i % d));
            }
        }
        boolean allConstant = true;
        for (int c = 0; c < d && allConstant; c++) {
            allConstant = isConstant(v, t.size(), d, c);
        }
        if (allConstant) {
            throw new IllegalArgumentException(what + ": every column of the trajectory is constant (value "
                    + v[0] + "); expected varying data");
        }
        return v;
    }

    /** @return true if column c of the row-major n×d block takes one value only. */
    static boolean isConstant(double[] v, int n, int d, int c) {
        double first = v[c];
        for (int i = 1; i < n; i++) {
            if (v[i * d + c] != first) {
                return false;
            }
        }
        return true;
    }

    static void require(boolean ok, String what, double value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("invalid " + what + ": " + value + " (expected " + expected + ")");
        }
    }
}
