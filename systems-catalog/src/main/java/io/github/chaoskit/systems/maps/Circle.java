package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The circle map as dysts codes it, {@code θ' = θ + ω + (k/2π)·sin(2πθ)}.
 *
 * <p>The catalog gives no citation. Parameters: {@code k}, {@code omega} (ω). As in dysts, no
 * {@code mod 1} is taken (θ is the lift of the circle map and drifts without bound) and the
 * sine term has a plus sign, where the textbook circle map has {@code θ mod 1} and a minus sign.
 */
public final class Circle extends AbstractMap {

    private static final double TWO_PI = 2 * Math.PI;

    private final double k;
    private final double omega;

    /** The circle map with the catalog's default parameters (k = 5.7, ω = 0.333). */
    public Circle() {
        this(SystemSpec.defaults("Circle"));
    }

    private Circle(SystemSpec spec) {
        super(spec);
        k = spec.param("k");
        omega = spec.param("omega");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Circle(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double th = s[0];
        out[0] = th + omega + (k / TWO_PI) * Math.sin(TWO_PI * th);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = 1 + k * Math.cos(TWO_PI * s[0]);
    }
}
