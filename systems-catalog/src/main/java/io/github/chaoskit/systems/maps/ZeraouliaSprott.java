package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Zeraoulia–Sprott rational map {@code x' = −a x/(1 + y²)}, {@code y' = x + b y}.
 *
 * <p>By its name and form the rational map of Zeraoulia, E. and Sprott, J. C. (2008), "A
 * two-dimensional discrete mapping with C∞ multifold chaotic attractors" (the catalog's citation
 * field is empty, and the form was not checked against the paper). Parameters: {@code a}, {@code b}.
 * dysts has this map only as commented-out code; the equations follow that code. dysts's
 * metadata copies the de Jong map's parameters (a = 1.641, b = 1.902), under which {@code y}
 * grows geometrically and no attractor exists; chaoskit's defaults are a = 2.7, b = 0.35 with an
 * initial condition on the resulting (quasi-periodic, λ₁ ≈ 0) attractor — see the metadata notes.
 */
public final class ZeraouliaSprott extends AbstractMap {

    private final double a;
    private final double b;

    /** The Zeraoulia–Sprott map with the catalog's default parameters (a = 2.7, b = 0.35). */
    public ZeraouliaSprott() {
        this(SystemSpec.defaults("ZeraouliaSprott"));
    }

    private ZeraouliaSprott(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new ZeraouliaSprott(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        out[0] = -a * x / (1 + y * y);
        out[1] = x + b * y;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double w = 1 + y * y;
        j[0] = -a / w;
        j[1] = 2 * a * x * y / (w * w);
        j[2] = 1;
        j[3] = b;
    }
}
