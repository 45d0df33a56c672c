package io.github.chaoskit.trajectory;

import io.github.chaoskit.systems.Flow;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * A {@link Flow} as a Hipparchus {@link OrdinaryDifferentialEquation}, with a guard that turns
 * a failed trial stage into a rejected step.
 *
 * <p>An adaptive Runge–Kutta step that is far too long can evaluate the right-hand side at stage
 * states far outside the region where the system lives (e.g. across a near-discontinuous switch
 * such as {@code tanh(60·sin(…))}), where exponentials or powers overflow to ±∞ or NaN.
 * Hipparchus then aborts the whole integration instead of rejecting the step. {@link #guard}
 * replaces a non-finite derivative component by ±{@value #STAGE_FAILURE} (NaN by +), which makes
 * the step's error estimate enormous: the step is rejected and retried shorter, as it would be
 * by an integrator that treats stage failures itself. Accepted states are still checked for
 * divergence by the caller, so a genuinely diverging solution is still reported.
 */
public final class FlowOde implements OrdinaryDifferentialEquation {

    /** Magnitude substituted for a non-finite derivative component of a trial stage. */
    public static final double STAGE_FAILURE = 1e100;

    private final Flow flow;

    /** @param flow the flow to integrate */
    public FlowOde(Flow flow) {
        this.flow = flow;
    }

    @Override
    public int getDimension() {
        return flow.dimension();
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double[] dy = new double[flow.dimension()];
        flow.rhs(t, y, dy);
        guard(dy, dy.length);
        return dy;
    }

    /**
     * Replaces non-finite entries of {@code dy[0 … n)} by ±{@value #STAGE_FAILURE}.
     *
     * @param dy derivatives, modified in place
     * @param n how many entries to check
     */
    public static void guard(double[] dy, int n) {
        for (int i = 0; i < n; i++) {
            double v = dy[i];
            if (!Double.isFinite(v)) {
                dy[i] = v == Double.NEGATIVE_INFINITY ? -STAGE_FAILURE : STAGE_FAILURE;
            }
        }
    }
}
