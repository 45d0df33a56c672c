package io.github.chaoskit.invariants;

import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.trajectory.DivergenceException;
import io.github.chaoskit.trajectory.FlowOde;
import java.util.Arrays;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Lyapunov spectra from the equations: the tangent dynamics {@code dQ/dt = J(x) Q} (flows) or
 * {@code Q ← J(x) Q} (maps) are propagated with the analytic Jacobian and re-orthonormalised
 * by a QR decomposition at fixed intervals; the exponents are the time averages of
 * {@code log |R_ii|} (Benettin, Galgani, Giorgilli and Strelcyn 1980, Meccanica 15, 9–30;
 * Shimada and Nagashima 1979, Prog. Theor. Phys. 61, 1605).
 *
 * <p>The run is split into {@link Options#runs} consecutive segments along one long
 * trajectory after a transient; the reported exponent is the mean over segments and its
 * uncertainty the standard error of that mean. The time average of the divergence (trace of the
 * Jacobian) along the same trajectory is reported too: for flows the exponents must sum to it.
 */
public final class LyapunovSpectrum {

    private LyapunovSpectrum() {
    }

    /** Settings of a spectrum computation. Immutable; use the {@code with…} methods. */
    public static final class Options {
        final double transientPeriods;
        final double periods;
        final int runs;
        final double intervalPeriods;
        final double tolerance;
        final int transientIterations;
        final int iterations;

        private Options(double transientPeriods, double periods, int runs, double intervalPeriods, double tolerance,
                int transientIterations, int iterations) {
            this.transientPeriods = transientPeriods;
            this.periods = periods;
            this.runs = runs;
            this.intervalPeriods = intervalPeriods;
            this.tolerance = tolerance;
            this.transientIterations = transientIterations;
            this.iterations = iterations;
        }

        /**
         * Defaults: flows — 20 periods of transient, 400 periods averaged in 4 runs, QR every
         * 1/10 period (or sooner for strongly contracting systems), tolerance 1e-9; maps — 1000
         * transient iterations and 100 000 iterations in 4 runs.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(20, 400, 4, 0.1, 1e-9, 1000, 100_000);
        }

        /** @return dominant periods of transient (flows, delay equations). */
        public double transientPeriods() {
            return transientPeriods;
        }

        /** @return dominant periods averaged over (flows, delay equations). */
        public double periods() {
            return periods;
        }

        /**
         * @param transientPeriods dominant periods integrated and discarded first (flows)
         * @param periods dominant periods averaged over (flows)
         * @return new options
         */
        public Options withPeriods(double transientPeriods, double periods) {
            require(transientPeriods >= 0 && Double.isFinite(transientPeriods), "transient periods", transientPeriods);
            require(periods > 0 && Double.isFinite(periods), "periods", periods);
            return new Options(transientPeriods, periods, runs, intervalPeriods, tolerance, transientIterations,
                    iterations);
        }

        /**
         * @param transientIterations iterations discarded first (maps)
         * @param iterations iterations averaged over (maps)
         * @return new options
         */
        public Options withIterations(int transientIterations, int iterations) {
            require(transientIterations >= 0, "transient iterations", transientIterations);
            require(iterations > 0, "iterations", iterations);
            return new Options(transientPeriods, periods, runs, intervalPeriods, tolerance, transientIterations,
                    iterations);
        }

        /**
         * @param runs segments the average is split into (at least 2, for an uncertainty)
         * @return new options
         */
        public Options withRuns(int runs) {
            require(runs >= 2, "runs", runs);
            return new Options(transientPeriods, periods, runs, intervalPeriods, tolerance, transientIterations,
                    iterations);
        }

        /**
         * @param intervalPeriods longest time between re-orthonormalisations, in periods
         * @return new options
         */
        public Options withInterval(double intervalPeriods) {
            require(intervalPeriods > 0 && Double.isFinite(intervalPeriods), "QR interval", intervalPeriods);
            return new Options(transientPeriods, periods, runs, intervalPeriods, tolerance, transientIterations,
                    iterations);
        }

        /**
         * @param tolerance relative and absolute tolerance of the tangent integration
         * @return new options
         */
        public Options withTolerance(double tolerance) {
            require(tolerance > 0 && tolerance < 1, "tolerance", tolerance);
            return new Options(transientPeriods, periods, runs, intervalPeriods, tolerance, transientIterations,
                    iterations);
        }

        private static void require(boolean ok, String what, double v) {
            if (!ok) {
                throw new IllegalArgumentException("invalid " + what + ": " + v);
            }
        }
    }

    /**
     * The full spectrum of a flow.
     *
     * @param flow the flow (its dominant period sets the time scale)
     * @param options settings
     * @return the spectrum
     * @throws IllegalArgumentException if the flow has no dominant period
     * @throws DivergenceException if the trajectory leaves every bounded region
     */
    public static LyapunovResult of(Flow flow, Options options) {
        double period = flow.info().period();
        if (!(period > 0)) {
            throw new IllegalArgumentException(flow.name() + " has no dominant period to set the time scale");
        }
        int d = flow.dimension();
        Tangent ode = new Tangent(flow);
        double[] y = new double[ode.getDimension()];
        System.arraycopy(flow.initialCondition(), 0, y, 0, d);
        double t = 0;
        // transient on the state alone, in 100 pieces: the largest |divergence| seen along it bounds
        // how fast tangent vectors can separate in norm, and so how often they must be re-orthonormalised
        double[] jac = new double[d * d];
        double maxTrace = Math.abs(trace(flow, t, y, d, jac));
        if (options.transientPeriods > 0) {
            double piece = options.transientPeriods * period / 100;
            for (int k = 0; k < 100; k++) {
                y = integrate(flow, ode, y, t, t + piece, options.tolerance, false);
                t += piece;
                maxTrace = Math.max(maxTrace, Math.abs(trace(flow, t, y, d, jac)));
            }
        }
        double trace = maxTrace;
        double interval = Math.min(options.intervalPeriods * period, 2.0 / Math.max(1e-12, Math.abs(trace)));
        long steps = Math.max(options.runs, Math.round(options.periods * period / interval));
        steps -= steps % options.runs;
        long perRun = steps / options.runs;
        resetTangent(y, d);
        double[][] runSums = new double[options.runs][d];
        double[] r = new double[d];
        double divergenceIntegral = 0;
        for (long s = 0; s < steps; s++) {
            y[ode.divIndex] = 0;
            y = integrate(flow, ode, y, t, t + interval, options.tolerance, true);
            t += interval;
            divergenceIntegral += y[ode.divIndex];
            orthonormalise(y, d, d, r);
            double[] sums = runSums[(int) (s / perRun)];
            for (int i = 0; i < d; i++) {
                sums[i] += Math.log(r[i]);
            }
        }
        double runTime = perRun * interval;
        return LyapunovResult.fromRuns(flow.name(), runSums, runTime, divergenceIntegral / (steps * interval),
                "QR of tangent dynamics (analytic Jacobian, DP853 rtol=atol=" + options.tolerance + ", QR every "
                        + String.format(java.util.Locale.ROOT, "%.4g", interval) + " time units, "
                        + String.format(java.util.Locale.ROOT, "%.4g", steps * interval) + " time units after "
                        + options.transientPeriods + " periods of transient)");
    }

    /**
     * The {@value DelayLyapunovSpectrum#DEFAULT_EXPONENTS} leading exponents of a delay equation,
     * from its history discretised on {@value DelayLyapunovSpectrum#DEFAULT_POINTS_PER_DELAY}
     * points per delay (Farmer 1982, Physica D 4, 366–393); see {@link DelayLyapunovSpectrum},
     * which also takes the number of points and of exponents.
     *
     * @param flow the delay equation (its dominant period sets the time scale)
     * @param options settings (the tolerance does not apply: the integration is fixed-step)
     * @return the leading exponents, largest first
     * @throws DivergenceException if the trajectory leaves every bounded region
     */
    public static LyapunovResult of(DelayFlow flow, Options options) {
        return DelayLyapunovSpectrum.of(flow, options);
    }

    /**
     * The full spectrum of a map.
     *
     * @param map the map
     * @param options settings
     * @return the spectrum (per iteration)
     * @throws DivergenceException if the orbit leaves every bounded region
     */
    public static LyapunovResult of(DiscreteMap map, Options options) {
        int d = map.dimension();
        double[] x = map.initialCondition();
        double[] next = new double[d];
        for (int i = 0; i < options.transientIterations; i++) {
            map.next(x, next);
            checkMap(map, i, next);
            double[] tmp = x;
            x = next;
            next = tmp;
        }
        int steps = options.iterations - options.iterations % options.runs;
        int perRun = steps / options.runs;
        double[] q = new double[d * d];
        double[] qn = new double[d * d];
        for (int i = 0; i < d; i++) {
            q[i * d + i] = 1;
        }
        double[] jac = new double[d * d];
        double[] r = new double[d];
        double[][] runSums = new double[options.runs][d];
        double logDet = 0;
        for (int s = 0; s < steps; s++) {
            map.jacobian(x, jac);
            map.next(x, next);
            checkMap(map, s, next);
            double[] tmp = x;
            x = next;
            next = tmp;
            // qn = J q  (columns of q are the tangent vectors; row-major d×d)
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    double acc = 0;
                    for (int m = 0; m < d; m++) {
                        acc += jac[i * d + m] * q[m * d + k];
                    }
                    qn[i * d + k] = acc;
                }
            }
            orthonormalise(qn, 0, d, d, r);
            double[] sums = runSums[s / perRun];
            double ld = 0;
            for (int i = 0; i < d; i++) {
                double lr = Math.log(r[i]);
                sums[i] += lr;
                ld += lr;
            }
            logDet += ld;
            double[] t2 = q;
            q = qn;
            qn = t2;
        }
        return LyapunovResult.fromRuns(map.name(), runSums, perRun, logDet / steps,
                "QR of tangent map (analytic Jacobian, " + steps + " iterations after " + options.transientIterations
                        + " transient)");
    }

    private static void checkMap(DiscreteMap map, long i, double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v) || Math.abs(v) > 1e12) {
                throw new DivergenceException(map.name(), i, x, "orbit left every bounded region");
            }
        }
    }

    /** The divergence (trace of the Jacobian) of a flow at the state part of y. */
    private static double trace(Flow flow, double t, double[] y, int d, double[] jac) {
        flow.jacobian(t, Arrays.copyOf(y, d), jac);
        double tr = 0;
        for (int i = 0; i < d; i++) {
            tr += jac[i * d + i];
        }
        return tr;
    }

    /** Sets the tangent block of the augmented state to the identity. */
    private static void resetTangent(double[] y, int d) {
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                y[d + i * d + k] = i == k ? 1 : 0;
            }
        }
    }

    /**
     * Modified Gram–Schmidt on the k columns of the d×k row-major block starting at {@code off}:
     * replaces them by orthonormal columns and stores the norms (the diagonal of R) in {@code r}.
     */
    static void orthonormalise(double[] a, int off, int d, int k, double[] r) {
        for (int c = 0; c < k; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += a[off + i * k + c] * a[off + i * k + p];
                }
                for (int i = 0; i < d; i++) {
                    a[off + i * k + c] -= dot * a[off + i * k + p];
                }
            }
            double norm = 0;
            for (int i = 0; i < d; i++) {
                norm += a[off + i * k + c] * a[off + i * k + c];
            }
            norm = Math.sqrt(norm);
            r[c] = norm;
            for (int i = 0; i < d; i++) {
                a[off + i * k + c] /= norm;
            }
        }
    }

    private static void orthonormalise(double[] y, int d, int k, double[] r) {
        orthonormalise(y, d, d, k, r);
    }

    private static double[] integrate(Flow flow, Tangent ode, double[] y, double t0, double t1, double tol,
            boolean tangent) {
        ode.tangent = tangent;
        DormandPrince853Integrator integ = new DormandPrince853Integrator(64 * Math.ulp(Math.max(1, Math.abs(t1))),
                t1 - t0, tol, tol);
        integ.setMaxEvaluations(50_000_000);
        try {
            double[] out = integ.integrate(ode, new ODEState(t0, y), t1).getPrimaryState();
            for (int i = 0; i < flow.dimension(); i++) {
                if (!Double.isFinite(out[i]) || Math.abs(out[i]) > 1e12 && !flow.info().isUnbounded(i)) {
                    throw new DivergenceException(flow.name(), t1, Arrays.copyOf(out, flow.dimension()),
                            "trajectory left every bounded region");
                }
            }
            return out;
        } catch (MathRuntimeException e) {
            throw new DivergenceException(flow.name(), t0, Arrays.copyOf(y, flow.dimension()),
                    "tangent integration failed (" + e.getMessage() + ")");
        }
    }

    /** State, d×d tangent block and the running divergence integral, as one ODE. */
    private static final class Tangent implements OrdinaryDifferentialEquation {
        private final Flow flow;
        private final int d;
        private final int divIndex;
        private final double[] jac;
        private final double[] f;
        private final double[] x;
        private boolean tangent;

        Tangent(Flow flow) {
            this.flow = flow;
            this.d = flow.dimension();
            this.divIndex = d + d * d;
            this.jac = new double[d * d];
            this.f = new double[d];
            this.x = new double[d];
        }

        @Override
        public int getDimension() {
            return d + d * d + 1;
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double[] dy = new double[y.length];
            System.arraycopy(y, 0, x, 0, d); // the flow sees a state of its own dimension
            flow.rhs(t, x, f);
            System.arraycopy(f, 0, dy, 0, d);
            if (!tangent) {
                FlowOde.guard(dy, d);
                return dy;
            }
            flow.jacobian(t, x, jac);
            double trace = 0;
            for (int i = 0; i < d; i++) {
                trace += jac[i * d + i];
                for (int k = 0; k < d; k++) {
                    double acc = 0;
                    for (int m = 0; m < d; m++) {
                        acc += jac[i * d + m] * y[d + m * d + k];
                    }
                    dy[d + i * d + k] = acc;
                }
            }
            dy[divIndex] = trace;
            FlowOde.guard(dy, dy.length);
            return dy;
        }
    }
}
