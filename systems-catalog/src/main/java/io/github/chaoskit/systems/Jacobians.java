package io.github.chaoskit.systems;

/**
 * Central finite-difference Jacobians: the fallback for systems without an analytic formula,
 * and the independent reference that tests compare analytic Jacobians with.
 *
 * <p>Step for coordinate j: {@code h_j = ε^{1/3}·max(1, |x_j|)} with ε the machine epsilon,
 * which balances truncation (O(h²)) against rounding (O(ε/h)) error. Coordinates flagged
 * unbounded in the metadata (phases and clocks, e.g. a forcing phase of 3·10⁴) vary on scales of
 * order one whatever their magnitude, so they get the absolute step {@code ε^{1/3}}.
 */
public final class Jacobians {

    private static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));

    private Jacobians() {
    }

    private static double step(DynamicalSystem s, int j, double xj) {
        return s.info().isUnbounded(j) ? CBRT_EPS : CBRT_EPS * Math.max(1.0, Math.abs(xj));
    }

    /**
     * Central-difference Jacobian of a flow.
     *
     * @param flow the flow
     * @param t time
     * @param x state (not modified)
     * @param jac output, row-major d×d
     */
    public static void centralDifference(Flow flow, double t, double[] x, double[] jac) {
        int d = flow.dimension();
        double[] xp = x.clone();
        double[] fp = new double[d];
        double[] fm = new double[d];
        for (int j = 0; j < d; j++) {
            double h = step(flow, j, x[j]);
            xp[j] = x[j] + h;
            double hp = xp[j] - x[j];
            flow.rhs(t, xp, fp);
            xp[j] = x[j] - h;
            double hm = x[j] - xp[j];
            flow.rhs(t, xp, fm);
            xp[j] = x[j];
            for (int i = 0; i < d; i++) {
                jac[i * d + j] = (fp[i] - fm[i]) / (hp + hm);
            }
        }
    }

    /**
     * Central-difference Jacobian of a map.
     *
     * @param map the map
     * @param x state (not modified)
     * @param jac output, row-major d×d
     */
    public static void centralDifference(DiscreteMap map, double[] x, double[] jac) {
        int d = map.dimension();
        double[] xp = x.clone();
        double[] fp = new double[d];
        double[] fm = new double[d];
        for (int j = 0; j < d; j++) {
            double h = CBRT_EPS * Math.max(1.0, Math.abs(x[j]));
            xp[j] = x[j] + h;
            double hp = xp[j] - x[j];
            map.next(xp, fp);
            xp[j] = x[j] - h;
            double hm = x[j] - xp[j];
            map.next(xp, fm);
            xp[j] = x[j];
            for (int i = 0; i < d; i++) {
                jac[i * d + j] = (fp[i] - fm[i]) / (hp + hm);
            }
        }
    }

    /**
     * Central-difference Jacobians of a delay equation with respect to the current state and to
     * the delayed state.
     *
     * @param flow the delay equation
     * @param t time
     * @param x current state (not modified)
     * @param xDelayed delayed state (not modified)
     * @param jacX output ∂f/∂x(t), row-major d×d
     * @param jacDelayed output ∂f/∂x(t − τ), row-major d×d
     */
    public static void centralDifference(DelayFlow flow, double t, double[] x, double[] xDelayed, double[] jacX,
            double[] jacDelayed) {
        int d = flow.dimension();
        double[] xp = x.clone();
        double[] up = xDelayed.clone();
        double[] fp = new double[d];
        double[] fm = new double[d];
        for (int j = 0; j < d; j++) {
            double h = CBRT_EPS * Math.max(1.0, Math.abs(x[j]));
            xp[j] = x[j] + h;
            double hp = xp[j] - x[j];
            flow.rhs(t, xp, xDelayed, fp);
            xp[j] = x[j] - h;
            double hm = x[j] - xp[j];
            flow.rhs(t, xp, xDelayed, fm);
            xp[j] = x[j];
            for (int i = 0; i < d; i++) {
                jacX[i * d + j] = (fp[i] - fm[i]) / (hp + hm);
            }
        }
        for (int j = 0; j < d; j++) {
            double h = CBRT_EPS * Math.max(1.0, Math.abs(xDelayed[j]));
            up[j] = xDelayed[j] + h;
            double hp = up[j] - xDelayed[j];
            flow.rhs(t, x, up, fp);
            up[j] = xDelayed[j] - h;
            double hm = xDelayed[j] - up[j];
            flow.rhs(t, x, up, fm);
            up[j] = xDelayed[j];
            for (int i = 0; i < d; i++) {
                jacDelayed[i * d + j] = (fp[i] - fm[i]) / (hp + hm);
            }
        }
    }
}
