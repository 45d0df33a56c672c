package io.github.chaoskit.trajectory;

/**
 * Receives trajectory rows one at a time, so that trajectories of any length can be written
 * out without being held in memory.
 */
@FunctionalInterface
public interface TrajectorySink {

    /**
     * Receives one sample.
     *
     * @param index sample index, from 0
     * @param time sample time
     * @param row the values; the array is reused for the next row, so copy what must be kept
     * @throws Exception to abort generation (it is rethrown, wrapped if checked)
     */
    void accept(long index, double time, double[] row) throws Exception;
}
