package io.github.chaoskit.cli;

import io.github.chaoskit.io.AtomicFiles;
import io.github.chaoskit.io.TrajectoryCsv;
import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.trajectory.Integrator;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chaoskit generate}: integrates a system and writes its trajectory as CSV. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate a trajectory and write it as CSV (header t,x0,x1,...).",
            "Flows are integrated by Hipparchus (Dormand-Prince 8(5,3), rtol=atol=1e-12 by default) and sampled "
                + "at exact grid times; maps are iterated. Any length streams in constant memory."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "system name (case-insensitive), see 'chaoskit systems'")
    private String name;

    @Option(names = "--n", required = true, paramLabel = "N", description = "number of points")
    private long n;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private SamplingOptions sampling = new SamplingOptions();

    static final class SamplingOptions {
        @Option(names = "--pts-per-period", paramLabel = "P",
                description = "points per dominant period (default 100; dysts grid linspace(0, period*n/P, n))")
        Double pointsPerPeriod;

        @Option(names = "--dt", paramLabel = "DT", description = "fixed sampling step in time units")
        Double dt;

        @Option(names = "--pts-per-lyapunov", paramLabel = "L", description = "points per Lyapunov time 1/lambda_max")
        Double pointsPerLyapunov;

        Sampling toSampling() {
            if (dt != null) {
                return Sampling.fixedStep(dt);
            }
            if (pointsPerLyapunov != null) {
                return Sampling.pointsPerLyapunovTime(pointsPerLyapunov);
            }
            return Sampling.pointsPerPeriod(pointsPerPeriod == null ? 100 : pointsPerPeriod);
        }
    }

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "set a scalar parameter (repeatable)")
    private Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--ic", split = ",", paramLabel = "X0,X1,...", description = "initial condition")
    private double[] ic;

    @Option(names = "--transient", paramLabel = "T", defaultValue = "0",
            description = "time (flows) or iterations (maps) to discard before the first point (default ${DEFAULT-VALUE})")
    private double transientTime;

    @Option(names = "--noise", paramLabel = "S", defaultValue = "0",
            description = "observation noise: Gaussian with std S times each coordinate's attractor std")
    private double noise;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "0", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--standardize", description = "z-score each coordinate with the attractor's mean and std")
    private boolean standardize;

    @Option(names = "--integrator", paramLabel = "NAME", defaultValue = "dp853",
            description = "dp853, dp54 or gbs (default ${DEFAULT-VALUE})")
    private String integrator;

    @Option(names = "--rtol", paramLabel = "TOL", defaultValue = "1e-12", description = "relative tolerance")
    private double rtol;

    @Option(names = "--atol", paramLabel = "TOL", defaultValue = "1e-12", description = "absolute tolerance")
    private double atol;

    @Option(names = "--no-postprocess", description = "write raw states (skip the system's output map)")
    private boolean noPostprocess;

    @Option(names = "--out", paramLabel = "FILE", description = "output CSV (.csv or .csv.gz); standard output if absent")
    private Path out;

    @Option(names = "--progress", negatable = true, description = "progress on standard error (default: when a terminal)")
    private Boolean progress;

    @Override
    public Integer call() throws Exception {
        if (n < 1) {
            throw new IllegalArgumentException("--n must be a positive number of points, got " + n);
        }
        DynamicalSystem system = Catalog.get(name);
        for (Map.Entry<String, Double> e : params.entrySet()) {
            if (!system.parameters().contains(e.getKey())) {
                throw new IllegalArgumentException(system.name() + " has no parameter '" + e.getKey()
                        + "'; expected one of " + system.parameters().names());
            }
            if (!system.parameters().isScalar(e.getKey())) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' of " + system.name()
                        + " is an array; set it from the Java API");
            }
            system = system.withParameter(e.getKey(), e.getValue());
        }
        if (ic != null) {
            system = system.withInitialCondition(ic);
        }
        TrajectoryGenerator gen = TrajectoryGenerator.builder().sampling(sampling.toSampling())
                .transientTime(transientTime).tolerances(rtol, atol).integrator(Integrator.parse(integrator))
                .observationNoise(noise).seed(seed).standardize(standardize).postprocess(!noPostprocess).build();
        gen.step(system, n); // validates the sampling against the system before any output exists
        if (out != null) {
            AtomicFiles.checkWritable(out);
        }
        boolean inMemory = (noise > 0 || standardize) && !gen.hasReferenceStatistics(system);
        if (inMemory && n > 20_000_000) {
            throw new IllegalArgumentException(system.name() + " has no reference statistics, so noise or "
                    + "standardisation needs the whole trajectory in memory; use --n <= 20000000");
        }
        boolean showProgress = progress != null ? progress : System.console() != null && n >= 200_000;
        DynamicalSystem sys = system;
        if (out == null) {
            PrintWriter pw = spec.commandLine().getOut();
            write(gen, sys, inMemory, showProgress, pw);
            pw.flush();
        } else {
            AtomicFiles.write(out, w -> write(gen, sys, inMemory, showProgress, w));
            spec.commandLine().getErr().println("wrote " + n + " points of " + sys.name() + " to " + out);
        }
        return 0;
    }

    private void write(TrajectoryGenerator gen, DynamicalSystem system, boolean inMemory, boolean showProgress,
            Writer w) throws Exception {
        if (inMemory) {
            Trajectory tr = gen.generate(system, (int) n);
            TrajectoryCsv.write(tr, w);
            return;
        }
        Progress bar = new Progress(spec.commandLine().getErr(), "generating " + system.name(), n, showProgress);
        try (TrajectoryCsv.RowWriter rows = new TrajectoryCsv.RowWriter(w, system.outputDimension())) {
            gen.stream(system, n, (k, t, row) -> {
                rows.write(t, row);
                bar.update(k + 1);
            });
        }
        bar.done();
    }
}
