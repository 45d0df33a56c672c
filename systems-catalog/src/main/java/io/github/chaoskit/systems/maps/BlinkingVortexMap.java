package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Aref's blinking-vortex map in polar coordinates (r, θ): a point vortex of circulation γ
 * inside a circular wall of radius {@code a} sits alternately at {@code +b} and {@code −b} on the
 * x axis, each time for a duration {@code t}, and a fluid particle is advected in closed form.
 *
 * <p>One advection by the vortex at {@code +b} (dysts's formula): with {@code A = a²/b},
 * {@code λ² = (b² + r² − 2br cos θ)/(A² + r² − 2Ar cos θ)} fixes the streamline, a circle of
 * centre {@code η_c = (b − λ²A)/(1 − λ²)} and radius {@code ρ = |λ(A − b)/(1 − λ²)|}; the angle
 * ψ of the particle about {@code η_c} advances by the Kepler-like equation
 * {@code ψ − q sin ψ = θ_p − q sin θ_p + 2πt/T_λ}, with {@code θ_p} the initial angle about
 * {@code η_c}, {@code q = 2λ/(1 + λ²)} and {@code T_λ = (2π)²(ρ²/γ)(1 + λ²)/(1 − λ²)}; then
 * {@code r' = √(ρ² + η_c² + 2ρη_c cos ψ)}, {@code θ' = atan2(ρ sin ψ, η_c + ρ cos ψ)}. Because
 * {@code q < 1} inside the wall, the Kepler equation has exactly one root; it is solved here by
 * safeguarded Newton iteration to machine precision (dysts uses {@code fsolve} from 0.01 with
 * its default tolerance 1.5e-8). The two distances in λ² are evaluated as sums of squares of
 * Cartesian differences, which equals dysts's expression but avoids its cancellation next to
 * the vortex, where the large twist 2πt/T_λ would amplify it.
 *
 * <p>The catalog gives no citation. Parameters: {@code a} (wall radius), {@code b} (vortex
 * offset), {@code gamma} (circulation γ), {@code t} (blink duration).
 *
 * <p><b>Fixes of dysts defects.</b> (1) dysts intends to flip {@code b → −b} after each step but
 * keeps calling its equations with the stale parameter list, so its map never blinks (every step
 * uses {@code +b}). Simply flipping the sign of {@code b} in the formula above would also be wrong:
 * for {@code b < 0} it puts the fast side of the streamline on the wrong side of the vortex.
 * The physical vortex at {@code −b} is the vortex at {@code +b} rotated by π, so its advection is
 * {@code F₋ = R∘F₊∘R} with {@code R: θ → θ + π}. This class therefore iterates the autonomous
 * map {@code G = R∘F₊} ("advect, then turn the frame by π"), which satisfies
 * {@code G^n = R^n ∘ (F_{±}∘…∘F₋∘F₊)}: iterate {@code n} is the true particle position for even
 * {@code n} and its reflection through the wall's centre (θ + π; r unchanged) for odd {@code n},
 * counting the initial condition as iterate 0 with the vortex at {@code +b} active first. No
 * parity state is needed; {@code R} is an isometry, so Lyapunov exponents and r-statistics are
 * those of the blinking flow. (2) dysts's inverse swaps the arguments (it passes −γ as {@code b}
 * and −b as γ); here the inverse is {@code G⁻¹ = F₊⁻¹∘R}, where {@code F₊⁻¹} is the same advection
 * with γ replaced by −γ (backwards along the same streamline).
 */
public final class BlinkingVortexMap extends AbstractMap {

    private static final double TWO_PI = 2 * Math.PI;
    private static final int MAX_ITERATIONS = 200;

    private final double a;
    private final double b;
    private final double gamma;
    private final double t;

    /** The blinking-vortex map with the catalog's defaults (a = 1, b = 0.5, γ = 1, t = 1.5). */
    public BlinkingVortexMap() {
        this(SystemSpec.defaults("BlinkingVortexMap"));
    }

