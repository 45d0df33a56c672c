package io.github.chaoskit.bench;

import io.github.chaoskit.trajectory.Trajectory;

/**
 * One forecast to score: the history a model sees (its tail warms up internal state) and the
 * true continuation it is scored against.
 *
 * @param index window number within the system, from 0
 * @param history observed data ending at the forecast origin
 * @param truth the true continuation, as many rows as the horizon
 */
public record Window(int index, Trajectory history, Trajectory truth) {
}
