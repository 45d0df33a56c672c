package io.github.chaoskit.systems;

/** Base class of the catalog's flows. */
public abstract class AbstractFlow extends AbstractSystem implements Flow {

    /** @param spec metadata, parameters and initial condition of this instance */
    protected AbstractFlow(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected abstract Flow create(SystemSpec spec);

    @Override
    public Flow withParameter(String name, double value) {
        return (Flow) super.withParameter(name, value);
    }

    @Override
    public Flow withParameters(Parameters parameters) {
        return (Flow) super.withParameters(parameters);
    }

    @Override
    public Flow withInitialCondition(double[] initialCondition) {
        return (Flow) super.withInitialCondition(initialCondition);
    }
}
