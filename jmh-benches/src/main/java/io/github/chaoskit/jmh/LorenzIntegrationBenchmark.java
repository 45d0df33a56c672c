package io.github.chaoskit.jmh;

import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.flows.Lorenz;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.concurrent.TimeUnit;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of a right-hand-side evaluation of Lorenz-63 inside Hipparchus's adaptive
 * Dormand–Prince 8(5,3) integrator versus a hand-written fixed-step RK4 loop over the same
 * {@link Flow#rhs} (no allocation), in the same run; plus the whole default dysts workload
 * (1200 points, 100 points per period, rtol = atol = 1e-12) through {@link TrajectoryGenerator}.
 *
 * <p>Each integration covers t ∈ [0, 100]. The auxiliary counter {@code rhsEvals} is reported
 * as evaluations per microsecond: ns per evaluation = 1000 / rhsEvals.
 *
 * <pre>java -jar jmh-benches/target/benchmarks.jar LorenzIntegration</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class LorenzIntegrationBenchmark {

    /** Integration horizon in time units. */
    static final double T = 100.0;
    /** RK4 step. */
    static final double H = 1e-3;

    @Param({"1e-9", "1e-12"})
    double tol;

    private Flow lorenz;
    private OrdinaryDifferentialEquation ode;
    private double[] y0;
    private TrajectoryGenerator dystsDefault;

    /** Counts right-hand-side evaluations; JMH reports them as a rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** RHS evaluations done in the iteration. */
        public long rhsEvals;

        /** Reset per iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            rhsEvals = 0;
        }
    }

    /** Builds the system and the ODE adapter. */
    @Setup
    public void setup() {
        lorenz = new Lorenz();
        y0 = lorenz.initialCondition();
        ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] d = new double[3];
                lorenz.rhs(t, y, d);
                return d;
            }
        };
        dystsDefault = TrajectoryGenerator.defaults();
    }

    /**
     * @param c counters
     * @return final state
     */
    @Benchmark
    public double[] dormandPrince853(Counters c) {
        DormandPrince853Integrator integ = new DormandPrince853Integrator(1e-12, T, tol, tol);
        double[] y = integ.integrate(ode, new ODEState(0, y0), T).getPrimaryState();
        c.rhsEvals += integ.getEvaluations();
        return y;
    }

    /**
     * Classical RK4 with fixed step H over the same horizon (not tolerance-controlled: the
     * {@code tol} parameter does not apply).
     *
     * @param c counters
     * @return final state
     */
    @Benchmark
    public double[] rk4FixedStep(Counters c) {
        double[] y = y0.clone();
        double[] k1 = new double[3];
        double[] k2 = new double[3];
        double[] k3 = new double[3];
        double[] k4 = new double[3];
        double[] tmp = new double[3];
        long steps = Math.round(T / H);
        double t = 0;
        for (long s = 0; s < steps; s++) {
            lorenz.rhs(t, y, k1);
            for (int i = 0; i < 3; i++) {
                tmp[i] = y[i] + 0.5 * H * k1[i];
            }
            lorenz.rhs(t + 0.5 * H, tmp, k2);
            for (int i = 0; i < 3; i++) {
                tmp[i] = y[i] + 0.5 * H * k2[i];
            }
            lorenz.rhs(t + 0.5 * H, tmp, k3);
            for (int i = 0; i < 3; i++) {
                tmp[i] = y[i] + H * k3[i];
            }
            lorenz.rhs(t + H, tmp, k4);
            for (int i = 0; i < 3; i++) {
                y[i] += H / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            t = (s + 1) * H;
        }
        c.rhsEvals += 4 * steps;
        return y;
    }

    /**
     * dysts's default trajectory (1200 points, 100 points/period, rtol = atol = 1e-12; dysts takes
     * about 5 s for this with Radau). Runs once per {@code tol} value; the parameter is unused here.
     *
     * @return the trajectory
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Trajectory dystsDefaultTrajectory() {
        return dystsDefault.generate(lorenz, 1200);
    }
}
