package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Liu–Chen attractor, which dysts codes with the equations of the Sakarya system:
 * {@code dx/dt = a·x + h·y + s·yz}, {@code dy/dt = −b·y − p·x + q·xz}, {@code dz/dt = c·z − r·xy}
 * (with the default h = p = 0 the linear cross terms vanish).
 *
 * <p>Liu, Chen. Int J Bifurcat Chaos. 2004: 1395-1403. Parameters: {@code a}, {@code b},
 * {@code c}, {@code h}, {@code p}, {@code q}, {@code r}, {@code s}.
 */
public final class LiuChen extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double h;
    private final double p;
    private final double q;
    private final double r;
    private final double s;

    /** The LiuChen system with the catalog's default parameters and initial condition. */
    public LiuChen() {
        this(SystemSpec.defaults("LiuChen"));
    }

    private LiuChen(SystemSpec spec) {
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
        return new LiuChen(spec);
    }

    @Override
    public void rhs(double t, double[] v, double[] ds) {
        double x = v[0];
        double y = v[1];
        double z = v[2];
        ds[0] = a * x + h * y + s * y * z;
        ds[1] = -b * y - p * x + q * x * z;
        ds[2] = c * z - r * x * y;
    }

    @Override
    public void jacobian(double t, double[] v, double[] j) {
        double x = v[0];
        double y = v[1];
        double z = v[2];
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
