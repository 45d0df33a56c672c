package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A predator–prey system in which the prey's defensive trait α evolves (adaptive dynamics):
 * prey x, predators y, trait α. With {@code W = −a3·y/(1 + b2·x)
 * + a1·α·(1 − k1·x·(−α + α·δ))/(1 + b1·α) − d1·(1 − k2·(−α² + (α·δ)²) + k4·(−α⁴ + (α·δ)⁴))}:
 * {@code dx/dt = x·W}, {@code dy/dt = (−d2 + a2·x/(1 + b2·x))·y},
 * {@code dα/dt = vv·(−a1·k1·x·α·δ/(1 + b1·α) − d1·(−2·k2·α·δ² + 4·k4·α³·δ⁴))}.
 *
 * <p>Gilpin &amp; Feldman (2017). PLOS Comp Biol. Parameters: {@code a1}, {@code a2},
 * {@code a3}, {@code b1}, {@code b2}, {@code d1}, {@code d2}, {@code delta}, {@code k1},
 * {@code k2}, {@code k4}, {@code vv}. The trait α is the third state variable; δ is a parameter.
 */
public final class CoevolvingPredatorPrey extends AbstractFlow {

    private final double a1;
    private final double a2;
    private final double a3;
    private final double b1;
    private final double b2;
    private final double d1;
    private final double d2;
    private final double delta;
    private final double k1;
    private final double k2;
    private final double k4;
    private final double vv;

    /** The co-evolving predator–prey system with the catalog's default parameters and initial condition. */
    public CoevolvingPredatorPrey() {
        this(SystemSpec.defaults("CoevolvingPredatorPrey"));
    }

    private CoevolvingPredatorPrey(SystemSpec spec) {
        super(spec);
        a1 = spec.param("a1");
        a2 = spec.param("a2");
        a3 = spec.param("a3");
        b1 = spec.param("b1");
        b2 = spec.param("b2");
        d1 = spec.param("d1");
        d2 = spec.param("d2");
        delta = spec.param("delta");
        k1 = spec.param("k1");
        k2 = spec.param("k2");
        k4 = spec.param("k4");
        vv = spec.param("vv");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new CoevolvingPredatorPrey(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double al = s[2];
        double ad = al * delta;
        double al2 = al * al;
        double ad2 = ad * ad;
        double fitness = -a3 * y / (1 + b2 * x)
                + a1 * al * (1 - k1 * x * (-al + ad)) / (1 + b1 * al)
                - d1 * (1 - k2 * (-al2 + ad2) + k4 * (-al2 * al2 + ad2 * ad2));
        ds[0] = x * fitness;
        ds[1] = (-d2 + a2 * x / (1 + b2 * x)) * y;
        ds[2] = vv * (-a1 * k1 * x * al * delta / (1 + b1 * al)
                - d1 * (-2 * k2 * al * delta * delta + 4 * k4 * al2 * al * delta * delta * delta * delta));
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double al = s[2];
        double ad = al * delta;
        double al2 = al * al;
        double ad2 = ad * ad;
        double d2sq = delta * delta;
        double d4 = d2sq * d2sq;
        double qx = 1 + b2 * x;
        double qa = 1 + b1 * al;
        double num = al * (1 - k1 * x * (-al + ad));
        double fitness = -a3 * y / qx + a1 * num / qa
                - d1 * (1 - k2 * (-al2 + ad2) + k4 * (-al2 * al2 + ad2 * ad2));
        double fitX = a3 * y * b2 / (qx * qx) + a1 * al * (-k1 * (-al + ad)) / qa;
        double fitY = -a3 / qx;
        double numA = (1 - k1 * x * (-al + ad)) + al * (-k1 * x * (-1 + delta));
        double fitA = a1 * (numA * qa - num * b1) / (qa * qa)
                - d1 * (-k2 * (-2 * al + 2 * al * d2sq) + k4 * (-4 * al2 * al + 4 * al2 * al * d4));
        j[0] = fitness + x * fitX;
        j[1] = x * fitY;
        j[2] = x * fitA;
        j[3] = a2 * y / (qx * qx);
        j[4] = -d2 + a2 * x / qx;
        j[5] = 0;
        j[6] = vv * (-a1 * k1 * al * delta / qa);
        j[7] = 0;
        j[8] = vv * (-a1 * k1 * x * delta / (qa * qa) - d1 * (-2 * k2 * d2sq + 12 * k4 * al2 * d4));
    }
}
