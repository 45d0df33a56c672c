package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The blinking rotlet of Meleshko and Aref: Stokes flow in a disk of radius a stirred by a
 * rotlet that alternates between the positions +b and −b on a diameter, a model of chaotic
 * advection. In polar coordinates {@code (r, θ)} with a clock tt:
 * {@code dr/dt = σ·(w·u_r(b) + (1 − w)·u_r(−b))},
 * {@code dθ/dt = σ·(w·u_θ(b) + (1 − w)·u_θ(−b))/r}, {@code dtt/dt = 1}, where u_r, u_θ are the
 * velocity components of a rotlet at B inside the disk (with wall term of strength bc) and
 * {@code w = ½ + ½·tanh(20·τ·sin(2π·tt/τ))} switches smoothly between the two positions every
 * half period τ/2.
 *
 * <p>Meleshko &amp; Aref. A blinking rotlet model for chaotic advection. Physics of Fluids 1996;
 * see also Tallapragada and Sudarsanam, PRE 2019. Parameters: {@code a}, {@code b}, {@code bc},
 * {@code sigma}, {@code tau}. The switching stiffness 20 is hard-coded as in dysts. Output rows
 * are post-processed to {@code (r·cos θ, r·sin θ, sin(2π·tt/τ))}.
 */
public final class BlinkingRotlet extends AbstractFlow {

    /** Gain of the tanh switch between the two stirrer positions (hard-coded in dysts). */
    private static final double STIFFNESS = 20.0;

    private final double a;
    private final double b;
    private final double bc;
    private final double sigma;
    private final double tau;

    /** The blinking rotlet with the catalog's default parameters and initial condition. */
    public BlinkingRotlet() {
        this(SystemSpec.defaults("BlinkingRotlet"));
    }

    /** Package-private: systems that dysts derives from BlinkingRotlet share its equations. */
    BlinkingRotlet(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        bc = spec.param("bc");
        sigma = spec.param("sigma");
        tau = spec.param("tau");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new BlinkingRotlet(spec);
    }

    /** Radial velocity of a stirrer at position B on the diameter. */
    private double velocityR(double bb, double r, double th) {
        double a2 = a * a;
        double cos = Math.cos(th);
        double kappa = a2 + bb * bb * r * r / a2 - 2 * bb * r * cos;
        double gamma = (1 - r * r / a2) * (a2 - bb * bb * r * r / a2);
        double zeta = bb * bb + r * r - 2 * bb * r * cos;
        return bb * Math.sin(th) * (-bc * gamma / (kappa * kappa) - 1 / kappa + 1 / zeta);
    }

    /** Azimuthal velocity of a stirrer at position B on the diameter. */
    private double velocityTheta(double bb, double r, double th) {
        double a2 = a * a;
        double cos = Math.cos(th);
        double kappa = a2 + bb * bb * r * r / a2 - 2 * bb * r * cos;
        double gamma = (1 - r * r / a2) * (a2 - bb * bb * r * r / a2);
        double iota = bb * bb * r / a2 - bb * cos;
        double zeta = bb * bb + r * r - 2 * bb * r * cos;
        double nu = a2 + bb * bb - 2 * bb * bb * r * r / a2;
        return bc * gamma * iota / (kappa * kappa) + bc * r * nu / (a2 * kappa) + iota / kappa
                - (r - bb * cos) / zeta;
    }

