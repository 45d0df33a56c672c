package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Colpitts oscillator, a transistor circuit used as a signal generator, in a piecewise-linear
 * normalised form. With {@code u = z − (e − 1)} and {@code F = −u·(1 − H(u))} (i.e.
 * {@code max(0, e − 1 − z)}; H is the Heaviside step with H(0) = 0):
 * {@code dx/dt = y − a·F}, {@code dy/dt = c − x − b·y − z}, {@code dz/dt = y − d·z}.
 *
 * <p>Kennedy (1994). IEEE Trans Circuits &amp; Systems: 771–774; Li, Zhou, Yang. Chaos, Solitons,
 * &amp; Fractals. Parameters: {@code a}, {@code b}, {@code c}, {@code d}, {@code e}. The
 * Jacobian uses the derivative of F away from its kink at z = e − 1.
 */
public final class Colpitts extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double e;

    /** The Colpitts oscillator with the catalog's default parameters and initial condition. */
    public Colpitts() {
        this(SystemSpec.defaults("Colpitts"));
    }

    private Colpitts(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        e = spec.param("e");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Colpitts(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double u = z - (e - 1);
        double f = -u * (1 - (u > 0 ? 1.0 : 0.0));
        ds[0] = y - a * f;
        ds[1] = c - x - b * y - z;
        ds[2] = y - d * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double u = s[2] - (e - 1);
        double below = 1 - (u > 0 ? 1.0 : 0.0);
        j[0] = 0;
        j[1] = 1;
        j[2] = a * below;
        j[3] = -1;
        j[4] = -b;
        j[5] = -1;
        j[6] = 0;
        j[7] = 1;
        j[8] = -d;
    }
}
