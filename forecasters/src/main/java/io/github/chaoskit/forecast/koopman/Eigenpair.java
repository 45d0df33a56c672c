package io.github.chaoskit.forecast.koopman;

import java.util.Locale;

/**
 * One eigenpair of a fitted Koopman matrix K: the eigenvalue μ, the coefficients g of the
 * eigenfunction {@code φ(x) = ψ(x)ᵀ g} ({@code K g = μ g}, so {@code φ(F_Δt(x)) ≈ μ φ(x)}), and the
 * Koopman mode ξ, the vector with which φ enters the state: {@code x = Σ_j φ_j(x) ξ_j}
 * (Williams, Kevrekidis &amp; Rowley 2015, J. Nonlinear Sci. 25, 1307–1346, §2.3). Immutable;
 * accessors return copies.
 */
public final class Eigenpair {

    private final int index;
    private final double re;
    private final double im;
    private final double[] vectorRe;
    private final double[] vectorIm;
    private final double[] modeRe;
    private final double[] modeIm;
    private final double dt;

    Eigenpair(int index, double re, double im, double[] vectorRe, double[] vectorIm, double[] modeRe, double[] modeIm,
            double dt) {
        this.index = index;
        this.re = re;
        this.im = im;
        this.vectorRe = vectorRe;
        this.vectorIm = vectorIm;
        this.modeRe = modeRe;
        this.modeIm = modeIm;
        this.dt = dt;
    }

    /** @return the position of this pair in its {@link KoopmanSpectrum} (0 = largest |μ|). */
    public int index() {
        return index;
    }

    /** @return Re μ, the discrete-time eigenvalue (per sampling step Δt). */
    public double re() {
        return re;
    }

    /** @return Im μ. */
    public double im() {
        return im;
    }

    /** @return |μ|. */
    public double modulus() {
        return Math.hypot(re, im);
    }

    /** @return arg μ in (−π, π]. */
    public double argument() {
        return Math.atan2(im, re);
    }

    /**
     * @return Re of the continuous-time eigenvalue {@code log(μ)/Δt}: the growth rate
     *     {@code ln|μ|/Δt} in 1/(time unit)
     */
    public double continuousRe() {
        return Math.log(modulus()) / dt;
    }

    /** @return Im of {@code log(μ)/Δt}: the angular frequency {@code arg(μ)/Δt} in rad/(time unit). */
    public double continuousIm() {
        return argument() / dt;
    }

    /** @return real parts of the eigenfunction coefficients g (unit 2-norm overall), length F. */
    public double[] vectorRe() {
        return vectorRe.clone();
    }

    /** @return imaginary parts of g. */
    public double[] vectorIm() {
        return vectorIm.clone();
    }

    /** @return real part of the Koopman mode ξ (one entry per input coordinate; NaN if V is singular). */
    public double[] modeRe() {
        return modeRe.clone();
    }

    /** @return imaginary part of ξ. */
    public double[] modeIm() {
        return modeIm.clone();
    }

    /**
     * Evaluates the eigenfunction from dictionary values.
     *
     * @param psi ψ(x), length F
     * @return {Re φ(x), Im φ(x)}
     */
    public double[] eigenfunction(double[] psi) {
        double a = 0;
        double b = 0;
        for (int k = 0; k < vectorRe.length; k++) {
            a += psi[k] * vectorRe[k];
            b += psi[k] * vectorIm[k];
        }
        return new double[] {a, b};
    }

    double[] vr() {
        return vectorRe;
    }

    double[] vi() {
        return vectorIm;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "mu[%d] = %.10g %+.10gi (|mu| = %.10g, log(mu)/dt = %.6g %+.6gi)", index, re,
                im, modulus(), continuousRe(), continuousIm());
    }
}
