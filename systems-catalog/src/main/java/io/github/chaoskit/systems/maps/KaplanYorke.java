package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Kaplan–Yorke map {@code x' = mod(2x, 0.99999995)}, {@code y' = α y + cos(4πx)}.
 *
 * <p>Kaplan, J. L. and Yorke, J. A. (1979). Functional differential equations and approximations
 * of fixed points. Parameter: {@code alpha} (α). As in dysts the modulus is 0.99999995 rather than
 * 1 (which keeps the doubling map from collapsing to 0 in binary floating point); mod is the
 * floored modulo (Python {@code %}), not Java's {@code %}.
 */
public final class KaplanYorke extends AbstractMap {

    /** Modulus of the doubling map, hard-coded in dysts. */
    private static final double MODULUS = 0.99999995;
    private static final double FOUR_PI = 4 * Math.PI;

    private final double alpha;

    /** The Kaplan–Yorke map with the catalog's default parameter (α = 0.2). */
    public KaplanYorke() {
        this(SystemSpec.defaults("KaplanYorke"));
    }

    private KaplanYorke(SystemSpec spec) {
        super(spec);
        alpha = spec.param("alpha");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new KaplanYorke(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double u = 2 * x;
        out[0] = u - MODULUS * Math.floor(u / MODULUS);
        out[1] = alpha * s[1] + Math.cos(FOUR_PI * x);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = 2;
        j[1] = 0;
        j[2] = -FOUR_PI * Math.sin(FOUR_PI * s[0]);
        j[3] = alpha;
    }
}
