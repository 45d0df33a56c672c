package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Arneodo–Coullet–Tresser (ACT) system, a cubic jerk equation arising from a modified Lotka–Volterra
 * ecosystem: {@code dx/dt = y}, {@code dy/dt = z}, {@code dz/dt = −a·x − b·y − c·z + d·x³}.
 *
 * <p>Arneodo, A., Coullet, P. &amp; Tresser, C. (1980). Occurrence of strange attractors in three-dimensional
 * Volterra equations. Physics Letters A 79, 259–263. Parameters: {@code a}, {@code b}, {@code c}, {@code d}.
 */
public final class Arneodo extends AbstractFlow {

    private final double a;
    private final double b;
    private final double c;
    private final double d;

    /** Arneodo with the catalog's default parameters and initial condition. */
    public Arneodo() {
        this(SystemSpec.defaults("Arneodo"));
    }

    /** Package-private: systems that dysts derives from Arneodo share its equations. */
    Arneodo(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        c = spec.param("c");
        d = spec.param("d");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Arneodo(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        ds[0] = y;
        ds[1] = z;
        ds[2] = -a * x - b * y - c * z + d * x * x * x;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        j[0] = 0;
        j[1] = 1;
        j[2] = 0;
        j[3] = 0;
        j[4] = 0;
        j[5] = 1;
        j[6] = -a + 3 * d * x * x;
        j[7] = -b;
        j[8] = -c;
    }
}
