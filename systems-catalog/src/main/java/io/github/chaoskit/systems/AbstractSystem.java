package io.github.chaoskit.systems;

/**
 * Shared state of catalog systems: the {@link SystemSpec} an instance was built from.
 * Subclasses read their parameters from the spec in their constructor into final fields.
 */
public abstract class AbstractSystem implements DynamicalSystem {

    private final SystemSpec spec;

    /** @param spec metadata, parameters and initial condition of this instance */
    protected AbstractSystem(SystemSpec spec) {
        this.spec = spec;
    }

    /** @return the spec this instance was built from. */
    public final SystemSpec spec() {
        return spec;
    }

    @Override
    public final SystemInfo info() {
        return spec.info();
    }

    @Override
    public int dimension() {
        return spec.dimension();
    }

    @Override
    public final Parameters parameters() {
        return spec.parameters();
    }

    @Override
    public final double[] initialCondition() {
        return spec.initialCondition();
    }

    /**
     * The state length an initial condition must have. Systems whose dimension is set by the
     * initial condition (e.g. Lorenz-96) override this.
     *
     * @param candidate the proposed initial condition
     * @return the required length
     */
    protected int requiredInitialConditionLength(double[] candidate) {
        return dimension();
    }

    /**
     * Builds an instance of the same class from a spec.
     *
     * @param spec the new spec
     * @return a new instance
     */
    protected abstract DynamicalSystem create(SystemSpec spec);

    @Override
    public DynamicalSystem withParameter(String name, double value) {
        return create(spec.withParameter(name, value));
    }

    @Override
    public DynamicalSystem withParameters(Parameters parameters) {
        return create(spec.withParameters(parameters));
    }

    @Override
    public DynamicalSystem withInitialCondition(double[] initialCondition) {
        return create(spec.withInitialCondition(initialCondition, requiredInitialConditionLength(initialCondition)));
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
