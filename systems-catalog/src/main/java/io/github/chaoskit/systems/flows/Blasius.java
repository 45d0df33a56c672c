package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Blasius–Huppert–Stone food chain of vegetation x, herbivores y and predators z with
 * saturating (Holling type II) predation:
 * {@code dx/dt = a·x − α1·x·y/(1 + k1·x)},
 * {@code dy/dt = −b·y + α1·x·y/(1 + k1·x) − α2·y·z/(1 + k2·y)},
 * {@code dz/dt = −c·(z − zs) + α2·y·z/(1 + k2·y)}.
 *
 * <p>Blasius, Huppert, Stone. Nature 1999. Parameters: {@code a}, {@code alpha1},
 * {@code alpha2}, {@code b}, {@code c}, {@code k1}, {@code k2}, {@code zs}.
 */
public final class Blasius extends AbstractFlow {

    private final double a;
    private final double alpha1;
    private final double alpha2;
    private final double b;
    private final double c;
    private final double k1;
    private final double k2;
    private final double zs;

    /** The Blasius food chain with the catalog's default parameters and initial condition. */
    public Blasius() {
        this(SystemSpec.defaults("Blasius"));
    }

    private Blasius(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        alpha1 = spec.param("alpha1");
        alpha2 = spec.param("alpha2");
        b = spec.param("b");
        c = spec.param("c");
        k1 = spec.param("k1");
        k2 = spec.param("k2");
        zs = spec.param("zs");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Blasius(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double grazing = alpha1 * x * y / (1 + k1 * x);
        double predation = alpha2 * y * z / (1 + k2 * y);
        ds[0] = a * x - grazing;
        ds[1] = -b * y + grazing - predation;
        ds[2] = -c * (z - zs) + predation;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double q1 = 1 + k1 * x;
        double q2 = 1 + k2 * y;
        double gx = alpha1 * y / (q1 * q1);
        double gy = alpha1 * x / q1;
        double py = alpha2 * z / (q2 * q2);
        double pz = alpha2 * y / q2;
        j[0] = a - gx;
        j[1] = -gy;
        j[2] = 0;
        j[3] = gx;
        j[4] = -b + gy - py;
        j[5] = -pz;
        j[6] = 0;
        j[7] = py;
        j[8] = -c + pz;
    }
}
