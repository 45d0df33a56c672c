package io.github.chaoskit.systems;

/** Base class of the catalog's discrete maps. */
public abstract class AbstractMap extends AbstractSystem implements DiscreteMap {

    /** @param spec metadata, parameters and initial condition of this instance */
    protected AbstractMap(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected abstract DiscreteMap create(SystemSpec spec);

    @Override
    public DiscreteMap withParameter(String name, double value) {
        return (DiscreteMap) super.withParameter(name, value);
    }

    @Override
    public DiscreteMap withParameters(Parameters parameters) {
        return (DiscreteMap) super.withParameters(parameters);
    }

    @Override
    public DiscreteMap withInitialCondition(double[] initialCondition) {
        return (DiscreteMap) super.withInitialCondition(initialCondition);
    }
}
