package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Chirikov standard map on the state (p, x): {@code p' = p + k sin x}, {@code x' = x + p'}
 * (the new momentum moves the angle). It is area-preserving: the Jacobian determinant is 1.
 *
 * <p>Chirikov, B. V. (1979). Research concerning the theory of nonlinear resonance and
 * stochasticity. Parameter: {@code k}. As in dysts, neither variable is reduced mod 2π, so
 * orbits in the chaotic sea drift. The inverse is {@code x = x' − p'},
 * {@code p = p' − k sin x} (dysts has the same formula but cannot call it).
 */
public final class Chirikov extends AbstractMap {

    private final double k;

    /** The standard map with the catalog's default parameter (k = 0.971635). */
    public Chirikov() {
        this(SystemSpec.defaults("Chirikov"));
    }

    private Chirikov(SystemSpec spec) {
        super(spec);
        k = spec.param("k");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Chirikov(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[1];
        double p = s[0] + k * Math.sin(x);
        out[0] = p;
        out[1] = x + p;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double kc = k * Math.cos(s[1]);
        j[0] = 1;
        j[1] = kc;
        j[2] = 1;
        j[3] = 1 + kc;
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    @Override
    public void previous(double[] s, double[] out) {
        double x = s[1] - s[0];
        out[0] = s[0] - k * Math.sin(x);
        out[1] = x;
    }
}
