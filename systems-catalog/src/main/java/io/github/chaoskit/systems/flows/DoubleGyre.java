package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * The time-periodic double-gyre flow, a standard example of Lagrangian coherent structures:
 * two counter-rotating gyres whose separatrix oscillates. With {@code A = ε·sin z},
 * {@code B = 1 − 2ε·sin z} and {@code f = A·x² + B·x}:
 * {@code dx/dt = −απ·sin(πf)·cos(πy)}, {@code dy/dt = απ·cos(πf)·sin(πy)·(2A·x + B)},
 * {@code dz/dt = ω}, where z is the forcing phase.
 *
 * <p>Shadden, Lekien, Marsden (2005). Definition and properties of Lagrangian coherent
 * structures from finite-time Lyapunov exponents in two-dimensional aperiodic flows. Physica D.
 * Parameters: {@code alpha}, {@code eps}, {@code omega}. Output rows are post-processed to
 * {@code (x, y, sin z)}.
 */
public final class DoubleGyre extends AbstractFlow {

    private final double alpha;
    private final double eps;
    private final double omega;

    /** The double gyre with the catalog's default parameters and initial condition. */
    public DoubleGyre() {
        this(SystemSpec.defaults("DoubleGyre"));
    }

    private DoubleGyre(SystemSpec spec) {
        super(spec);
        alpha = spec.param("alpha");
        eps = spec.param("eps");
        omega = spec.param("omega");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new DoubleGyre(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double sz = Math.sin(z);
        double aa = eps * sz;
        double bb = 1 - 2 * eps * sz;
        double f = aa * x * x + bb * x;
        ds[0] = -alpha * Math.PI * Math.sin(Math.PI * f) * Math.cos(Math.PI * y);
        ds[1] = alpha * Math.PI * Math.cos(Math.PI * f) * Math.sin(Math.PI * y) * (2 * aa * x + bb);
        ds[2] = omega;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double sz = Math.sin(z);
        double cz = Math.cos(z);
        double aa = eps * sz;
        double bb = 1 - 2 * eps * sz;
        double f = aa * x * x + bb * x;
        double fx = 2 * aa * x + bb;
        double fz = eps * cz * (x * x - 2 * x);
        double gz = 2 * eps * cz * (x - 1); // ∂(2A·x + B)/∂z
        double sf = Math.sin(Math.PI * f);
        double cf = Math.cos(Math.PI * f);
        double sy = Math.sin(Math.PI * y);
        double cy = Math.cos(Math.PI * y);
        double ap = alpha * Math.PI;
        j[0] = -ap * Math.PI * cf * fx * cy;
        j[1] = ap * Math.PI * sf * sy;
        j[2] = -ap * Math.PI * cf * fz * cy;
        j[3] = ap * sy * (-Math.PI * sf * fx * fx + cf * 2 * aa);
        j[4] = ap * Math.PI * cf * cy * fx;
        j[5] = ap * sy * (-Math.PI * sf * fz * fx + cf * gz);
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
