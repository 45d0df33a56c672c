package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A rescaled Hindmarsh–Rose neuron model showing spiking and bursting, with a fast variable
 * {@code x} (time scale {@code tx}) and a slow adaptation variable {@code z} (time scale
 * {@code tz}): {@code dx/dt = −x + (y − ax³ + bx² + z)/tx}, {@code dy/dt = −ax³ − (d − b)x² + z},
 * {@code dz/dt = (c − sx − z)/tz}.
 *
 * <p>Marhl, Perc. Chaos, Solitons, Fractals 2005. This is dysts's non-standard form: the
 * {@code −x} in {@code dx/dt} is not divided by {@code tx}. Parameters: {@code a}, {@code b},
 * {@code c}, {@code d}, {@code s}, {@code tx}, {@code tz}.
 */
public final class HindmarshRose extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double s;
    private final double tx;
    private final double tz;

    /** The Hindmarsh–Rose model with the catalog's default parameters and initial condition. */
    public HindmarshRose() {
        this(SystemSpec.defaults("HindmarshRose"));
    }

    private HindmarshRose(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
        s = spec.param("s");
        tx = spec.param("tx");
        tz = spec.param("tz");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HindmarshRose(spec);
    }

    @Override
    public void rhs(double t, double[] st, double[] ds) {
        double x = st[0];
        double y = st[1];
        double z = st[2];
        double x2 = x * x;
        double x3 = x2 * x;
        ds[0] = -x + y / tx - a * x3 / tx + b * x2 / tx + z / tx;
        ds[1] = -a * x3 - (d - b) * x2 + z;
        ds[2] = -s * x / tz - z / tz + c / tz;
    }

    @Override
    public void jacobian(double t, double[] st, double[] j) {
        double x = st[0];
        double x2 = x * x;
        j[0] = -1 - 3 * a * x2 / tx + 2 * b * x / tx;
        j[1] = 1 / tx;
        j[2] = 1 / tx;
        j[3] = -3 * a * x2 - 2 * (d - b) * x;
        j[4] = 0;
        j[5] = 1;
        j[6] = -s / tz;
        j[7] = 0;
        j[8] = -1 / tz;
    }
}
