package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The Györgyi–Field three-variable reduction of the Belousov–Zhabotinsky reaction, with state
 * {@code (x, z, v)}. With {@code ȳ = (1/y0)·yb1·z·v/(yb2·x + yb3 + kf)}, {@code xc = max(0, x)}
 * and {@code rf = (ci − z0·z)·√xc}:
 * {@code dx/dt = t0·(c1·xc·ȳ + c2·ȳ + c3·xc² + c4·rf + c5·xc·z − kf·xc)},
 * {@code dz/dt = t0·((c6/z0)·rf + c7·xc·z + c8·z·v + c9·z − kf·z)},
 * {@code dv/dt = t0·(c10·xc·ȳ + c11·ȳ + c12·xc² + c13·z·v − kf·v)}.
 *
 * <p>Györgyi and Field (1992). A three-variable model of deterministic chaos in the
 * Belousov–Zhabotinsky reaction. Nature. Parameters: {@code c1} … {@code c13}, {@code ci},
 * {@code kf} (flow rate, the bifurcation parameter), {@code t0}, {@code y0}, {@code yb1},
 * {@code yb2}, {@code yb3}, {@code z0}. As in dysts, ȳ uses the unclipped x while every other
 * occurrence of x is clipped at zero. The system is stiff.
 */
public final class BelousovZhabotinsky extends AbstractFlow {

    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double c5;
    private final double c6;
    private final double c7;
    private final double c8;
    private final double c9;
    private final double c10;
    private final double c11;
    private final double c12;
    private final double c13;
    private final double ci;
    private final double kf;
    private final double t0;
    private final double y0;
    private final double yb1;
    private final double yb2;
    private final double yb3;
    private final double z0;

    /** The Györgyi–Field model with the catalog's default parameters and initial condition. */
    public BelousovZhabotinsky() {
        this(SystemSpec.defaults("BelousovZhabotinsky"));
    }

    private BelousovZhabotinsky(SystemSpec spec) {
        super(spec);
        c1 = spec.param("c1");
        c2 = spec.param("c2");
        c3 = spec.param("c3");
        c4 = spec.param("c4");
        c5 = spec.param("c5");
        c6 = spec.param("c6");
        c7 = spec.param("c7");
        c8 = spec.param("c8");
        c9 = spec.param("c9");
        c10 = spec.param("c10");
        c11 = spec.param("c11");
        c12 = spec.param("c12");
        c13 = spec.param("c13");
        ci = spec.param("ci");
        kf = spec.param("kf");
        t0 = spec.param("t0");
        y0 = spec.param("y0");
        yb1 = spec.param("yb1");
        yb2 = spec.param("yb2");
        yb3 = spec.param("yb3");
        z0 = spec.param("z0");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new BelousovZhabotinsky(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double z = s[1];
        double v = s[2];
        double ybar = (1.0 / y0) * yb1 * z * v / (yb2 * x + yb3 + kf);
        double xc = Math.max(0.0, x);
        double rf = (ci - z0 * z) * Math.sqrt(xc);
        ds[0] = t0 * (c1 * xc * ybar + c2 * ybar + c3 * xc * xc + c4 * rf + c5 * xc * z - kf * xc);
        ds[1] = t0 * ((c6 / z0) * rf + c7 * xc * z + c8 * z * v + c9 * z - kf * z);
        ds[2] = t0 * (c10 * xc * ybar + c11 * ybar + c12 * xc * xc + c13 * z * v - kf * v);
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double z = s[1];
        double v = s[2];
        double den = yb2 * x + yb3 + kf;
        double ybar = (1.0 / y0) * yb1 * z * v / den;
        double ybarX = -ybar * yb2 / den;
        double ybarZ = yb1 * v / (y0 * den);
        double ybarV = yb1 * z / (y0 * den);
        double h = x > 0 ? 1.0 : 0.0;
        double xc = Math.max(0.0, x);
        double sq = Math.sqrt(xc);
        // d√xc/dx = 1/(2√x) for x > 0, 0 for x ≤ 0 (derivative away from the clipping kink)
        double sqX = x > 0 ? 0.5 / sq : 0.0;
        double rfX = (ci - z0 * z) * sqX;
        double rfZ = -z0 * sq;
        j[0] = t0 * (c1 * (h * ybar + xc * ybarX) + c2 * ybarX + 2 * c3 * xc * h + c4 * rfX + c5 * h * z
                - kf * h);
        j[1] = t0 * (c1 * xc * ybarZ + c2 * ybarZ + c4 * rfZ + c5 * xc);
        j[2] = t0 * (c1 * xc * ybarV + c2 * ybarV);
        j[3] = t0 * ((c6 / z0) * rfX + c7 * h * z);
        j[4] = t0 * ((c6 / z0) * rfZ + c7 * xc + c8 * v + c9 - kf);
        j[5] = t0 * (c8 * z);
        j[6] = t0 * (c10 * (h * ybar + xc * ybarX) + c11 * ybarX + 2 * c12 * xc * h);
        j[7] = t0 * (c10 * xc * ybarZ + c11 * ybarZ + c13 * v);
        j[8] = t0 * (c10 * xc * ybarV + c11 * ybarV + c13 * z - kf);
    }
}
