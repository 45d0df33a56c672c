package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Hénon–Heiles system, a star moving in an axisymmetric galactic potential; Hamilton's
 * equations of {@code H = (px² + py²)/2 + (x² + y²)/2 + λ(x²y − y³/3)}:
 * {@code dx/dt = px}, {@code dy/dt = py}, {@code dpx/dt = −x − 2λxy},
 * {@code dpy/dt = −y − λx² + λy²}.
 *
 * <p>Henon, M.; Heiles, C. (1964). The applicability of the third integral of motion: Some
 * numerical experiments. The Astronomical Journal. 69: 73. Parameter: {@code lam} (λ).
 */
public final class HenonHeiles extends AbstractFlow {

    private final double lam;

    /** The Hénon–Heiles system with the catalog's default parameters and initial condition. */
    public HenonHeiles() {
        this(SystemSpec.defaults("HenonHeiles"));
    }

    private HenonHeiles(SystemSpec spec) {
        super(spec);
        lam = spec.param("lam");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new HenonHeiles(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double px = s[2];
        double py = s[3];
        ds[0] = px;
        ds[1] = py;
        ds[2] = -x - 2 * lam * x * y;
        ds[3] = -y - lam * x * x + lam * y * y;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        j[0] = 0;
        j[1] = 0;
        j[2] = 1;
        j[3] = 0;
        j[4] = 0;
        j[5] = 0;
        j[6] = 0;
        j[7] = 1;
        j[8] = -1 - 2 * lam * y;
        j[9] = -2 * lam * x;
        j[10] = 0;
        j[11] = 0;
        j[12] = -2 * lam * x;
        j[13] = -1 + 2 * lam * y;
        j[14] = 0;
        j[15] = 0;
    }
}
