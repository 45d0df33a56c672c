package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A seasonally forced food web of voles n and weasels p (Turchin–Hanski), with the season phase z
 * as third state:
 * {@code dn/dt = r (1 − e sin z) n − r n² − g n²/(n² + h²) − a n p/(n + d)},
 * {@code dp/dt = s (1 − e sin z) p − s p²/n}, {@code dz/dt = 2π λ}.
 * Output rows are {@code (n, p, sin z)}.
 *
 * <p>Turchin, Hanski. The American Naturalist (1997); Turchin, Hanski. Ecology (2000).
 * Parameters: {@code a, d, e} (seasonality amplitude), {@code g, h, lamb} (λ), {@code r, s}.
 * The growth rate r is larger than in the paper (as in dysts) to sustain chaos. Singular at
 * {@code n = 0}.
 */
public final class TurchinHanski extends AbstractFlow {

    private final double a;
    private final double d;
    private final double e;
    private final double g;
    private final double h;
    private final double lamb;
    private final double r;
    private final double s;

    /** The TurchinHanski system with the catalog's default parameters and initial condition. */
    public TurchinHanski() {
        this(SystemSpec.defaults("TurchinHanski"));
    }

    private TurchinHanski(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        d = spec.param("d");
        e = spec.param("e");
        g = spec.param("g");
        h = spec.param("h");
        lamb = spec.param("lamb");
        r = spec.param("r");
        s = spec.param("s");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new TurchinHanski(spec);
    }

    @Override
    public void rhs(double t, double[] st, double[] ds) {
        double n = st[0];
        double p = st[1];
        double z = st[2];
        double season = 1 - e * Math.sin(z);
        double n2 = n * n;
        ds[0] = r * season * n - r * n2 - g * n2 / (n2 + h * h) - a * n * p / (n + d);
        ds[1] = s * season * p - s * p * p / n;
        ds[2] = 2 * Math.PI * lamb;
    }

    @Override
    public void jacobian(double t, double[] st, double[] j) {
        double n = st[0];
        double p = st[1];
        double z = st[2];
        double season = 1 - e * Math.sin(z);
        double cos = Math.cos(z);
        double h2 = h * h;
        double q = n * n + h2;
        double nd = n + d;
        j[0] = r * season - 2 * r * n - 2 * g * n * h2 / (q * q) - a * p * d / (nd * nd);
        j[1] = -a * n / nd;
        j[2] = -r * e * cos * n;
        j[3] = s * p * p / (n * n);
        j[4] = s * season - 2 * s * p / n;
        j[5] = -s * e * cos * p;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double n = state[0];
        double p = state[1];
        double z = state[2];
        out[0] = n;
        out[1] = p;
        out[2] = Math.sin(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
