package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;

/**
 * An eco-epidemiological model of the Salton Sea (California): healthy fish x, infected fish y
 * and fish-eating birds z,
 * {@code dx/dt = r x (1 − (x + y)/k) − λ x y},
 * {@code dy/dt = λ x y − m y z/(y + a) − μ y},
 * {@code dz/dt = θ y z/(y + a) − d z}.
 *
 * <p>Upadhyay, Bairagi, Kundu, Chattopadhyay (2007). Chaos in eco-epidemiological problem of the
 * Salton Sea and its possible control. Applied Mathematics and Computation. Parameters:
 * {@code a, d, k, lam} (λ), {@code m, mu} (μ), {@code r, th} (θ). The RHS is singular at
 * {@code y = −a}.
 */
public final class SaltonSea extends AbstractFlow {

    private final double a;
    private final double d;
    private final double k;
    private final double lam;
    private final double m;
    private final double mu;
    private final double r;
    private final double th;

    /** The SaltonSea system with the catalog's default parameters and initial condition. */
    public SaltonSea() {
        this(SystemSpec.defaults("SaltonSea"));
    }

    private SaltonSea(SystemSpec spec) {
        super(spec);
        a = spec.param("a");
        d = spec.param("d");
        k = spec.param("k");
        lam = spec.param("lam");
        m = spec.param("m");
        mu = spec.param("mu");
        r = spec.param("r");
        th = spec.param("th");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new SaltonSea(spec);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double ya = y + a;
        ds[0] = r * x * (1 - (x + y) / k) - lam * x * y;
        ds[1] = lam * x * y - m * y * z / ya - mu * y;
        ds[2] = th * y * z / ya - d * z;
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double ya = y + a;
        double ya2 = ya * ya;
        j[0] = r * (1 - (x + y) / k) - r * x / k - lam * y;
        j[1] = -r * x / k - lam * x;
        j[2] = 0;
        j[3] = lam * y;
        j[4] = lam * x - m * z * a / ya2 - mu;
        j[5] = -m * y / ya;
        j[6] = 0;
        j[7] = th * z * a / ya2;
        j[8] = th * y / ya - d;
    }
}
