package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * Maynard Smith's population map {@code x' = y}, {@code y' = a y + b − x²}.
 *
 * <p>The catalog gives no citation. Parameters: {@code a}, {@code b}.
 */
public final class MaynardSmith extends AbstractMap {

    private final double a;
    private final double b;

    /** The Maynard Smith map with the catalog's default parameters (a = 0.87, b = 0.75). */
    public MaynardSmith() {
        this(SystemSpec.defaults("MaynardSmith"));
    }

    private MaynardSmith(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new MaynardSmith(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = y;
        out[1] = a * y + b - x * x;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = 0;
        j[1] = 1;
        j[2] = -2 * s[0];
        j[3] = a;
    }
}
