package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * A three-dimensional quadratic flow whose four-wing attractor appears when two coexisting
 * (bistable) attractors merge:
 * {@code dx/dt = a x + h y + s y z}, {@code dy/dt = −b y − p x + q x z}, {@code dz/dt = c z − r x y}.
 *
 * <p>Li, Chunbiao, et al. (2015). A novel four-wing strange attractor born in bistability.
 * IEICE Electronics Express 12(4). Parameters: {@code a, b, c, h, p, q, r, s}.
 */
public final class Sakarya extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double h;
    private final double p;
    private final double q;
    private final double r;
    private final double s;

    /** The Sakarya system with the catalog's default parameters and initial condition. */
    public Sakarya() {
        this(SystemSpec.defaults("Sakarya"));
    }

    /** Package-private: systems that dysts derives from Sakarya share its equations. */
    Sakarya(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        h = spec.param("h");
        p = spec.param("p");
        q = spec.param("q");
        r = spec.param("r");
        s = spec.param("s");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Sakarya(spec);
    }

    @Override
    public void rhs(double t, double[] st, double[] ds) {
        double x = st[0];
        double y = st[1];
        double z = st[2];
        ds[0] = a * x + h * y + s * y * z;
        ds[1] = -b * y - p * x + q * x * z;
        ds[2] = c * z - r * x * y;
    }

    @Override
    public void jacobian(double t, double[] st, double[] j) {
        double x = st[0];
        double y = st[1];
        double z = st[2];
        j[0] = a;
        j[1] = h + s * z;
        j[2] = s * y;
        j[3] = -p + q * z;
        j[4] = -b;
        j[5] = q * x;
        j[6] = -r * y;
        j[7] = -r * x;
        j[8] = c;
    }
}
