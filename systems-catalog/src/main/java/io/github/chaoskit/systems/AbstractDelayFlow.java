package io.github.chaoskit.systems;

import java.util.Arrays;

/**
 * Base class of the catalog's delay equations. The delay is the scalar parameter
 * {@value #DELAY_PARAMETER}; the dimension d is the metadata's {@link SystemInfo#dimension()}
 * (the default initial condition may be longer, see {@link DelayFlow}).
 *
 * <p>Besides the {@link SystemSpec}, an instance carries {@link Settings}: the embedding
 * dimension and an optional custom history. A subclass has one private constructor
 * {@code (SystemSpec, Settings)} that passes both to this class, and implements
 * {@link #create(SystemSpec, Settings)} with it; parameter changes keep the settings.
 */
public abstract class AbstractDelayFlow extends AbstractSystem implements DelayFlow {

    /** Name of the parameter that holds the delay τ. */
    public static final String DELAY_PARAMETER = "tau";

    private final Settings settings;
    private final double tau;
    private final int embeddingDimension;
    private final DelayHistory history;

    /**
     * @param spec metadata, parameters and initial condition of this instance
     * @param settings embedding dimension and history ({@link Settings#DEFAULT} for the defaults)
     * @throws IllegalArgumentException if τ is not positive, or the initial condition is shorter than d
     */
    protected AbstractDelayFlow(SystemSpec spec, Settings settings) {
        super(spec);
        this.settings = settings;
        this.tau = spec.param(DELAY_PARAMETER);
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException(spec.info().name() + ": the delay " + DELAY_PARAMETER
                    + " must be positive and finite, got " + tau);
        }
        int d = spec.info().dimension();
        double[] ic = spec.initialCondition();
        if (ic.length < d) {
            throw new IllegalArgumentException(spec.info().name() + ": initial condition has length " + ic.length
                    + ", expected at least " + d);
        }
        this.embeddingDimension = settings.embeddingDimension > 0 ? settings.embeddingDimension
                : Math.max(1, spec.info().embeddingDimension());
        this.history = settings.history != null ? settings.history
                : DelayHistory.constant(Arrays.copyOf(ic, d));
    }

    /**
     * Builds an instance of the same class.
     *
     * @param spec the new spec
     * @param settings the settings of the new instance
     * @return a new instance
     */
    protected abstract DelayFlow create(SystemSpec spec, Settings settings);

    /** Builds an instance of the same class with this instance's settings. */
    @Override
    protected final DelayFlow create(SystemSpec spec) {
        return create(spec, settings);
    }

    @Override
    public int dimension() {
        return info().dimension();
    }

    /** Accepts length d (the state x(0)) or the length of the catalog's default initial condition. */
    @Override
    protected int requiredInitialConditionLength(double[] candidate) {
        int d = dimension();
        int full = info().initialCondition().length;
        return candidate.length == full ? full : d;
    }

    @Override
    public final double delay() {
        return tau;
    }

    @Override
    public final int embeddingDimension() {
        return embeddingDimension;
    }

    @Override
    public final DelayHistory history() {
        return history;
    }

    @Override
    public DelayFlow withEmbeddingDimension(int m) {
        if (m < 1) {
            throw new IllegalArgumentException(name() + ": embedding dimension must be at least 1, got " + m);
        }
        return create(spec(), new Settings(m, settings.history));
    }

    @Override
    public DelayFlow withHistory(DelayHistory newHistory) {
        java.util.Objects.requireNonNull(newHistory, "history");
        double[] x0 = new double[dimension()];
        newHistory.value(0.0, x0);
        for (int i = 0; i < x0.length; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException(name() + ": history at t = 0, component " + i + " = " + x0[i]
                        + " is not finite");
            }
        }
        return create(spec(), new Settings(settings.embeddingDimension, newHistory));
    }

    @Override
    public DelayFlow withParameter(String name, double value) {
        return (DelayFlow) super.withParameter(name, value);
    }

    @Override
    public DelayFlow withParameters(Parameters parameters) {
        return (DelayFlow) super.withParameters(parameters);
    }

    @Override
    public DelayFlow withInitialCondition(double[] initialCondition) {
        SystemSpec s = spec().withInitialCondition(initialCondition, requiredInitialConditionLength(initialCondition));
        return create(s, new Settings(settings.embeddingDimension, null));
    }

    @Override
    public String toString() {
        return super.toString() + " m=" + embeddingDimension + (settings.history != null ? " (custom history)" : "");
    }

    /**
     * The parts of a delay equation instance that are not in its {@link SystemSpec}: the
     * embedding dimension and a custom history. Immutable.
     */
    protected static final class Settings {

        /** The metadata's embedding dimension and the constant history of the initial condition. */
        public static final Settings DEFAULT = new Settings(0, null);

        /** Embedding dimension; 0 means the metadata's. */
        private final int embeddingDimension;
        /** Custom history; null means constant at the initial condition. */
        private final DelayHistory history;

        private Settings(int embeddingDimension, DelayHistory history) {
            this.embeddingDimension = embeddingDimension;
            this.history = history;
        }
    }
}
