package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Chebyshev map {@code x' = cos(a·arccos x)}, defined on [−1, 1]; for integer {@code a} it is
 * the Chebyshev polynomial {@code T_a}.
 *
 * <p>The catalog gives no citation. Parameter: {@code a}.
 */
public final class Chebyshev extends AbstractMap {

    private final double a;

    /** The Chebyshev map with the catalog's default parameter (a = 6). */
    public Chebyshev() {
        this(SystemSpec.defaults("Chebyshev"));
    }

    private Chebyshev(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Chebyshev(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        out[0] = Math.cos(a * Math.acos(s[0]));
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        j[0] = a * Math.sin(a * Math.acos(x)) / Math.sqrt(1 - x * x);
    }
}
