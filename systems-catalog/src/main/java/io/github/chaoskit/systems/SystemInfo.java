package io.github.chaoskit.systems;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Metadata of a catalog system: what it is, where it comes from and the numbers that fix it
 * (default parameters and initial condition, integration step, dominant period, flags and
 * reference invariants). Loaded from the catalog's resource files; immutable.
 */
public final class SystemInfo {

    private final String name;
    private final String dystsName;
    private final SystemKind kind;
    private final int dimension;
    private final int embeddingDimension;
    private final List<String> stateNames;
    private final Parameters defaultParameters;
    private final List<String> unusedParameters;
    private final double[] initialCondition;
    private final double dt;
    private final double period;
    private final String equations;
    private final String postprocessing;
    private final String inverse;
    private final String nonautonomousHandling;
    private final boolean hamiltonian;
    private final boolean nonautonomous;
    private final int[] unboundedIndices;
    private final double[] mean;
    private final double[] std;
    private final String citation;
    private final String description;
    private final List<String> notes;
    private final ReferenceInvariants reference;
    private final ComputedInvariants computed;

    /** Builder-style constructor used by the metadata loader; see the accessors for meaning. */
    SystemInfo(Builder b) {
        this.name = b.name;
        this.dystsName = b.dystsName == null ? b.name : b.dystsName;
        this.kind = b.kind;
        this.dimension = b.dimension;
        this.embeddingDimension = b.embeddingDimension;
        this.stateNames = List.copyOf(b.stateNames);
        this.defaultParameters = b.parameters;
        this.unusedParameters = List.copyOf(b.unusedParameters);
        this.initialCondition = b.initialCondition.clone();
        this.dt = b.dt;
        this.period = b.period;
        this.equations = b.equations;
        this.postprocessing = b.postprocessing;
        this.inverse = b.inverse;
        this.nonautonomousHandling = b.nonautonomousHandling;
        this.hamiltonian = b.hamiltonian;
        this.nonautonomous = b.nonautonomous;
        this.unboundedIndices = b.unboundedIndices == null ? new int[0] : b.unboundedIndices.clone();
        this.mean = b.mean == null ? null : b.mean.clone();
        this.std = b.std == null ? null : b.std.clone();
        this.citation = b.citation;
        this.description = b.description;
        this.notes = List.copyOf(b.notes);
        this.reference = b.reference;
        this.computed = b.computed;
    }

    /**
     * Metadata for a user-defined system that is not in the catalog's resources.
     *
     * @param name its name
     * @param kind ODE, DDE or map
     * @param stateNames names of the state variables (their number is the dimension)
     * @param defaultParameters the default parameter values
     * @param initialCondition the default initial condition
     * @param period the dominant period in time units (NaN if unknown; sampling by period then fails)
     * @param citation where the equations come from
     * @return the metadata
     * @throws IllegalArgumentException if the initial condition and state names differ in length
     */
    public static SystemInfo custom(String name, SystemKind kind, List<String> stateNames, Parameters defaultParameters,
            double[] initialCondition, double period, String citation) {
        if (stateNames.size() != initialCondition.length) {
            throw new IllegalArgumentException(name + ": " + stateNames.size() + " state names but an initial condition of length "
                    + initialCondition.length);
        }
        Builder b = new Builder();
        b.name = name;
        b.kind = kind;
        b.dimension = initialCondition.length;
        b.embeddingDimension = initialCondition.length;
        b.stateNames = stateNames;
        b.parameters = defaultParameters;
        b.initialCondition = initialCondition;
        b.period = period;
        b.equations = "";
        b.citation = citation;
        b.reference = new ReferenceInvariants("none", null, null, null, null, null, null);
        return b.build();
    }

    /** @return the catalog name (as in dysts, except {@code DuffingMap}). */
    public String name() {
        return name;
    }

    /** @return the name of the same system in dysts. */
    public String dystsName() {
        return dystsName;
    }

    /** @return ODE, DDE or map. */
    public SystemKind kind() {
        return kind;
    }

    /** @return the dimension of the default state vector. */
    public int dimension() {
        return dimension;
    }

    /** @return the number of delay-embedding columns of a delay equation's output (its dimension otherwise). */
    public int embeddingDimension() {
        return embeddingDimension;
    }

    /** @return names of the state variables, in state-vector order. */
    public List<String> stateNames() {
        return stateNames;
    }

    /** @return the published default parameters. */
    public Parameters defaultParameters() {
        return defaultParameters;
    }

