package io.github.chaoskit.invariants;

import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.DelayHistory;
import io.github.chaoskit.trajectory.DivergenceException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Leading Lyapunov exponents of a delay differential equation {@code dx/dt = f(t, x(t), x(t − τ))}
 * (a {@link DelayFlow}), following Farmer (1982), "Chaotic attractors of an infinite-dimensional
 * dynamical system", Physica D 4, 366–393.
 *
 * <p><b>Discretised state.</b> The state of a delay equation is the function
 * {@code x(s), s ∈ [t − τ, t]}. It is approximated by its values on N + 1 equally spaced nodes
 * {@code t − τ, t − τ + h, …, t} with {@code h = τ/N} (N = {@code pointsPerDelay}), a vector of
 * (N + 1)·d numbers. One step of length h maps this vector to the next one by the classical
 * fourth-order Runge–Kutta method: the stages at {@code t_n} and {@code t_n + h} read the delayed
 * value at a node ({@code x(t_n − τ)}, {@code x(t_n + h − τ)}); the two mid-step stages read
 * {@code x(t_n + h/2 − τ)} from the four oldest nodes by cubic Lagrange interpolation,
 * {@code (5x₀ + 15x₁ − 5x₂ + x₃)/16}, whose error {@code (5/128)·h⁴·x⁗} is of the order of the
 * Runge–Kutta local error per unit step. The scheme is therefore fourth order in h: the discrete
 * trajectory and its exponents converge as O(N⁻⁴) (checked in the tests on a linear equation
 * with known characteristic roots). The same grid is the state, so no information outside the
 * N + 1 nodes is carried.
 *
 * <p><b>Tangent dynamics.</b> k perturbation functions {@code δx} obey the variational equation
 * {@code δx'(t) = J_x(t)·δx(t) + J_τ(t)·δx(t − τ)}, with {@code J_x = ∂f/∂x(t)} and
 * {@code J_τ = ∂f/∂x(t − τ)} from {@link DelayFlow#jacobian} evaluated at each Runge–Kutta stage of
 * the trajectory. They are advanced by the same stages and the same (linear) interpolation, so
 * the perturbation step is exactly the Jacobian of the discrete trajectory map: the exponents
 * reported are exactly those of the (N + 1)·d-dimensional discrete system, which converge to
 * those of the delay equation as N grows. Every fixed interval the k perturbation history
 * vectors are re-orthonormalised by modified Gram–Schmidt in the discretised L² inner product
 * {@code ⟨u, v⟩ = ∫ u(s)·v(s) ds} over the window (trapezoidal weights), and the logarithms of
 * the norms (the diagonal of R) are accumulated (Benettin et al. 1980, Meccanica 15, 9–30). The
 * exponents do not depend on the choice of norm; this one makes the result independent of N up
 * to discretisation error.
 *
 * <p><b>Runs and time scale.</b> As for flows ({@link LyapunovSpectrum}), the options are in
 * units of the system's dominant period ({@code info().period()}; the delay τ if the system has
 * none): after a transient (trajectory only), the averaging time is split into
 * {@link LyapunovSpectrum.Options#withRuns runs} consecutive segments of one trajectory, and the
 * exponents are the mean over segments with the standard error of that mean. The QR interval is
 * {@link LyapunovSpectrum.Options#withInterval} periods rounded to a whole number of steps (at
 * least one). The integration is fixed-step, so {@link LyapunovSpectrum.Options#withTolerance}
 * does not apply; accuracy is set by N. The initial perturbations are deterministic (cosine
 * functions over the window), so equal inputs give bitwise-equal results.
 *
 * <p><b>Result.</b> The k leading exponents (1/time unit), largest first. The spectrum of a
 * delay equation is infinite, so its sum has no exact counterpart:
 * {@link LyapunovResult#meanDivergence()} is NaN, and the Kaplan–Yorke dimension of the result is
 * a lower bound (at most k) when the k leading exponents still sum to a positive number.
 */
public final class DelayLyapunovSpectrum {

    /** Default number N of steps per delay (the history is sampled on N + 1 nodes). */
    public static final int DEFAULT_POINTS_PER_DELAY = 100;
    /** Default number k of exponents: 10, the number dysts lists for its delay systems. */
    public static final int DEFAULT_EXPONENTS = 10;
    /** Smallest N: the mid-step interpolation needs the four oldest nodes. */
    public static final int MIN_POINTS_PER_DELAY = 3;

    private static final double DIVERGENCE_BOUND = 1e12;

    private DelayLyapunovSpectrum() {
    }

    /**
     * The {@value #DEFAULT_EXPONENTS} leading exponents with {@value #DEFAULT_POINTS_PER_DELAY}
     * points per delay (Farmer 1982).
     *
     * @param flow the delay equation (its history starts the trajectory)
     * @param options transient, averaging time, runs and QR interval, in dominant periods
     * @return the leading exponents, largest first
     * @throws DivergenceException if the trajectory leaves every bounded region
     */
    public static LyapunovResult of(DelayFlow flow, LyapunovSpectrum.Options options) {
        return of(flow, options, DEFAULT_POINTS_PER_DELAY, DEFAULT_EXPONENTS);
    }

    /**
     * The k leading exponents of the delay equation discretised on N + 1 nodes per delay
     * (Farmer 1982).
     *
     * @param flow the delay equation (its history starts the trajectory)
     * @param options transient, averaging time, runs and QR interval, in dominant periods
     * @param pointsPerDelay N ≥ {@value #MIN_POINTS_PER_DELAY}: steps per delay; the step is τ/N
     * @param exponents k: how many leading exponents, 1 ≤ k ≤ (N + 1)·d
     * @return the leading exponents, largest first
     * @throws IllegalArgumentException for N or k out of range
     * @throws DivergenceException if the trajectory leaves every bounded region
     */
    public static LyapunovResult of(DelayFlow flow, LyapunovSpectrum.Options options, int pointsPerDelay,
            int exponents) {
        if (pointsPerDelay < MIN_POINTS_PER_DELAY) {
            throw new IllegalArgumentException("points per delay must be at least " + MIN_POINTS_PER_DELAY + ", got "
                    + pointsPerDelay);
        }
        int d = flow.dimension();
        long stateSize = (long) (pointsPerDelay + 1) * d;
        if (exponents < 1 || exponents > stateSize) {
            throw new IllegalArgumentException("number of exponents must be between 1 and (N + 1)·d = " + stateSize
                    + ", got " + exponents);
        }
        double tau = flow.delay();
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException(flow.name() + ": delay must be positive and finite, got " + tau);
        }
        double period = flow.info().period();
        double scale = period > 0 && Double.isFinite(period) ? period : tau;
        return new Run(flow, pointsPerDelay, exponents).compute(options, scale);
    }

    /** Mutable state of one computation: trajectory and perturbation histories in ring buffers. */
    private static final class Run {
        private final DelayFlow flow;
        private final int n;
        private final int slots;
        private final int k;
        private final int d;
        private final double h;
        /** Trajectory history: slot s, component c at {@code s·d + c}. */
        private final double[] xs;
        /** Perturbation histories: vector j, slot s, component c at {@code (j·slots + s)·d + c}. */
        private final double[] vs;
        /** Slot of the oldest node {@code t_n − τ}; the newest node {@code t_n} is slot head + N. */
        private int head;
        private long step;

        // trajectory stage values and Jacobians (stages 1..4)
        private final double[] x0;
        private final double[] y;
        private final double[] xd0;
        private final double[] xdm;
        private final double[] xd1;
        private final double[] k1;
        private final double[] k2;
        private final double[] k3;
        private final double[] k4;
        private final double[] xNew;
        /** J_x and J_τ of each Runge–Kutta stage, row-major d×d. */
        private final double[][] jx;
        private final double[][] jd;
        // perturbation scratch
        private final double[] u;
        private final double[] ud0;
        private final double[] udm;
        private final double[] ud1;
        private final double[] q1;
        private final double[] q2;
        private final double[] q3;
        private final double[] q4;
        private final double[] w;
        /** Trapezoidal quadrature weights of the window, indexed by node position 0…N. */
        private final double[] weights;

        Run(DelayFlow flow, int n, int k) {
            this.flow = flow;
            this.n = n;
            this.slots = n + 1;
            this.k = k;
            this.d = flow.dimension();
            this.h = flow.delay() / n;
            xs = new double[slots * d];
            vs = new double[k * slots * d];
            x0 = new double[d];
            y = new double[d];
            xd0 = new double[d];
            xdm = new double[d];
            xd1 = new double[d];
            k1 = new double[d];
            k2 = new double[d];
            k3 = new double[d];
            k4 = new double[d];
            xNew = new double[d];
            jx = new double[4][d * d];
            jd = new double[4][d * d];
            u = new double[d];
            ud0 = new double[d];
            udm = new double[d];
            ud1 = new double[d];
            q1 = new double[d];
            q2 = new double[d];
            q3 = new double[d];
            q4 = new double[d];
            w = new double[d];
            weights = new double[slots];
            Arrays.fill(weights, h);
            weights[0] = 0.5 * h;
            weights[n] = 0.5 * h;
        }

        LyapunovResult compute(LyapunovSpectrum.Options options, double scale) {
            // history on the nodes −τ … 0
            DelayHistory history = flow.history();
            double[] v = new double[d];
            for (int q = 0; q <= n; q++) {
                history.value(-(n - q) * h, v);
                System.arraycopy(v, 0, xs, q * d, d);
            }
            head = 0;
            step = 0;
            check();
            long transientSteps = Math.round(options.transientPeriods * scale / h);
            for (long s = 0; s < transientSteps; s++) {
                advance(false);
            }
            long perInterval = Math.max(1, Math.round(options.intervalPeriods * scale / h));
            double interval = perInterval * h;
            long intervals = Math.max(options.runs, Math.round(options.periods * scale / interval));
            intervals -= intervals % options.runs;
            long perRun = intervals / options.runs;
            initialPerturbations();
            double[] r = new double[k];
            orthonormalise(r);
            double[][] runSums = new double[options.runs][k];
            for (long i = 0; i < intervals; i++) {
                for (long s = 0; s < perInterval; s++) {
                    advance(true);
                }
                orthonormalise(r);
                double[] sums = runSums[(int) (i / perRun)];
                for (int j = 0; j < k; j++) {
                    sums[j] += Math.log(r[j]);
                }
            }
            return LyapunovResult.fromRuns(flow.name(), runSums, perRun * interval, Double.NaN, String.format(
                    Locale.ROOT, "Farmer (1982) discretised delay equation: history on N+1=%d nodes per delay, "
                            + "RK4 step tau/N=%.4g with cubic interpolation of delayed mid-step values, k=%d "
                            + "perturbations re-orthonormalised (L2 Gram-Schmidt) every %.4g time units, %.4g time "
                            + "units after %.4g of transient",
                    slots, h, k, interval, intervals * interval, transientSteps * h));
        }

        /** Cosine functions over the window: orthogonal for the trapezoidal weights (DCT-I). */
        private void initialPerturbations() {
            Arrays.fill(vs, 0.0);
            for (int j = 0; j < k; j++) {
                int mode = j / d;
                int comp = j % d;
                for (int q = 0; q <= n; q++) {
                    int s = slot(q);
                    vs[(j * slots + s) * d + comp] = Math.cos(Math.PI * mode * q / n);
                }
            }
        }

        private int slot(int q) {
            int s = head + q;
            return s >= slots ? s - slots : s;
        }

        /** One RK4 step of the trajectory and, if asked, of the k perturbations. */
        private void advance(boolean tangent) {
            int s0 = head;
            int s1 = slot(1);
            int s2 = slot(2);
            int s3 = slot(3);
            int sn = slot(n);
            double t = step * h;
            double hh = 0.5 * h;
            for (int c = 0; c < d; c++) {
                x0[c] = xs[sn * d + c];
                xd0[c] = xs[s0 * d + c];
                xd1[c] = xs[s1 * d + c];
                xdm[c] = (5 * xs[s0 * d + c] + 15 * xs[s1 * d + c] - 5 * xs[s2 * d + c] + xs[s3 * d + c]) / 16;
            }
            flow.rhs(t, x0, xd0, k1);
            if (tangent) {
                flow.jacobian(t, x0, xd0, jx[0], jd[0]);
            }
            for (int c = 0; c < d; c++) {
                y[c] = x0[c] + hh * k1[c];
            }
            flow.rhs(t + hh, y, xdm, k2);
            if (tangent) {
                flow.jacobian(t + hh, y, xdm, jx[1], jd[1]);
            }
            for (int c = 0; c < d; c++) {
                y[c] = x0[c] + hh * k2[c];
            }
            flow.rhs(t + hh, y, xdm, k3);
            if (tangent) {
                flow.jacobian(t + hh, y, xdm, jx[2], jd[2]);
            }
            for (int c = 0; c < d; c++) {
                y[c] = x0[c] + h * k3[c];
            }
            flow.rhs(t + h, y, xd1, k4);
            if (tangent) {
                flow.jacobian(t + h, y, xd1, jx[3], jd[3]);
            }
            for (int c = 0; c < d; c++) {
                xNew[c] = x0[c] + h / 6 * (k1[c] + 2 * k2[c] + 2 * k3[c] + k4[c]);
            }
            if (tangent) {
                for (int j = 0; j < k; j++) {
                    int base = j * slots;
                    for (int c = 0; c < d; c++) {
                        u[c] = vs[(base + sn) * d + c];
                        ud0[c] = vs[(base + s0) * d + c];
                        ud1[c] = vs[(base + s1) * d + c];
                        udm[c] = (5 * vs[(base + s0) * d + c] + 15 * vs[(base + s1) * d + c]
                                - 5 * vs[(base + s2) * d + c] + vs[(base + s3) * d + c]) / 16;
                    }
                    linear(0, u, ud0, q1);
                    for (int c = 0; c < d; c++) {
                        w[c] = u[c] + hh * q1[c];
                    }
                    linear(1, w, udm, q2);
                    for (int c = 0; c < d; c++) {
                        w[c] = u[c] + hh * q2[c];
                    }
                    linear(2, w, udm, q3);
                    for (int c = 0; c < d; c++) {
                        w[c] = u[c] + h * q3[c];
                    }
                    linear(3, w, ud1, q4);
                    // the new node replaces the oldest one (slot s0), no longer needed
                    for (int c = 0; c < d; c++) {
                        vs[(base + s0) * d + c] = u[c] + h / 6 * (q1[c] + 2 * q2[c] + 2 * q3[c] + q4[c]);
                    }
                }
            }
            System.arraycopy(xNew, 0, xs, s0 * d, d);
            head = s1;
            step++;
            check();
        }

        /** out = J_x·a + J_τ·b with the Jacobians of the given Runge–Kutta stage. */
        private void linear(int stage, double[] a, double[] b, double[] out) {
            double[] gx = jx[stage];
            double[] gd = jd[stage];
            for (int i = 0; i < d; i++) {
                double acc = 0;
                int row = i * d;
                for (int m = 0; m < d; m++) {
                    acc += gx[row + m] * a[m] + gd[row + m] * b[m];
                }
                out[i] = acc;
            }
        }

        /**
         * Modified Gram–Schmidt of the k perturbation histories in the trapezoidal L² inner
         * product over the window; r receives the norms (the diagonal of R).
         */
        private void orthonormalise(double[] r) {
            int len = slots * d;
            for (int j = 0; j < k; j++) {
                int bj = j * len;
                for (int p = 0; p < j; p++) {
                    int bp = p * len;
                    double dot = 0;
                    for (int s = 0; s < slots; s++) {
                        double ws = weight(s);
                        int o = s * d;
                        for (int c = 0; c < d; c++) {
                            dot += ws * vs[bj + o + c] * vs[bp + o + c];
                        }
                    }
                    for (int i = 0; i < len; i++) {
                        vs[bj + i] -= dot * vs[bp + i];
                    }
                }
                double norm = 0;
                for (int s = 0; s < slots; s++) {
                    double ws = weight(s);
                    int o = s * d;
                    for (int c = 0; c < d; c++) {
                        double e = vs[bj + o + c];
                        norm += ws * e * e;
                    }
                }
                norm = Math.sqrt(norm);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    throw new DivergenceException(flow.name(), step * h, currentState(),
                            "perturbation " + (j + 1) + " has norm " + norm
                                    + " at re-orthonormalisation (shorten the QR interval)");
                }
                r[j] = norm;
                double inv = 1 / norm;
                for (int i = 0; i < len; i++) {
                    vs[bj + i] *= inv;
                }
            }
        }

        /** Trapezoidal weight of a slot: h/2 at the oldest and newest node, h elsewhere. */
        private double weight(int s) {
            int q = s - head;
            if (q < 0) {
                q += slots;
            }
            return weights[q];
        }

        private double[] currentState() {
            int sn = slot(n);
            return Arrays.copyOfRange(xs, sn * d, sn * d + d);
        }

        private void check() {
            int sn = slot(n);
            for (int c = 0; c < d; c++) {
                double v = xs[sn * d + c];
                if (!Double.isFinite(v) || Math.abs(v) > DIVERGENCE_BOUND) {
                    throw new DivergenceException(flow.name(), step * h, currentState(),
                            "trajectory left every bounded region");
                }
            }
        }
    }
}
