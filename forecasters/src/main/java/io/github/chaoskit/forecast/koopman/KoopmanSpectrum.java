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
