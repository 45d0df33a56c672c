package io.github.chaoskit.forecast.koopman;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The eigen decomposition {@code K = V Λ V⁻¹} of a fitted Koopman matrix: eigenvalues sorted by
 * decreasing modulus (a complex-conjugate pair with the positive imaginary part first), the
 * eigenfunction coefficients (columns of V) and the Koopman modes {@code Ξ = V⁻¹ B}, B the readout of
 * the state from the dictionary (Williams, Kevrekidis &amp; Rowley 2015, J. Nonlinear Sci. 25,
 * 1307–1346; Schmid 2010, J. Fluid Mech. 656, 5–28). Immutable.
 *
 * <p>The eigenvalues come from EJML's QR algorithm; eigenvectors from inverse iteration on the
 * Hessenberg form in complex arithmetic. Repeated eigenvalues share a vector (V singular), in which
 * case the modes are NaN.
 */
public final class KoopmanSpectrum {

    private final List<Eigenpair> pairs;
    private final double dt;

    KoopmanSpectrum(List<Eigenpair> pairs, double dt) {
        this.pairs = Collections.unmodifiableList(new ArrayList<>(pairs));
        this.dt = dt;
    }

    static KoopmanSpectrum of(double[] k, int f, double[] readout, int outputs, double dt) {
        Eigen e = Eigen.of(k, f);
        double[][] modes = e.solveWithVectors(readout, outputs);
        List<Eigenpair> list = new ArrayList<>(f);
        for (int j = 0; j < f; j++) {
            double[] mr = new double[outputs];
            double[] mi = new double[outputs];
            System.arraycopy(modes[0], j * outputs, mr, 0, outputs);
            System.arraycopy(modes[1], j * outputs, mi, 0, outputs);
            list.add(new Eigenpair(j, e.re[j], e.im[j], e.vr[j], e.vi[j], mr, mi, dt));
        }
        return new KoopmanSpectrum(list, dt);
    }

    /** @return the number of eigenpairs (the dictionary size F). */
    public int size() {
        return pairs.size();
    }

    /**
     * @param j index, 0 = largest modulus
     * @return the eigenpair
     */
    public Eigenpair get(int j) {
        return pairs.get(j);
    }

    /** @return all eigenpairs, by decreasing |μ| (unmodifiable). */
    public List<Eigenpair> eigenpairs() {
        return pairs;
    }

    /** @return the sampling step Δt the discrete eigenvalues refer to. */
    public double step() {
        return dt;
    }

    /** @return the discrete eigenvalues as {re[], im[]}. */
    public double[][] eigenvalues() {
        double[][] out = new double[2][pairs.size()];
        for (int j = 0; j < pairs.size(); j++) {
            out[0][j] = pairs.get(j).re();
            out[1][j] = pairs.get(j).im();
        }
        return out;
    }

    /** @return the continuous-time eigenvalues {@code log(μ)/Δt} as {re[], im[]}. */
    public double[][] continuousEigenvalues() {
        double[][] out = new double[2][pairs.size()];
        for (int j = 0; j < pairs.size(); j++) {
            out[0][j] = pairs.get(j).continuousRe();
            out[1][j] = pairs.get(j).continuousIm();
        }
        return out;
    }

    /**
     * Koopman mode expansion {@code x_t = Re Σ_j μ_jᵗ φ_j(x_0) ξ_j}, t = 1 … steps, over the given
     * eigenpairs (Williams, Kevrekidis and Rowley 2015, §2.3). Over all pairs of the spectrum it
     * equals the linear rollout {@code ψ_tᵀ = ψ_0ᵀ Kᵗ} read out by B (up to the conditioning of the
     * eigenvector basis).
     *
     * @param pairs eigenpairs of a spectrum (e.g. from {@link ResDmd#filter})
     * @param psi0 ψ(x₀), length F
     * @param steps number of steps ≥ 1
     * @param outputs leading mode entries returned per step (the state dimension)
     * @return steps × outputs, row-major
     */
    public static double[] expand(List<Eigenpair> pairs, double[] psi0, int steps, int outputs) {
        if (steps < 1) {
            throw new IllegalArgumentException("mode expansion needs at least 1 step, got " + steps);
        }
        int k = pairs.size();
        double[] cr = new double[k];
        double[] ci = new double[k];
        for (int j = 0; j < k; j++) {
            double[] phi = pairs.get(j).eigenfunction(psi0);
            cr[j] = phi[0];
            ci[j] = phi[1];
        }
        double[] out = new double[steps * outputs];
        for (int j = 0; j < k; j++) {
            Eigenpair e = pairs.get(j);
            double mr = e.re();
            double mi = e.im();
            double[] xr = e.modeRe();
            double[] xi = e.modeIm();
            if (xr.length < outputs) {
                throw new IllegalArgumentException("modes have " + xr.length + " entries, " + outputs + " requested");
            }
            double ar = cr[j];
            double ai = ci[j];
            for (int t = 0; t < steps; t++) {
                double r = ar * mr - ai * mi; // c ← μ c
                ai = ar * mi + ai * mr;
                ar = r;
                int o = t * outputs;
                for (int q = 0; q < outputs; q++) {
                    out[o + q] += ar * xr[q] - ai * xi[q];
                }
            }
        }
        return out;
    }

    /** @return the largest |μ|. */
    public double spectralRadius() {
        return pairs.isEmpty() ? 0 : pairs.get(0).modulus();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("KoopmanSpectrum(" + pairs.size() + " eigenpairs, dt=" + dt + ")");
        for (Eigenpair p : pairs) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
