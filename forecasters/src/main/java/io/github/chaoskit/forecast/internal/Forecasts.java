package io.github.chaoskit.forecast.internal;

import io.github.chaoskit.trajectory.DivergenceException;
import io.github.chaoskit.trajectory.Trajectory;

/** Helpers shared by forecaster implementations: input checks and building output trajectories. */
public final class Forecasts {

    private Forecasts() {
    }

    /**
     * Checks that a trajectory is usable as training or history data.
     *
     * @param tr the data
     * @param minRows the fewest rows the method needs
     * @param what "training data" or "history", for messages
     * @param method the forecaster's name
     * @throws IllegalArgumentException if it is too short or contains a non-finite value
     */
    public static void requireUsable(Trajectory tr, int minRows, String what, String method) {
        if (tr.size() < minRows) {
            throw new IllegalArgumentException(method + ": " + what + " has " + tr.size() + " rows, needs at least "
                    + minRows);
        }
        for (int i = 0; i < tr.size(); i++) {
            for (int j = 0; j < tr.dimension(); j++) {
                if (!Double.isFinite(tr.value(i, j))) {
                    throw new IllegalArgumentException(method + ": " + what + " has a non-finite value at row " + i
                            + ", column " + j);
                }
            }
        }
    }

    /**
     * @param history the history a forecast continues
     * @param expectedDimension the training data's dimension
     * @param steps requested forecast length
     * @param method the forecaster's name
     * @throws IllegalArgumentException if the dimension differs or steps &lt; 1
     */
    public static void requireForecastable(Trajectory history, int expectedDimension, int steps, String method) {
        if (history.dimension() != expectedDimension) {
            throw new IllegalArgumentException(method + ": history has " + history.dimension()
                    + " columns, the model was trained on " + expectedDimension);
        }
        if (steps < 1) {
            throw new IllegalArgumentException(method + ": forecast steps must be at least 1, got " + steps);
        }
    }

    /**
     * Wraps forecast values as a trajectory whose times continue the history's grid.
     *
     * @param history the history
     * @param values steps×d row-major forecast values (owned by the result)
     * @param steps number of rows
     * @return the forecast trajectory
     */
    public static Trajectory continuation(Trajectory history, double[] values, int steps) {
        double[] times = new double[steps];
        double t0 = history.time(history.size() - 1);
        double h = history.step();
        for (int k = 0; k < steps; k++) {
            times[k] = t0 + (k + 1) * h;
        }
        return new Trajectory(history.systemName(), history.columnNames(), times, values, h);
    }

    /**
     * Throws if a forecast state is non-finite or beyond {@code bound}.
     *
     * @param method the forecaster's name
     * @param step forecast step
     * @param state the state
     * @param bound largest accepted magnitude
     * @throws DivergenceException when the state is out of bounds
     */
    public static void checkState(String method, int step, double[] state, double bound) {
        for (int j = 0; j < state.length; j++) {
            if (!Double.isFinite(state[j]) || Math.abs(state[j]) > bound) {
                throw new DivergenceException(method, step, state, "forecast left every bounded region at step "
                        + step + " (component " + j + ")");
            }
        }
    }

    /**
     * Column means and population standard deviations of a trajectory, for z-scoring training data.
     * A column whose standard deviation is at most 1e-12·max(1, |mean|) — constant up to rounding —
     * gets a standard deviation of 1, so it is centred but not blown up.
     *
     * @param tr the data
     * @return {mean, std}, each of the trajectory's dimension
     */
    public static double[][] moments(Trajectory tr) {
        int n = tr.size();
        int d = tr.dimension();
        double[] v = tr.values();
        double[] mean = new double[d];
        double[] std = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = v[i * d + j] - mean[j];
                std[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j] / n);
            if (!(std[j] > 1e-12 * Math.max(1, Math.abs(mean[j])))) {
                std[j] = 1; // a constant column: centre it only
            }
        }
        return new double[][] {mean, std};
    }
}
