package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;
import java.util.Arrays;

/**
 * The Lorenz-96 model, a ring of N sites with advection-like quadratic coupling, linear damping and
 * constant forcing {@code f}: {@code dX_i/dt = (X_{i+1} − X_{i−2})·X_{i−1} − X_i + f}, indices taken
 * cyclically mod N.
 *
 * <p>Lorenz, E. N. (1996). Predictability: a problem partly solved. Seminar on Predictability, Vol. I,
 * ECMWF. Parameters: {@code f}. N is not a parameter but the length of the state: the catalog default has
 * N = 4, and any initial condition of length N ≥ 4 gives the N-site model.
 */
public final class Lorenz96 extends AbstractFlow {

    /** Smallest ring for which the four indices i − 2, i − 1, i, i + 1 are distinct. */
    private static final int MIN_SITES = 4;

    private final double f;

    /** Lorenz-96 with the catalog's default forcing and (4-site) initial condition. */
    public Lorenz96() {
        this(SystemSpec.defaults("Lorenz96"));
    }

    private Lorenz96(SystemSpec spec) {
        super(spec);
        f = spec.param("f");
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new Lorenz96(spec);
    }

    @Override
    protected int requiredInitialConditionLength(double[] candidate) {
        return Math.max(MIN_SITES, candidate.length);
    }

    @Override
    public void rhs(double t, double[] s, double[] ds) {
        int n = dimension();
        for (int i = 0; i < n; i++) {
            int ip1 = i + 1 == n ? 0 : i + 1;
            int im1 = i == 0 ? n - 1 : i - 1;
            int im2 = i >= 2 ? i - 2 : i + n - 2;
            ds[i] = (s[ip1] - s[im2]) * s[im1] - s[i] + f;
        }
    }

    @Override
    public void jacobian(double t, double[] s, double[] j) {
        int n = dimension();
        Arrays.fill(j, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            int ip1 = i + 1 == n ? 0 : i + 1;
            int im1 = i == 0 ? n - 1 : i - 1;
            int im2 = i >= 2 ? i - 2 : i + n - 2;
            int row = i * n;
            j[row + ip1] = s[im1];
            j[row + im2] = -s[im1];
            j[row + im1] = s[ip1] - s[im2];
            j[row + i] = -1;
        }
    }
}