    private double weight(double tt) {
        return 0.5 + 0.5 * Math.tanh(STIFFNESS * tau * Math.sin(2 * Math.PI * tt / tau));
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double r = s[0];
        double th = s[1];
        double w = weight(s[2]);
        ds[0] = sigma * (w * velocityR(b, r, th) + (1 - w) * velocityR(-b, r, th));
        ds[1] = sigma * (w * velocityTheta(b, r, th) + (1 - w) * velocityTheta(-b, r, th)) / r;
        ds[2] = 1;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double r = s[0];
        double th = s[1];
        double tt = s[2];
        double arg = STIFFNESS * tau * Math.sin(2 * Math.PI * tt / tau);
        double tanh = Math.tanh(arg);
        double w = 0.5 + 0.5 * tanh;
        // dw/dtt = ½·sech²(arg)·20·τ·cos(2π·tt/τ)·2π/τ
        double dw = 0.5 * (1 - tanh * tanh) * STIFFNESS * 2 * Math.PI * Math.cos(2 * Math.PI * tt / tau);
        for (int i = 0; i < 9; i++) {
            j[i] = 0;
        }
        addStirrer(b, w, dw, r, th, j);
        addStirrer(-b, 1 - w, -dw, r, th, j);
    }

    /**
     * Adds the contribution of the stirrer at B, active with weight c (whose tt-derivative is
     * dc), to the first two rows of the Jacobian.
     */
    private void addStirrer(double bb, double c, double dc, double r, double th, double[] j) {
        double a2 = a * a;
        double cos = Math.cos(th);
        double sin = Math.sin(th);
        double b2 = bb * bb;
        double kappa = a2 + b2 * r * r / a2 - 2 * bb * r * cos;
        double kappaR = 2 * b2 * r / a2 - 2 * bb * cos;
        double kappaT = 2 * bb * r * sin;
        double gamma = (1 - r * r / a2) * (a2 - b2 * r * r / a2);
        double gammaR = (-2 * r / a2) * (a2 - b2 * r * r / a2) + (1 - r * r / a2) * (-2 * b2 * r / a2);
        double iota = b2 * r / a2 - bb * cos;
        double iotaR = b2 / a2;
        double iotaT = bb * sin;
        double zeta = b2 + r * r - 2 * bb * r * cos;
        double zetaR = 2 * r - 2 * bb * cos;
        double zetaT = 2 * bb * r * sin;
        double nu = a2 + b2 - 2 * b2 * r * r / a2;
        double nuR = -4 * b2 * r / a2;
        double k2 = kappa * kappa;
        double k3 = k2 * kappa;
        double z2 = zeta * zeta;

        double g = -bc * gamma / k2 - 1 / kappa + 1 / zeta;
        double gR = -bc * (gammaR / k2 - 2 * gamma * kappaR / k3) + kappaR / k2 - zetaR / z2;
        double gT = 2 * bc * gamma * kappaT / k3 + kappaT / k2 - zetaT / z2;
        double ur = bb * sin * g;
        double urR = bb * sin * gR;
        double urT = bb * cos * g + bb * sin * gT;

        double ut = bc * gamma * iota / k2 + bc * r * nu / (a2 * kappa) + iota / kappa - (r - bb * cos) / zeta;
        double utR = bc * ((gammaR * iota + gamma * iotaR) / k2 - 2 * gamma * iota * kappaR / k3)
                + bc / a2 * ((nu + r * nuR) / kappa - r * nu * kappaR / k2)
                + iotaR / kappa - iota * kappaR / k2
                - (1 / zeta - (r - bb * cos) * zetaR / z2);
        double utT = bc * (gamma * iotaT / k2 - 2 * gamma * iota * kappaT / k3)
                - bc / a2 * r * nu * kappaT / k2
                + iotaT / kappa - iota * kappaT / k2
                - (bb * sin / zeta - (r - bb * cos) * zetaT / z2);

        j[0] += sigma * c * urR;
        j[1] += sigma * c * urT;
        j[2] += sigma * dc * ur;
        j[3] += sigma * c * (utR / r - ut / (r * r));
        j[4] += sigma * c * utT / r;
        j[5] += sigma * dc * ut / r;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double r = state[0];
        double th = state[1];
        double tt = state[2];
        out[0] = r * Math.cos(th);
        out[1] = r * Math.sin(th);
        out[2] = Math.sin(2 * Math.PI * tt / tau);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
