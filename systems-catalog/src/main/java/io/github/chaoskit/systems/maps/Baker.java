package io.github.chaoskit.systems.maps;

import io.github.chaoskit.systems.AbstractMap;
import io.github.chaoskit.systems.DiscreteMap;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The baker's map as dysts codes it: with {@code s = 2 − 1e-10} and {@code k = ⌊s x⌋},
 * {@code x' = s x − k}, {@code y' = (a y + k)/2} — stretch in x, fold, and stack in y.
 *
 * <p>The catalog gives no citation. Parameter: {@code a}. The factor {@code s} is hard-coded just
 * below 2 in dysts so that the binary shift does not collapse to 0 in floating point; ⌊·⌋ is the
 * true floor (Python {@code //}). The Jacobian {@code diag(s, a/2)} holds away from the cuts.
 *
 * <p>Inverse: dysts's inverse (flagged "Bug here" in its source) is not an inverse. Here it is
 * derived afresh: on the strip {@code 0 ≤ a y < 1} — which for {@code 0 < a ≤ 1} contains the
 * invariant unit square and hence the attractor — the fold index is recovered from
 * {@code k = ⌊2 y'⌋}, then {@code x = (x' + k)/s} and {@code y = (2 y' − k)/a}.
 */
public final class Baker extends AbstractMap {

    /** Stretching factor, hard-coded slightly below 2 in dysts. */
    private static final double STRETCH = 2 - 1e-10;

    private final double a;

    /** The baker's map with the catalog's default parameter (a = 1). */
    public Baker() {
        this(SystemSpec.defaults("Baker"));
    }

    private Baker(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
    }

    @Override
    protected DiscreteMap create(SystemSpec spec) {
        return new Baker(spec);
    }

    @Override
    public void next(double[] s, double[] out) {
        double sx = STRETCH * s[0];
        double k = Math.floor(sx);
        out[0] = sx - k;
        out[1] = (a * s[1] + k) / 2;
    }

    @Override
    public void jacobian(double[] s, double[] j) {
        j[0] = STRETCH;
        j[1] = 0;
        j[2] = 0;
        j[3] = a / 2;
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Exact on the strip {@code 0 ≤ a y < 1} of the preimage (see the class description).
     */
    @Override
    public void previous(double[] s, double[] out) {
        double y2 = 2 * s[1];
        double k = Math.floor(y2);
        out[0] = (s[0] + k) / STRETCH;
        out[1] = (y2 - k) / a;
    }
}