    /**
     * @return parameters that dysts declares and passes but its equations never use (kept for
     *     compatibility, e.g. LorenzCoupled's {@code rho}); changing them changes nothing
     */
    public List<String> unusedParameters() {
        return unusedParameters;
    }

    /** @return the default initial condition (a copy): a point on or near the attractor. */
    public double[] initialCondition() {
        return initialCondition.clone();
    }

    /** @return dysts's integration step hint (time units); NaN for maps. */
    public double dt() {
        return dt;
    }

    /** @return the dominant period (time units) used for sampling; NaN for maps. */
    public double period() {
        return period;
    }

    /** @return the equations as text (Unicode notation of the catalog). */
    public String equations() {
        return equations;
    }

    /** @return the post-processing map applied to output rows, if any. */
    public Optional<String> postprocessing() {
        return Optional.ofNullable(postprocessing);
    }

    /** @return the inverse map as text (maps only), if any. */
    public Optional<String> inverse() {
        return Optional.ofNullable(inverse);
    }

    /** @return how a forcing is made autonomous (phase variable, clock), or "none". */
    public String nonautonomousHandling() {
        return nonautonomousHandling == null ? "none" : nonautonomousHandling;
    }

    /** @return true if the system is flagged Hamiltonian in the metadata. */
    public boolean hamiltonian() {
        return hamiltonian;
    }

    /** @return true if the system is flagged non-autonomous (forced) in the metadata. */
    public boolean nonautonomous() {
        return nonautonomous;
    }

    /** @return indices of state coordinates that grow without bound (phases, angles); a copy. */
    public int[] unboundedIndices() {
        return unboundedIndices.clone();
    }

    /**
     * @param i a coordinate index
     * @return true if coordinate {@code i} grows without bound by design
     */
    public boolean isUnbounded(int i) {
        for (int u : unboundedIndices) {
            if (u == i) {
                return true;
            }
        }
        return false;
    }

    /** @return reference mean of each output coordinate over the attractor, if known. */
    public Optional<double[]> mean() {
        return Optional.ofNullable(mean == null ? null : mean.clone());
    }

    /** @return reference standard deviation of each output coordinate over the attractor, if known. */
    public Optional<double[]> std() {
        return Optional.ofNullable(std == null ? null : std.clone());
    }

    /** @return the literature reference. */
    public String citation() {
        return citation == null ? "" : citation;
    }

    /** @return a one-line description, or "". */
    public String description() {
        return description == null ? "" : description;
    }

    /** @return notes on deviations from the cited paper, quirks and conventions. */
    public List<String> notes() {
        return notes;
    }

    /** @return invariants published by another source, with that source. */
    public ReferenceInvariants reference() {
        return reference;
    }

    /** @return the invariants chaoskit computed for this system, if the catalog table has them. */
    public Optional<ComputedInvariants> computed() {
        return Optional.ofNullable(computed);
    }

    /**
     * The largest Lyapunov exponent that defines one Lyapunov time for this system: chaoskit's
     * own QR computation where available, otherwise the dysts reference estimate.
     *
     * @return λ₁ in 1/(time unit) (per iteration for maps), if known
     */
    public OptionalDouble lyapunovMax() {
        if (computed != null) {
            return OptionalDouble.of(computed.lyapunovMax());
        }
        return reference.maximumLyapunovEstimated();
    }

    /** @return where {@link #lyapunovMax()} comes from. */
    public String lyapunovSource() {
        if (computed != null) {
            return "chaoskit: " + computed.method() + " [" + computed.provenance() + "]";
        }
        return reference.source() + ", maximum_lyapunov_estimated";
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase() + ", dim " + dimension + ")";
    }

    /** Mutable holder used while reading the metadata resources. */
    static final class Builder {
        String name;
        String dystsName;
        SystemKind kind;
        int dimension;
        int embeddingDimension;
        List<String> stateNames = List.of();
        Parameters parameters = Parameters.empty();
        List<String> unusedParameters = List.of();
        double[] initialCondition;
        double dt = Double.NaN;
        double period = Double.NaN;
        String equations;
        String postprocessing;
        String inverse;
        String nonautonomousHandling;
        boolean hamiltonian;
        boolean nonautonomous;
        int[] unboundedIndices;
        double[] mean;
        double[] std;
        String citation;
        String description;
        List<String> notes = List.of();
        ReferenceInvariants reference;
        ComputedInvariants computed;

        SystemInfo build() {
            return new SystemInfo(this);
        }
    }
}
