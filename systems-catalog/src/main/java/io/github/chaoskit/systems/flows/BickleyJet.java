package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Bickley jet: a meandering zonal jet between counter-rotating vortices, a steady
 * Hamiltonian flow perturbed by three travelling waves. State {@code (y, x, z)} with y across
 * and x along the jet and z a phase clock; with {@code φ_n = k_n·(x − σ_n·z)}:
 * {@code dy/dt = ℓ·u·sech²(y/ℓ)·Σ ε_n·k_n·sin φ_n},
 * {@code dx/dt = u·sech²(y/ℓ)·(−1 − 2·tanh(y/ℓ)·Σ ε_n·cos φ_n)}, {@code dz/dt = ω}.
 *
 * <p>Hadjighasem, Karrasch, Teramoto, Haller (2016). A spectral clustering approach to
 * Lagrangian vortex detection. Phys Rev E. Parameters: {@code ell}, {@code eps} (vector),
 * {@code k} (vector), {@code omega}, {@code sigma} (vector), {@code u}. As in dysts the first
 * state is y and the velocity field has the opposite overall sign of the usual Bickley-jet stream
 * function (time-reversed flow). Output rows are post-processed to
 * {@code (y, sin(k_min·x), sin(ω·z·k_min·σ_min))}.
 */
public final class BickleyJet extends AbstractFlow {

    private final double ell;
    private final double[] eps;
    private final double[] k;
    private final double omega;
    private final double[] sigma;
    private final double u;
    private final double kMin;
    private final double sigmaMin;

    /** The Bickley jet with the catalog's default parameters and initial condition. */
    public BickleyJet() {
        this(SystemSpec.defaults("BickleyJet"));
    }

    private BickleyJet(SystemSpec spec) {
        super(spec);
        ell = spec.param("ell");
        eps = spec.parameters().vector("eps");
        k = spec.parameters().vector("k");
        omega = spec.param("omega");
        sigma = spec.parameters().vector("sigma");
        u = spec.param("u");
        double km = Double.POSITIVE_INFINITY;
        for (double v : k) {
            km = Math.min(km, v);
        }
        double sm = Double.POSITIVE_INFINITY;
        for (double v : sigma) {
            sm = Math.min(sm, v);
        }
        kMin = km;
        sigmaMin = sm;
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new BickleyJet(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double y = s[0];
        double x = s[1];
        double z = s[2];
        double ch = Math.cosh(y / ell);
        double sech2 = 1.0 / (ch * ch);
        double sumSin = 0;
        double sumCos = 0;
        for (int n = 0; n < k.length; n++) {
            double phase = k[n] * (x - z * sigma[n]);
            sumSin += eps[n] * k[n] * Math.sin(phase);
            sumCos += eps[n] * Math.cos(phase);
        }
        ds[0] = ell * u * sech2 * sumSin;
        ds[1] = u * sech2 * (-1 - 2 * Math.tanh(y / ell) * sumCos);
        ds[2] = omega;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double y = s[0];
        double x = s[1];
        double z = s[2];
        double ch = Math.cosh(y / ell);
        double sech2 = 1.0 / (ch * ch);
        double th = Math.tanh(y / ell);
        double sumSin = 0; // Σ ε k sin φ
        double sumCos = 0; // Σ ε cos φ
        double sumK2Cos = 0; // Σ ε k² cos φ
        double sumK2SigmaCos = 0; // Σ ε k² σ cos φ
        double sumKSigmaSin = 0; // Σ ε k σ sin φ
        for (int n = 0; n < k.length; n++) {
            double phase = k[n] * (x - z * sigma[n]);
            double sn = Math.sin(phase);
            double cn = Math.cos(phase);
            sumSin += eps[n] * k[n] * sn;
            sumCos += eps[n] * cn;
            sumK2Cos += eps[n] * k[n] * k[n] * cn;
            sumK2SigmaCos += eps[n] * k[n] * k[n] * sigma[n] * cn;
            sumKSigmaSin += eps[n] * k[n] * sigma[n] * sn;
        }
        // d sech²(y/ℓ)/dy = −2·sech²·tanh/ℓ, d tanh(y/ℓ)/dy = sech²/ℓ
        j[0] = -2 * u * sech2 * th * sumSin;
        j[1] = ell * u * sech2 * sumK2Cos;
        j[2] = -ell * u * sech2 * sumK2SigmaCos;
        j[3] = u * sech2 / ell * (2 * th + 4 * th * th * sumCos - 2 * sech2 * sumCos);
        j[4] = 2 * u * sech2 * th * sumSin;
        j[5] = -2 * u * sech2 * th * sumKSigmaSin;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double y = state[0];
        double x = state[1];
        double z = state[2];
        out[0] = y;
        out[1] = Math.sin(kMin * x);
        out[2] = Math.sin(omega * z * kMin * sigmaMin);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
