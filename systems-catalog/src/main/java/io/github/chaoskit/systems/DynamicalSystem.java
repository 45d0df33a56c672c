package io.github.chaoskit.systems;

/**
 * A dynamical system of the catalog: equations with fixed parameter values and a default
 * initial condition. Instances are immutable and thread-safe; the {@code with…} methods return
 * new instances.
 *
 * @see Flow
 * @see DiscreteMap
 */
public interface DynamicalSystem {

    /** @return the catalog name, e.g. {@code "Lorenz"}. */
    default String name() {
        return info().name();
    }

    /** @return the metadata of the system (published defaults, period, citation, …). */
    SystemInfo info();

    /** @return the kind of system. */
    default SystemKind kind() {
        return info().kind();
    }

    /** @return the dimension of the state vector. */
    int dimension();

    /** @return the dimension of an output row (after post-processing or delay embedding). */
    default int outputDimension() {
        return dimension();
    }

    /** @return this instance's parameter values. */
    Parameters parameters();

    /** @return this instance's initial condition (a copy). */
    double[] initialCondition();

    /**
     * @param name a scalar parameter of this system
     * @param value its new value
     * @return a new instance with that parameter changed
     * @throws IllegalArgumentException if there is no such scalar parameter or the value is not finite
     */
    DynamicalSystem withParameter(String name, double value);

    /**
     * @param parameters values for every parameter of this system
     * @return a new instance with these parameters
     * @throws IllegalArgumentException naming an unknown, missing or mis-shaped parameter
     */
    DynamicalSystem withParameters(Parameters parameters);

    /**
     * @param initialCondition a finite state of length {@link #dimension()}
     * @return a new instance starting from that state
     * @throws IllegalArgumentException if the length is wrong or a value is not finite
     */
    DynamicalSystem withInitialCondition(double[] initialCondition);

    /**
     * Maps a raw state to an output row. Most systems output their state unchanged; systems
     * whose raw state holds unbounded angles or phases output bounded functions of them (as
     * dysts's {@code _postprocessing}).
     *
     * @param state a raw state, length {@link #dimension()}
     * @param out output row, length {@link #outputDimension()}; may be the same array as
     *     {@code state} when both lengths agree
     */
    default void postprocess(double[] state, double[] out) {
        if (out != state) {
            System.arraycopy(state, 0, out, 0, dimension());
        }
    }

    /** @return true if {@link #postprocess} is not the identity. */
    default boolean hasPostprocessing() {
        return false;
    }
}
