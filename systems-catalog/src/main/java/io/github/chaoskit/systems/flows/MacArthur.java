package io.github.chaoskit.systems.flows;

import io.github.chaoskit.systems.AbstractFlow;
import io.github.chaoskit.systems.Flow;
import io.github.chaoskit.systems.SystemSpec;
import java.util.Arrays;

/**
 * MacArthur's consumer–resource model of a plankton community (five species N_j competing for
 * five resources R_i), with Liebig's law of the minimum for the growth rates:
 * {@code μ_j = min_i r·R_i/(k[i][j] + R_i)}, {@code dN_j/dt = N_j(μ_j − m)},
 * {@code dR_i/dt = d(s_i − R_i) − Σ_j c[i][j]·μ_j·N_j}. The state is
 * {@code (N_0, …, N_4, R_0, …, R_4)}.
 *
 * <p>MacArthur, R. 1969. Species packing, and what competition minimizes. PNAS 64:1369. Parameter
 * values taken from a model of phytoplankton in Huisman & Weissing. Nature 1999. Parameters:
 * scalars {@code d}, {@code m}, {@code r}; the supply vector {@code s}; the 5×5 matrices
 * {@code k} (half-saturation constants) and {@code c} (contents), both indexed [resource][species].
 * The Jacobian uses the derivative of the limiting resource's term away from switches of the
 * minimum.
 */
public final class MacArthur extends AbstractFlow {

    /** Number of species, equal to the number of resources (dysts splits the state at 5). */
    private static final int N = 5;

    private final double[][] c;
    private final double d;
    private final double[][] k;
    private final double m;
    private final double r;
    private final double[] s;

    /** The MacArthur system with the catalog's default parameters and initial condition. */
    public MacArthur() {
        this(SystemSpec.defaults("MacArthur"));
    }

    private MacArthur(SystemSpec spec) {
        super(spec);
        c = spec.parameters().matrix("c");
        d = spec.param("d");
        k = spec.parameters().matrix("k");
        m = spec.param("m");
        r = spec.param("r");
        s = spec.parameters().vector("s");
        if (s.length != N || c.length != N || k.length != N || c[0].length != N || k[0].length != N) {
            throw new IllegalArgumentException("MacArthur: s must have length 5, c and k must be 5x5");
        }
    }

    @Override
    protected Flow create(SystemSpec spec) {
        return new MacArthur(spec);
    }

    /** Index of the limiting resource of species j (first one on ties). */
    private int limiting(double[] x, int j) {
        int best = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            double ri = x[N + i];
            double g = r * ri / (k[i][j] + ri);
            if (g < min) {
                min = g;
                best = i;
            }
        }
        return best;
    }

    private double growth(double[] x, int j, int i) {
        double ri = x[N + i];
        return r * ri / (k[i][j] + ri);
    }

    @Override
    public void rhs(double t, double[] x, double[] dx) {
        for (int i = 0; i < N; i++) {
            dx[N + i] = d * (s[i] - x[N + i]);
        }
        for (int j = 0; j < N; j++) {
            double mu = growth(x, j, limiting(x, j));
            double nj = x[j];
            dx[j] = nj * (mu - m);
            for (int i = 0; i < N; i++) {
                dx[N + i] -= c[i][j] * mu * nj;
            }
        }
    }

    @Override
    public void jacobian(double t, double[] x, double[] jac) {
        int dim = 2 * N;
        Arrays.fill(jac, 0, dim * dim, 0.0);
        for (int i = 0; i < N; i++) {
            jac[(N + i) * dim + N + i] = -d;
        }
        for (int j = 0; j < N; j++) {
            int lim = limiting(x, j);
            double mu = growth(x, j, lim);
            double kl = k[lim][j];
            double rl = x[N + lim];
            double dmu = r * kl / ((kl + rl) * (kl + rl));
            double nj = x[j];
            jac[j * dim + j] = mu - m;
            jac[j * dim + N + lim] = nj * dmu;
            for (int i = 0; i < N; i++) {
                jac[(N + i) * dim + j] = -c[i][j] * mu;
                jac[(N + i) * dim + N + lim] -= c[i][j] * nj * dmu;
            }
        }
    }
}
