package io.github.chaoskit.metrics;

import io.github.chaoskit.trajectory.Trajectory;
import java.util.ArrayList;
import java.util.List;

/** Small helpers to build trajectories in tests. */
final class TestData {

    private TestData() {
    }

    /** @return a trajectory with the given rows, times 0, dt, 2dt, … */
    static Trajectory of(double dt, double[][] rows) {
        int n = rows.length;
        int d = rows[0].length;
        double[] t = new double[n];
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            System.arraycopy(rows[i], 0, v, i * d, d);
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + j);
        }
        return new Trajectory("test", names, t, v, dt);
    }

    /** @return a trajectory with the given rows and step 1 */
    static Trajectory of(double[][] rows) {
        return of(1, rows);
    }

    /** @return a one-column trajectory of the values */
    static Trajectory column(double... values) {
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new double[] {values[i]};
        }
        return of(rows);
    }

    /** @return the trajectory with every value mapped to a·x + b */
    static Trajectory affine(Trajectory x, double a, double b) {
        double[][] rows = x.toArray();
        for (double[] r : rows) {
            for (int j = 0; j < r.length; j++) {
                r[j] = a * r[j] + b;
            }
        }
        return of(x.step(), rows);
    }
}
