package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Ikeda map {@code x' = 1 + u (x cos φ − y sin φ)}, {@code y' = u (x sin φ + y cos φ)} with
 * {@code φ = 0.4 − 6/(1 + x² + y²)}: a contraction by {@code u} composed with a state-dependent
 * rotation, so its Jacobian determinant is {@code u²}.
 *
 * <p>The catalog gives no citation. Parameter: {@code u}. The constants 0.4 and 6 are fixed
 * inside the dysts equations.
 */
public final class Ikeda extends AbstractMap {

    /** Phase offset hard-coded in the dysts map. */
    private static final double PHASE_OFFSET = 0.4;
    /** Phase amplitude hard-coded in the dysts map. */
    private static final double PHASE_AMPLITUDE = 6.0;

    private final double u;

    /** The Ikeda map with the catalog's default parameter (u = 0.9). */
    public Ikeda() {
        this(SystemSpec.defaults("Ikeda"));
    }

    private Ikeda(SystemSpec spec) {
        super(spec);
        u = spec.param("u");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Ikeda(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double x = s[0];
        double y = s[1];
        double phi = PHASE_OFFSET - PHASE_AMPLITUDE / (1 + x * x + y * y);
        double c = Math.cos(phi);
        double sn = Math.sin(phi);
        out[0] = 1 + u * (x * c - y * sn);
        out[1] = u * (x * sn + y * c);
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double w = 1 + x * x + y * y;
        double phi = PHASE_OFFSET - PHASE_AMPLITUDE / w;
        double c = Math.cos(phi);
        double sn = Math.sin(phi);
        double g = 2 * PHASE_AMPLITUDE / (w * w);
        double phiX = g * x;
        double phiY = g * y;
        double rx = x * c - y * sn;
        double ry = x * sn + y * c;
        j[0] = u * (c - ry * phiX);
        j[1] = u * (-sn - ry * phiY);
        j[2] = u * (sn + rx * phiX);
        j[3] = u * (c + rx * phiY);
    }
}
