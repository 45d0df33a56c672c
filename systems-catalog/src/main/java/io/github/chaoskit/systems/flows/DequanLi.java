package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Dequan Li's three-scroll chaotic attractor, related to the unified three-scroll system
 * TSUCS-2: {@code dx/dt = a·y − a·x + d·x·z}, {@code dy/dt = k·x + f·y − x·z},
 * {@code dz/dt = c·z + x·y − ε·x²}.
 *
 * <p>Li, Phys Lett A (2008): 387–393. Parameters: {@code a}, {@code c}, {@code d}, {@code eps},
 * {@code f}, {@code k}.
 */
public final class DequanLi extends AbstractFlow {

    private final double a;
    private final double c;
    private final double d;
    private final double eps;
    private final double f;
    private final double k;

    /** The Dequan Li system with the catalog's default parameters and initial condition. */
    public DequanLi() {
        this(SystemSpec.defaults("DequanLi"));
    }

    /** Package-private: systems that dysts derives from DequanLi share its equations. */
    DequanLi(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        c = spec.param("c");
        d = spec.param("d");
        eps = spec.param("eps");
        f = spec.param("f");
        k = spec.param("k");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new DequanLi(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = a * y - a * x + d * x * z;
        ds[1] = k * x + f * y - x * z;
        ds[2] = c * z + x * y - eps * x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = -a + d * z;
        j[1] = a;
        j[2] = d * x;
        j[3] = k - z;
        j[4] = f;
        j[5] = -x;
        j[6] = y - 2 * eps * x;
        j[7] = x;
        j[8] = c;
    }
}
