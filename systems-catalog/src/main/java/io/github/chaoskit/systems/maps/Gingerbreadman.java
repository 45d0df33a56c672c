package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The gingerbreadman map {@code x' = 1 − y + |x|}, {@code y' = x}, a piecewise-linear,
 * area-preserving map without parameters.
 *
 * <p>The catalog gives no citation. The Jacobian uses {@code d|x|/dx = sgn(x)} away from the kink.
 */
public final class Gingerbreadman extends AbstractMap {

    /** The gingerbreadman map (it has no parameters). */
    public Gingerbreadman() {
        this(SystemSpec.defaults("Gingerbreadman"));
    }

    private Gingerbreadman(SystemSpec spec) {
        super(spec);
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Gingerbreadman(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        out[0] = 1 - s[1] + Math.abs(x);
        out[1] = x;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = Math.signum(s[0]);
        j[1] = -1;
        j[2] = 1;
        j[3] = 0;
    }
}