    private BlinkingVortexMap(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        gamma = spec.param("gamma");
        t = spec.param("t");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new BlinkingVortexMap(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        advect(s[0], s[1], gamma, true, out);
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    @Override
    public void previous(double[] s, double[] out) {
        // undo the frame turn, then advect backwards in time (γ → −γ) along the same streamline
        advect(s[0], s[1] + Math.PI, -gamma, false, out);
    }

    /**
     * Advects (r, θ) for the time t by the vortex at +b with circulation {@code circulation}.
     *
     * @param turn if true, the result is expressed in the frame turned by π (θ' + π)
     */
    private void advect(double r, double th, double circulation, boolean turn, double[] out) {
        double c = Math.cos(th);
        double bigA = a * a / b;
        // squared distances to the vortex and to its image, |z − b|² and |z − A|², written as sums of
        // squares (equal to dysts's b² + r² − 2br cos θ, without its cancellation near the vortex)
        double px = r * c;
        double py = r * Math.sin(th);
        double l2 = ((px - b) * (px - b) + py * py) / ((px - bigA) * (px - bigA) + py * py);
        double lam = Math.sqrt(l2);
        double eta = (b - l2 * bigA) / (1 - l2);
        double rho = Math.abs(lam / (1 - l2) * (bigA - b));
        double thp = Math.atan2(py, -eta + px);
        double q = 2 * lam / (1 + l2);
        double period = TWO_PI * TWO_PI * (rho * rho / circulation) * (1 + l2) / (1 - l2);
        double psi = solveKepler(q, thp - q * Math.sin(thp) + TWO_PI * t / period);
        double cp = Math.cos(psi);
        double sp = Math.sin(psi);
        out[0] = Math.sqrt(rho * rho + eta * eta + 2 * rho * eta * cp);
        out[1] = turn ? Math.atan2(-rho * sp, -(eta + rho * cp)) : Math.atan2(rho * sp, eta + rho * cp);
    }

    /**
     * The root of {@code ψ − q sin ψ = c} for {@code 0 ≤ q < 1}: the left side is strictly
     * increasing, so the root is unique and lies in {@code [c − q, c + q]}.
     */
    private static double solveKepler(double q, double c) {
        double lo = c - q;
        double hi = c + q;
        double psi = c;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double g = psi - q * Math.sin(psi) - c;
            if (g == 0) {
                return psi;
            }
            if (g > 0) {
                hi = psi;
            } else {
                lo = psi;
            }
            double candidate = psi - g / (1 - q * Math.cos(psi));
            if (!(candidate > lo && candidate < hi)) {
                candidate = 0.5 * (lo + hi);
            }
            if (Math.abs(candidate - psi) <= 1e-15 * Math.max(1, Math.abs(psi)) || !(lo < hi)) {
                return candidate;
            }
            psi = candidate;
        }
        return psi;
    }

    /**
     * Analytic Jacobian, by forward differentiation of every auxiliary quantity with respect to
     * r (suffix R) and θ (suffix T); ψ by the implicit-function theorem on the Kepler equation.
     * The frame turn adds a constant to θ' and does not change the derivatives.
     */
    @Override
    public void jacobian(double[] s, double[] j) {
        double r = s[0];
        double th = s[1];
        double c = Math.cos(th);
        double sn = Math.sin(th);
        double bigA = a * a / b;
        double px = r * c;
        double py = r * sn;
        double num = (px - b) * (px - b) + py * py;
        double numR = 2 * r - 2 * b * c;
        double numT = 2 * b * r * sn;
        double den = (px - bigA) * (px - bigA) + py * py;
        double denR = 2 * r - 2 * bigA * c;
        double denT = 2 * bigA * r * sn;
        double l2 = num / den;
        double l2R = (numR - l2 * denR) / den;
        double l2T = (numT - l2 * denT) / den;
        double lam = Math.sqrt(l2);
        double lamR = l2R / (2 * lam);
        double lamT = l2T / (2 * lam);
        double om = 1 - l2;
        double op = 1 + l2;
        double eta = (b - l2 * bigA) / om;
        double etaR = l2R * (b - bigA) / (om * om);
        double etaT = l2T * (b - bigA) / (om * om);
        double pv = lam / om * (bigA - b);
        double rho = Math.abs(pv);
        double sg = Math.signum(pv);
        double rhoR = sg * (bigA - b) * (lamR * om + lam * l2R) / (om * om);
        double rhoT = sg * (bigA - b) * (lamT * om + lam * l2T) / (om * om);
        double x = r * c - eta;
        double y = r * sn;
        double xR = c - etaR;
        double xT = -r * sn - etaT;
        double yR = sn;
        double yT = r * c;
        double h = x * x + y * y;
        double thp = Math.atan2(y, x);
        double thpR = (x * yR - y * xR) / h;
        double thpT = (x * yT - y * xT) / h;
        double q = 2 * lam / op;
        double qR = (2 * lamR * op - 2 * lam * l2R) / (op * op);
        double qT = (2 * lamT * op - 2 * lam * l2T) / (op * op);
        double period = TWO_PI * TWO_PI * (rho * rho / gamma) * op / om;
        double k = TWO_PI * t / period;
        double kR = k * (-l2R / om - 2 * rhoR / rho - l2R / op);
        double kT = k * (-l2T / om - 2 * rhoT / rho - l2T / op);
        double sp0 = Math.sin(thp);
        double cp0 = Math.cos(thp);
        double rhs = thp - q * sp0 + k;
        double rhsR = thpR * (1 - q * cp0) - qR * sp0 + kR;
        double rhsT = thpT * (1 - q * cp0) - qT * sp0 + kT;
        double psi = solveKepler(q, rhs);
        double cp = Math.cos(psi);
        double sp = Math.sin(psi);
        double slope = 1 - q * cp;
        double psiR = (rhsR + qR * sp) / slope;
        double psiT = (rhsT + qT * sp) / slope;
        double u = rho * sp;
        double v = eta + rho * cp;
        double uR = rhoR * sp + rho * cp * psiR;
        double uT = rhoT * sp + rho * cp * psiT;
        double vR = etaR + rhoR * cp - rho * sp * psiR;
        double vT = etaT + rhoT * cp - rho * sp * psiT;
        double r2 = u * u + v * v;
        double rn = Math.sqrt(r2);
        j[0] = (u * uR + v * vR) / rn;
        j[1] = (u * uT + v * vT) / rn;
        j[2] = (v * uR - u * vR) / r2;
        j[3] = (v * uT - u * vT) / r2;
    }
}
