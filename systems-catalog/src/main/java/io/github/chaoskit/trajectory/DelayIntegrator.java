package io.github.chaoskit.trajectory;

import io.github.chaoskit.systems.DelayFlow;
import io.github.chaoskit.systems.DelayHistory;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Method-of-steps solver for a {@link DelayFlow} {@code dx/dt = f(t, x(t), x(t − τ))}.
 *
 * <p><b>Scheme.</b> The solution starts at {@code t = 0} from {@code x(0) = history(0)} and is
 * advanced by a Hipparchus adaptive integrator (Dormand–Prince 8(5,3) by default) one delay
 * interval {@code [kτ, (k+1)τ]} at a time. Within interval k every delayed time lies in
 * {@code [(k−1)τ, kτ]}, which is either the history ({@code t − τ ≤ 0}) or already-accepted
 * solution, so the right-hand side is an ordinary ODE there; and the interval ends are the
 * breaking points where a constant history makes the solution's derivatives jump, so no step
 * straddles one. Delayed values come from a stored dense solution: after each accepted step
 * the solver stores the step's end point with its derivative and reads values in between by
 * cubic Hermite interpolation. Because a cubic Hermite segment over a long step is far less
 * accurate than the integrator, each new segment is checked at its midpoint against the
 * integrator's own (higher-order) step interpolant and bisected, with interior nodes taken from
 * that interpolant, until the two agree to within the integration tolerance
 * {@code absTol + relTol·|x|}. The stored solution is a ring buffer trimmed to the last 2τ, so
 * memory stays bounded however long the run.
 *
 * <p><b>Use.</b> Create one solver per trajectory, call {@link #integrateTo} (repeatedly if
 * wanted) and read the solution with {@link #state}, {@link #valueAt} or
 * {@link #delayEmbedding}, typically from a {@link StepListener} called after every accepted
 * step. Right-hand-side evaluations look delayed values up without allocating (the Hipparchus
 * interface itself returns a new derivative array per evaluation). Instances are mutable and
 * not thread-safe.
 */
public final class DelayIntegrator {

    /** How far back, in delays, the stored solution reaches behind the current time. */
    private static final double RETENTION_DELAYS = 2.0;
    /** Maximal bisection depth when refining one step's Hermite segments (≤ 2¹⁰ pieces). */
    private static final int MAX_REFINEMENT_DEPTH = 10;
    /** Remainders shorter than this many ulps of the time are merged into the neighbouring interval. */
    private static final double TINY_ULPS = 4096;

    /** Receives the accepted steps of a {@link DelayIntegrator}. */
    @FunctionalInterface
    public interface StepListener {
        /**
         * Called after each accepted step, once the step is stored: the solution on
         * {@code [previousTime, currentTime]} (and back to {@code previousTime − τ}) can be
         * read with {@link #valueAt} and {@link #delayEmbedding}.
         *
         * @param previousTime start of the step
         * @param currentTime end of the step, the solver's current {@link #time()}
         */
        void stepAccepted(double previousTime, double currentTime);
    }

    private final DelayFlow flow;
    private final Integrator method;
    private final double relTol;
    private final double absTol;
    private final int d;
    private final double tau;
    private final DelayHistory history;

    // ring buffer of stored nodes: time, state (d), derivative (d); capacity a power of two
    private double[] nodeT;
    private double[] nodeX;
    private double[] nodeF;
    private int head;
    private int size;
    private int hint;

    private double time;
    private final double[] state;
    private final double[] delayedScratch;
    private final double[] valueScratch;
    private double lastStep = Double.NaN;
    private double intervalEnd = Double.NaN;
    private long steps;
    private long evaluations;
    private StepListener listener;

    private final OrdinaryDifferentialEquation ode;
    private final ODEStepHandler handler;

    /**
     * A solver with the generator's defaults: Dormand–Prince 8(5,3), rtol = atol = 1e-12.
     *
     * @param flow the delay equation (its history and delay are used)
     */
    public DelayIntegrator(DelayFlow flow) {
        this(flow, Integrator.DORMAND_PRINCE_853, 1e-12, 1e-12);
    }

    /**
     * @param flow the delay equation (its history and delay are used)
     * @param method the adaptive integrator
     * @param relTol relative tolerance, in (0, 1)
     * @param absTol absolute tolerance, positive
     * @throws IllegalArgumentException for invalid tolerances or a non-finite initial state
     */
    public DelayIntegrator(DelayFlow flow, Integrator method, double relTol, double absTol) {
        if (!(relTol > 0 && relTol < 1) || !(absTol > 0) || !Double.isFinite(absTol)) {
            throw new IllegalArgumentException("tolerances must satisfy 0 < rtol < 1 and atol > 0, got rtol="
                    + relTol + ", atol=" + absTol);
        }
        this.flow = flow;
        this.method = java.util.Objects.requireNonNull(method, "method");
        this.relTol = relTol;
        this.absTol = absTol;
        this.d = flow.dimension();
        this.tau = flow.delay();
        this.history = flow.history();
        this.state = new double[d];
        this.delayedScratch = new double[d];
        this.valueScratch = new double[d];
        int cap = 256;
        nodeT = new double[cap];
        nodeX = new double[cap * d];
        nodeF = new double[cap * d];

        history.value(0.0, state);
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(state[i])) {
                throw new IllegalArgumentException(flow.name() + ": initial state component " + i + " = "
                        + state[i] + " is not finite");
            }
        }
        time = 0.0;
        double[] f0 = new double[d];
        history.value(-tau, delayedScratch);
        flow.rhs(0.0, state, delayedScratch, f0);
        evaluations++;
        append(0.0, state, f0);

        ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return d;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] dy = new double[d];
                lookup(t - tau, delayedScratch, 0);
                flow.rhs(t, y, delayedScratch, dy);
                evaluations++;
                FlowOde.guard(dy, d);
                return dy;
            }
        };
        handler = this::handleStep;
    }

    /** @return the delay equation being solved. */
    public DelayFlow flow() {
        return flow;
    }

    /** @return the current time: the solution is known on {@code (−∞, time()]}. */
    public double time() {
        return time;
    }

    /**
     * @param out receives the state at {@link #time()}, length d
     */
    public void state(double[] out) {
        System.arraycopy(state, 0, out, 0, d);
    }

    /** @return the state at {@link #time()} (a copy). */
    public double[] state() {
        return state.clone();
    }

    /** @return accepted integration steps so far. */
    public long steps() {
        return steps;
    }

    /** @return right-hand-side evaluations so far. */
    public long evaluations() {
        return evaluations;
    }

    /** @return the number of stored solution nodes (bounded: the store covers about 2τ). */
    public int storedNodes() {
        return size;
    }

    /**
     * @return the earliest time {@code > 0} at which {@link #valueAt} can still read the stored
     *     solution (times ≤ 0 always come from the history); at most {@code time() − 2τ} once
     *     that is positive
     */
    public double earliestStoredTime() {
        return nodeT[head];
    }

    /**
     * The solution at an earlier time, from the history for {@code t ≤ 0}, otherwise from the
     * stored solution by cubic Hermite interpolation. Does not allocate.
     *
     * @param t a time ≤ {@link #time()} and, if positive, ≥ {@link #earliestStoredTime()}
     * @param out receives x(t), length d
     * @throws IllegalArgumentException if t is after the current time or before the stored solution
     */
    public void valueAt(double t, double[] out) {
        checkReadable(t);
        lookup(t, out, 0);
    }

    /**
     * The delay-embedding row of the flow at time t: block j (d values, from index j·d) is
     * {@code x(t − flow.embeddingLag(j))}, j = 0…m−1. Does not allocate.
     *
     * @param t a time ≤ {@link #time()} with {@code t − τ} readable (see {@link #valueAt})
     * @param row receives the row, length {@code flow.outputDimension()}
     * @throws IllegalArgumentException if a lagged time cannot be read
     */
    public void delayEmbedding(double t, double[] row) {
        int m = flow.embeddingDimension();
        checkReadable(t);
        for (int j = 0; j < m; j++) {
            double tj = m == 1 ? t : t - tau * j / (m - 1);
            checkReadable(tj);
            lookup(tj, row, j * d);
        }
    }

    /**
     * Advances the solution to {@code tEnd}.
     *
     * @param tEnd target time, ≥ {@link #time()}
     * @throws IllegalArgumentException if tEnd is before the current time or not finite
     * @throws org.hipparchus.exception.MathRuntimeException if the integrator fails (e.g. step
     *     size underflow on a blow-up)
     */
    public void integrateTo(double tEnd) {
        integrateTo(tEnd, null);
    }

    /**
     * Advances the solution to {@code tEnd}, reporting every accepted step. Exceptions thrown
     * by the listener propagate (the solver stays at the last accepted step).
     *
     * @param tEnd target time, ≥ {@link #time()}
     * @param stepListener called after each accepted step; may be null
     * @throws IllegalArgumentException if tEnd is before the current time or not finite
     * @throws org.hipparchus.exception.MathRuntimeException if the integrator fails
     */
    public void integrateTo(double tEnd, StepListener stepListener) {
        if (!(tEnd >= time) || !Double.isFinite(tEnd)) {
            throw new IllegalArgumentException("target time " + tEnd + " is before the current time " + time
                    + " or not finite");
        }
        this.listener = stepListener;
        try {
            while (time < tEnd) {
                double tiny = TINY_ULPS * Math.ulp(Math.max(1.0, Math.abs(tEnd)));
                if (tEnd - time <= tiny) {
                    nudge(tEnd);
                    break;
                }
                double k = Math.floor(time / tau) + 1;
                double b = k * tau;
                if (b - time <= tiny) {
                    b = (k + 1) * tau;
                }
                if (b >= tEnd - tiny) {
                    b = tEnd;
                }
                integrateInterval(b);
            }
        } finally {
            this.listener = null;
        }
    }

    /** Integrates from the current time to b, with no breaking point strictly inside. */
    private void integrateInterval(double b) {
        double span = b - time;
        double minStep = 64 * Math.ulp(Math.max(1.0, Math.max(Math.abs(time), Math.abs(b))));
        AdaptiveStepsizeIntegrator integ = method.create(minStep, span, absTol, relTol);
        // an explicit first step: Hipparchus's own estimate probes the RHS at a trial time that
        // may lie beyond the interval, where delayed values are not known yet
        double h0 = Double.isNaN(lastStep) ? 1e-3 * span : lastStep;
        integ.setInitialStepSize(Math.max(minStep, Math.min(span, h0)));
        integ.addStepHandler(handler);
        intervalEnd = b;
        integ.integrate(ode, new ODEState(time, state.clone()), b);
    }

    /** Advances over a remainder too short for the integrator by one explicit Euler step. */
    private void nudge(double tEnd) {
        double t0 = time;
        int last = phys(size - 1);
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = state[i] + (tEnd - t0) * nodeF[last * d + i];
        }
        double[] f = new double[d];
        lookup(tEnd - tau, delayedScratch, 0);
        flow.rhs(tEnd, x, delayedScratch, f);
        evaluations++;
        accept(t0, tEnd, x, f);
    }

    private void handleStep(ODEStateInterpolator interpolator) {
        ODEStateAndDerivative cur = interpolator.getCurrentState();
        double t0 = time;
        double t1 = cur.getTime();
        refine(interpolator, t1, cur.getPrimaryState(), cur.getPrimaryDerivative(), 0);
        if (t1 < intervalEnd || Double.isNaN(lastStep)) {
            // remember the step size the controller chose, not a last step cut short by the interval end
            lastStep = t1 - t0;
        }
        accept(t0, t1, cur.getPrimaryState(), null);
    }

    /** Makes (t1, x1) the current point (appending it unless already stored), trims, notifies. */
    private void accept(double t0, double t1, double[] x1, double[] f1) {
        if (f1 != null) {
            append(t1, x1, f1);
        }
        time = t1;
        System.arraycopy(x1, 0, state, 0, d);
        steps++;
        trim();
        if (listener != null) {
            listener.stepAccepted(t0, t1);
        }
    }

    /**
     * Stores the segment from the last stored node to (tb, xb, fb), bisecting it while its
     * Hermite midpoint disagrees with the step interpolant.
     */
    private void refine(ODEStateInterpolator it, double tb, double[] xb, double[] fb, int depth) {
        int a = phys(size - 1);
        double ta = nodeT[a];
        double hs = tb - ta;
        double tm = ta + 0.5 * hs;
        if (depth < MAX_REFINEMENT_DEPTH && tm > ta && tm < tb) {
            ODEStateAndDerivative mid = it.getInterpolatedState(tm);
            double[] xm = mid.getPrimaryState();
            double err = 0;
            for (int i = 0; i < d; i++) {
                // cubic Hermite at the midpoint: (xa + xb)/2 + h/8·(fa − fb)
                double hm = 0.5 * (nodeX[a * d + i] + xb[i]) + 0.125 * hs * (nodeF[a * d + i] - fb[i]);
                double e = Math.abs(hm - xm[i]) / (absTol + relTol * Math.abs(xm[i]));
                err = Math.max(err, e);
            }
            if (err > 1) {
                refine(it, tm, xm, mid.getPrimaryDerivative(), depth + 1);
                refine(it, tb, xb, fb, depth + 1);
                return;
            }
        }
        append(tb, xb, fb);
    }

    private int phys(int logical) {
        return (head + logical) & (nodeT.length - 1);
    }

    private void append(double t, double[] x, double[] f) {
        if (size == nodeT.length) {
            grow();
        }
        int p = phys(size);
        nodeT[p] = t;
        System.arraycopy(x, 0, nodeX, p * d, d);
        System.arraycopy(f, 0, nodeF, p * d, d);
        size++;
    }

    private void grow() {
        int cap = nodeT.length;
        double[] t = new double[2 * cap];
        double[] x = new double[2 * cap * d];
        double[] f = new double[2 * cap * d];
        for (int i = 0; i < size; i++) {
            int p = phys(i);
            t[i] = nodeT[p];
            System.arraycopy(nodeX, p * d, x, i * d, d);
            System.arraycopy(nodeF, p * d, f, i * d, d);
        }
        nodeT = t;
        nodeX = x;
        nodeF = f;
        head = 0;
    }

    /** Drops nodes no longer needed: keeps the segment containing time − 2τ and everything after. */
    private void trim() {
        double cutoff = time - RETENTION_DELAYS * tau;
        while (size >= 2 && nodeT[phys(1)] <= cutoff) {
            head = (head + 1) & (nodeT.length - 1);
            size--;
            hint = Math.max(0, hint - 1);
        }
    }

    private void checkReadable(double t) {
        double tiny = TINY_ULPS * Math.ulp(Math.max(1.0, Math.abs(time)));
        if (!(t <= time + tiny) || (t > 0 && t < nodeT[head])) {
            throw new IllegalArgumentException("time " + t + " is outside the readable solution: history up to 0, "
                    + "stored solution [" + nodeT[head] + ", " + time + "]");
        }
    }

    /** x(t) into out[off…off+d): history for t ≤ 0, else Hermite interpolation of the stored nodes. */
    private void lookup(double t, double[] out, int off) {
        if (t <= 0) {
            if (off == 0 && out.length == d) {
                history.value(t, out);
            } else {
                history.value(t, valueScratch);
                System.arraycopy(valueScratch, 0, out, off, d);
            }
            return;
        }
        if (size == 1) {
            // only the node at t = 0: linear extrapolation over a rounding-level overshoot
            int p = phys(0);
            checkOvershoot(t, nodeT[p]);
            double dt = t - nodeT[p];
            for (int i = 0; i < d; i++) {
                out[off + i] = nodeX[p * d + i] + dt * nodeF[p * d + i];
            }
            return;
        }
        int i = segment(t);
        int a = phys(i);
        int b = phys(i + 1);
        double ta = nodeT[a];
        double hs = nodeT[b] - ta;
        double s = (t - ta) / hs;
        double s1 = s - 1;
        double h00 = (1 + 2 * s) * s1 * s1;
        double h10 = s * s1 * s1 * hs;
        double h01 = s * s * (3 - 2 * s);
        double h11 = s * s * s1 * hs;
        int ad = a * d;
        int bd = b * d;
        for (int k = 0; k < d; k++) {
            out[off + k] = h00 * nodeX[ad + k] + h10 * nodeF[ad + k] + h01 * nodeX[bd + k] + h11 * nodeF[bd + k];
        }
    }

    /** @return logical index i of the segment [T_i, T_{i+1}] holding t (the last one for a tiny overshoot). */
    private int segment(double t) {
        int last = size - 1;
        if (t >= nodeT[phys(last)]) {
            checkOvershoot(t, nodeT[phys(last)]);
            hint = last - 1;
            return hint;
        }
        if (t < nodeT[head]) {
            throw new IllegalStateException("delayed time " + t + " precedes the stored solution (from "
                    + nodeT[head] + ")");
        }
        int h = hint;
        if (h >= 0 && h < last && nodeT[phys(h)] <= t && t <= nodeT[phys(h + 1)]) {
            return h;
        }
        if (h + 1 < last && nodeT[phys(h + 1)] <= t && t <= nodeT[phys(h + 2)]) {
            hint = h + 1;
            return hint;
        }
        int lo = 0;
        int hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (nodeT[phys(mid)] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        hint = lo;
        return lo;
    }

    private void checkOvershoot(double t, double tLast) {
        if (t - tLast > TINY_ULPS * Math.ulp(Math.max(1.0, Math.abs(t)))) {
            throw new IllegalStateException("delayed time " + t + " is beyond the stored solution (up to " + tLast
                    + "); the step exceeded the delay interval");
        }
    }
}
