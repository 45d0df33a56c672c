package io.github.chaoskit.trajectory;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable sampled trajectory: n sample times and an n×d block of values stored row-major
 * ({@code value(i, j)} is coordinate j at time {@code time(i)}).
 *
 * <p>Accessors that return arrays return copies; {@link #row(int, double[])} copies into a
 * caller's array without allocating.
 */
public final class Trajectory {

    private final String systemName;
    private final List<String> columnNames;
    private final double[] times;
    private final double[] values;
    private final int dimension;
    private final double step;

    /**
     * @param systemName the system the data came from ("" if unknown)
     * @param columnNames names of the d columns
     * @param times n sample times, non-decreasing
     * @param values n·d values, row-major
     * @param step the sampling step (time between consecutive rows; 1 for maps)
     * @throws IllegalArgumentException if the sizes disagree
     */
    public Trajectory(String systemName, List<String> columnNames, double[] times, double[] values, double step) {
        this(systemName, columnNames, times.clone(), values.clone(), step, true);
    }

    private Trajectory(String systemName, List<String> columnNames, double[] times, double[] values, double step,
            boolean validate) {
        int d = columnNames.size();
        if (d == 0 || values.length != (long) times.length * d) {
            throw new IllegalArgumentException("a trajectory of " + times.length + " times and " + d
                    + " columns needs " + ((long) times.length * d) + " values, got " + values.length);
        }
        this.systemName = systemName;
        this.columnNames = List.copyOf(columnNames);
        this.times = times;
        this.values = values;
        this.dimension = d;
        this.step = step;
    }

    /** Builds a trajectory that takes ownership of the given arrays (no copy); package use only. */
    static Trajectory wrap(String systemName, List<String> columnNames, double[] times, double[] values, double step) {
        return new Trajectory(systemName, columnNames, times, values, step, true);
    }

    /** @return the number of samples n. */
    public int size() {
        return times.length;
    }

    /** @return the number of columns d. */
    public int dimension() {
        return dimension;
    }

    /** @return the name of the system this trajectory came from. */
    public String systemName() {
        return systemName;
    }

    /** @return the names of the columns. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** @return the sampling step. */
    public double step() {
        return step;
    }

    /**
     * @param i sample index
     * @return the time of sample i
     */
    public double time(int i) {
        return times[i];
    }

    /** @return all sample times (a copy). */
    public double[] times() {
        return times.clone();
    }

    /**
     * @param i sample index
     * @param j column index
     * @return the value
     */
    public double value(int i, int j) {
        return values[i * dimension + j];
    }

    /**
     * @param i sample index
     * @return row i (a copy)
     */
    public double[] row(int i) {
        return Arrays.copyOfRange(values, i * dimension, (i + 1) * dimension);
    }

    /**
     * Copies row i into {@code out} without allocating.
     *
     * @param i sample index
     * @param out array of length at least d
     */
    public void row(int i, double[] out) {
        System.arraycopy(values, i * dimension, out, 0, dimension);
    }

    /**
     * @param j column index
     * @return column j (a copy of n values)
     */
    public double[] column(int j) {
        if (j < 0 || j >= dimension) {
            throw new IllegalArgumentException("column " + j + " out of range [0, " + dimension + ")");
        }
        double[] c = new double[times.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = values[i * dimension + j];
        }
        return c;
    }

    /** @return all values, row-major (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** @return the values as an n×d array of rows (a copy). */
    public double[][] toArray() {
        double[][] a = new double[times.length][];
        for (int i = 0; i < a.length; i++) {
            a[i] = row(i);
        }
        return a;
    }

    /**
     * @param from first sample, inclusive
     * @param to last sample, exclusive
     * @return the samples [from, to), with their original times
     */
    public Trajectory slice(int from, int to) {
        if (from < 0 || to > times.length || from > to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") out of range [0, " + times.length + "]");
        }
        return new Trajectory(systemName, columnNames, Arrays.copyOfRange(times, from, to),
                Arrays.copyOfRange(values, from * dimension, to * dimension), step, false);
    }

    /**
     * @param columns column indices to keep, in the order given
     * @return a trajectory with only those columns
     */
    public Trajectory columns(int... columns) {
        double[] v = new double[times.length * columns.length];
        String[] names = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] < 0 || columns[c] >= dimension) {
                throw new IllegalArgumentException("column " + columns[c] + " out of range [0, " + dimension + ")");
            }
            names[c] = columnNames.get(columns[c]);
        }
        for (int i = 0; i < times.length; i++) {
            for (int c = 0; c < columns.length; c++) {
                v[i * columns.length + c] = values[i * dimension + columns[c]];
            }
        }
        return new Trajectory(systemName, List.of(names), times.clone(), v, step, false);
    }

    @Override
    public String toString() {
        return "Trajectory[" + systemName + ", n=" + times.length + ", d=" + dimension + ", step=" + step + "]";
    }
}
