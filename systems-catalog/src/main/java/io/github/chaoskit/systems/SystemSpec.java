package io.github.chaoskit.systems;

import java.util.Arrays;

/**
 * What makes one instance of a system: its metadata, its parameter values and its initial
 * condition. Immutable; system classes are built from a spec and derive new instances from
 * modified specs.
 */
public final class SystemSpec {

    private final SystemInfo info;
    private final Parameters parameters;
    private final double[] initialCondition;

    private SystemSpec(SystemInfo info, Parameters parameters, double[] initialCondition) {
        this.info = info;
        this.parameters = parameters;
        this.initialCondition = initialCondition;
    }

    /**
     * The published defaults of a catalog system.
     *
     * @param name catalog name, exact case
     * @return the spec with default parameters and initial condition
     * @throws IllegalArgumentException if the catalog resources do not describe that system
     */
    public static SystemSpec defaults(String name) {
        SystemInfo info = MetadataResources.get(name);
        return new SystemSpec(info, info.defaultParameters(), info.initialCondition());
    }

    /**
     * A spec for a system that is not in the catalog's resources (e.g. a user's own system).
     *
     * @param info its metadata
     * @return the spec with the metadata's defaults
     */
    public static SystemSpec of(SystemInfo info) {
        return new SystemSpec(info, info.defaultParameters(), info.initialCondition());
    }

    /** @return the metadata. */
    public SystemInfo info() {
        return info;
    }

    /** @return the parameter values. */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * @param name a scalar parameter
     * @return its value
     */
    public double param(String name) {
        return parameters.get(name);
    }

    /** @return the initial condition (a copy). */
    public double[] initialCondition() {
        return initialCondition.clone();
    }

    /** @return the state dimension, the length of the initial condition. */
    public int dimension() {
        return initialCondition.length;
    }

    /**
     * @param p new parameters; must have exactly the default parameters' names and shapes
     * @return a spec with those parameters
     * @throws IllegalArgumentException naming the first unknown or missing parameter
     */
    public SystemSpec withParameters(Parameters p) {
        Parameters d = info.defaultParameters();
        for (String n : p.names()) {
            if (!d.contains(n)) {
                throw new IllegalArgumentException(info.name() + " has no parameter '" + n
                        + "'; expected one of " + d.names());
            }
        }
        Parameters merged = d;
        for (String n : d.names()) {
            if (!p.contains(n)) {
                throw new IllegalArgumentException(info.name() + ": parameter '" + n + "' is missing");
            }
            merged = merged.withValue(n, p.asMap().get(n));
        }
        return new SystemSpec(info, merged, initialCondition);
    }

    /**
     * @param name a scalar parameter of this system
     * @param value its new finite value
     * @return a spec with that one parameter changed
     * @throws IllegalArgumentException if the system has no such scalar parameter
     */
    public SystemSpec withParameter(String name, double value) {
        if (!parameters.contains(name)) {
            throw new IllegalArgumentException(info.name() + " has no parameter '" + name
                    + "'; expected one of " + parameters.names());
        }
        return new SystemSpec(info, parameters.with(name, value), initialCondition);
    }

    /**
     * @param ic a finite initial condition of the expected length
     * @param expectedLength the length the system requires
     * @return a spec with that initial condition
     * @throws IllegalArgumentException if the length differs or a value is not finite
     */
    public SystemSpec withInitialCondition(double[] ic, int expectedLength) {
        if (ic.length != expectedLength) {
            throw new IllegalArgumentException(info.name() + ": initial condition has length " + ic.length
                    + ", expected " + expectedLength);
        }
        for (int i = 0; i < ic.length; i++) {
            if (!Double.isFinite(ic[i])) {
                throw new IllegalArgumentException(info.name() + ": initial condition component " + i
                        + " = " + ic[i] + " is not finite");
            }
        }
        return new SystemSpec(info, parameters, ic.clone());
    }

    @Override
    public String toString() {
        return info.name() + parameters + " x0=" + Arrays.toString(initialCondition);
    }
}
