package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Lorenz–Stenflo system for low-frequency acoustic-gravity waves in a rotating atmosphere, a
 * four-dimensional extension of Lorenz's equations: {@code dx/dt = a(y − x) + d·w},
 * {@code dy/dt = c·x − xz − y}, {@code dz/dt = xy − b·z}, {@code dw/dt = −x − a·w}.
 *
 * <p>Letellier & Rossler (2007). Hyperchaos. Scholarpedia 2.8 (2007): 1936. Parameters:
 * {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class LorenzStenflo extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** The LorenzStenflo system with the catalog's default parameters and initial condition. */
    public LorenzStenflo() {
        this(SystemSpec.defaults("LorenzStenflo"));
    }

    private LorenzStenflo(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new LorenzStenflo(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        ds[0] = a * y - a * x + d * w;
        ds[1] = c * x - x * z - y;
        ds[2] = x * y - b * z;
        ds[3] = -x - a * w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a;
        j[1] = a;
        j[2] = 0;
        j[3] = d;
        j[4] = c - z;
        j[5] = -1;
        j[6] = -x;
        j[7] = 0;
        j[8] = y;
        j[9] = x;
        j[10] = -b;
        j[11] = 0;
        j[12] = -1;
        j[13] = 0;
        j[14] = 0;
        j[15] = -a;
    }
}
