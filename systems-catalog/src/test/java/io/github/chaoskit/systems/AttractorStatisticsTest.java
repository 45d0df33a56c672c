package io.github.chaoskit.systems;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent, whole-catalog check that each flow's equations and parameters reproduce
 * dysts's trajectories: dysts computed the reference {@code mean}/{@code std} of its metadata
 * from one 4096-point trajectory at 409 points per period from the default initial condition
 * (its {@code compute_stats.py}), with its own Python implementation. chaoskit regenerates exactly
 * that trajectory (same grid, same post-processing) and must reproduce both statistics of every
 * output coordinate to 2 % of the reference standard deviation. Over those ~10 periods an
 * accurate integration follows the same orbit, so a swapped parameter, a wrong sign or constant
 * fails by orders of magnitude more.
 *
 * <p>Where the 10 periods span more than {@value #PREDICTABLE_LYAPUNOV_TIMES} Lyapunov times
 * (λ from the metadata), two integrations at 1e-12 cannot follow the same orbit to the end
 * (errors grow by e^20 ≈ 5·10⁸), so the statistics can only agree as samples of the same
 * attractor: the tolerance is then {@value #STATISTICAL_TOL} of the standard deviation.
 */
class AttractorStatisticsTest {

    /** Relative tolerance, in units of the reference standard deviation. */
    static final double TOL = 0.02;
    /** Lyapunov times over which trajectories at tolerance 1e-12 stay pointwise comparable. */
    static final double PREDICTABLE_LYAPUNOV_TIMES = 20;
    /** Tolerance for statistics of orbits that have decorrelated, in units of the reference std. */
    static final double STATISTICAL_TOL = 0.15;

    static Stream<Flow> flowsWithStatistics() {
        return Catalog.all().stream().filter(s -> s instanceof Flow).map(s -> (Flow) s)
                .filter(f -> f.info().mean().isPresent() && f.info().std().isPresent()
                        && f.info().mean().get().length == f.outputDimension());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flowsWithStatistics")
    void meanAndStdMatchDystsReference(Flow f) {
        int n = 4096;
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(409)).build().generate(f, n);
        double lyapunovTimes = tr.time(n - 1) * f.info().lyapunovMax().orElse(0.0);
        double tol = lyapunovTimes <= PREDICTABLE_LYAPUNOV_TIMES ? TOL : STATISTICAL_TOL;
        double[] refMean = f.info().mean().get();
        double[] refStd = f.info().std().get();
        StringBuilder bad = new StringBuilder();
        for (int j = 0; j < tr.dimension(); j++) {
            double[] c = tr.column(j);
            double m = 0;
            for (double v : c) {
                m += v;
            }
            m /= c.length;
            double s = 0;
            for (double v : c) {
                s += (v - m) * (v - m);
            }
            s = Math.sqrt(s / c.length);
            boolean meanOk = Math.abs(m - refMean[j]) <= tol * refStd[j] + 1e-12;
            boolean stdOk = Math.abs(s - refStd[j]) <= tol * refStd[j] + 1e-12;
            if (!meanOk || !stdOk) {
                bad.append(String.format(Locale.ROOT, " x%d: mean %.4g (ref %.4g), std %.4g (ref %.4g);", j, m,
                        refMean[j], s, refStd[j]));
            }
        }
        assertTrue(bad.length() == 0, f.name() + " attractor differs from dysts's (tolerance " + tol + " std over "
                + String.format(Locale.ROOT, "%.1f", lyapunovTimes) + " Lyapunov times):" + bad);
    }
}
