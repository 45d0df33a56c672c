package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Leloup–Gonze–Goldbeter model of the Drosophila circadian clock under a periodic
 * light/dark cycle: per mRNA m, cytosolic protein fc, a second cytosolic pool fs, nuclear protein
 * fn, and the forcing phase θ. With {@code vs = vc·((½ + ½·cos θ) + vmin)·(vmax − vmin)}:
 * {@code dm/dt = vs·Ki^n/(Ki^n + fn^n) − vm·m/(km + m)},
 * {@code dfc/dt = ks·m − k1·fc + k2·fn − k·fc}, {@code dfs/dt = k·fc − vd·fs/(kd + fs)},
 * {@code dfn/dt = k1·fc − k2·fn − vdn·fn/(kdn + fn)}, {@code dθ/dt = 2π/ps}.
 *
 * <p>Leloup, Gonze, Goldbeter (1999); Gonze, Leloup, Goldbeter (2000). Parameters: {@code Ki},
 * {@code k}, {@code k1}, {@code k2}, {@code kd}, {@code kdn}, {@code km}, {@code ks}, {@code n},
 * {@code ps}, {@code vc}, {@code vd}, {@code vdn}, {@code vm}, {@code vmax}, {@code vmin}. The
 * grouping of the light-modulated rate vs is dysts's (the published model presumably means
 * {@code vc·(vmin + (vmax − vmin)·(½ + ½·cos θ))}); kept as in dysts. Output rows are
 * post-processed to {@code (m, fc, fs, fn, cos θ)}.
 */
public final class CircadianRhythm extends AbstractFlow {

    private final double bigKi;
    private final double k;
    private final double k1;
    private final double k2;
    private final double kd;
    private final double kdn;
    private final double km;
    private final double ks;
    private final double n;
    private final double ps;
    private final double vc;
    private final double vd;
    private final double vdn;
    private final double vm;
    private final double vmax;
    private final double vmin;

    /** The circadian clock model with the catalog's default parameters and initial condition. */
    public CircadianRhythm() {
        this(SystemSpec.defaults("CircadianRhythm"));
    }

    private CircadianRhythm(SystemSpec spec) {
        super(spec);
        bigKi = spec.param("Ki");
        k = spec.param("k");
        k1 = spec.param("k1");
        k2 = spec.param("k2");
        kd = spec.param("kd");
        kdn = spec.param("kdn");
        km = spec.param("km");
        ks = spec.param("ks");
        n = spec.param("n");
        ps = spec.param("ps");
        vc = spec.param("vc");
        vd = spec.param("vd");
        vdn = spec.param("vdn");
        vm = spec.param("vm");
        vmax = spec.param("vmax");
        vmin = spec.param("vmin");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new CircadianRhythm(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double m = s[0];
        double fc = s[1];
        double fs = s[2];
        double fn = s[3];
        double th = s[4];
        double vs = vc * ((0.5 + 0.5 * Math.cos(th)) + vmin) * (vmax - vmin);
        double kin = Math.pow(bigKi, n);
        ds[0] = vs * kin / (kin + Math.pow(fn, n)) - vm * m / (km + m);
        ds[1] = ks * m - k1 * fc + k2 * fn - k * fc;
        ds[2] = k * fc - vd * fs / (kd + fs);
        ds[3] = k1 * fc - k2 * fn - vdn * fn / (kdn + fn);
        ds[4] = 2 * Math.PI / ps;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double m = s[0];
        double fs = s[2];
        double fn = s[3];
        double th = s[4];
        double vs = vc * ((0.5 + 0.5 * Math.cos(th)) + vmin) * (vmax - vmin);
        double kin = Math.pow(bigKi, n);
        double den = kin + Math.pow(fn, n);
        double repression = kin / den;
        for (int i = 0; i < 25; i++) {
            j[i] = 0;
        }
        j[0] = -vm * km / ((km + m) * (km + m));
        j[3] = -vs * kin * n * Math.pow(fn, n - 1) / (den * den);
        j[4] = -0.5 * vc * Math.sin(th) * (vmax - vmin) * repression;
        j[5] = ks;
        j[6] = -k1 - k;
        j[8] = k2;
        j[11] = k;
        j[12] = -vd * kd / ((kd + fs) * (kd + fs));
        j[16] = k1;
        j[18] = -k2 - vdn * kdn / ((kdn + fn) * (kdn + fn));
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double m = state[0];
        double fc = state[1];
        double fs = state[2];
        double fn = state[3];
        double th = state[4];
        out[0] = m;
        out[1] = fc;
        out[2] = fs;
        out[3] = fn;
        out[4] = Math.cos(th);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
