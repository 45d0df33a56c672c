package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The periodically forced Brusselator, an autocatalytic chemical oscillator:
 * {@code dx/dt = a + x²y − (b + 1)x + f cos z}, {@code dy/dt = bx − x²y}, {@code dz/dt = w},
 * the forcing phase {@code z} being the last state component. Output rows are
 * {@code (x, y, sin z)} (as in dysts, the forcing uses cos z but the output shows sin z).
 *
 * <p>I. Prigogine, From Being to Becoming: Time and Complexity in the Physical Sciences,
 * New York: W.H. Freeman and Company, 1980. Parameters: {@code a}, {@code b}, {@code f}, {@code w}.
 */
public final class ForcedBrusselator extends AbstractFlow {

    private final double a;
    private final double b;
    private final double f;
    private final double w;

    /** The forced Brusselator with the catalog's default parameters and initial condition. */
    public ForcedBrusselator() {
        this(SystemSpec.defaults("ForcedBrusselator"));
    }

    private ForcedBrusselator(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        b = spec.param("b");
        f = spec.param("f");
        w = spec.param("w");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new ForcedBrusselator(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double x2y = x * x * y;
        ds[0] = a + x2y - (b + 1) * x + f * Math.cos(z);
        ds[1] = b * x - x2y;
        ds[2] = w;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        j[0] = 2 * x * y - (b + 1);
        j[1] = x * x;
        j[2] = -f * Math.sin(z);
        j[3] = b - 2 * x * y;
        j[4] = -x * x;
        j[5] = 0;
        j[6] = 0;
        j[7] = 0;
        j[8] = 0;
    }

    @Override
    public void postprocess(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        out[0] = x;
        out[1] = y;
        out[2] = Math.sin(z);
    }

    @Override
    public boolean hasPostprocessing() {
        return true;
    }
}
