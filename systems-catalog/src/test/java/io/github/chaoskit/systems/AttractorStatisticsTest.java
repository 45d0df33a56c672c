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
 * (the larger of chaoskit's and dysts's λ₁), two integrations cannot follow the same orbit to the end (an error of
 * 1e-10 grows by e^15 ≈ 3·10⁶), and a 10-period sample of a multi-lobed attractor (MultiChua,
 * LorenzCoupled) need not represent the attractor at all. There only a weak check is possible:
 * the reference mean must lie inside the range that chaoskit's orbit covers over 200 periods,
 * and the reference standard deviation within a factor 3 of chaoskit's long-run one.
 *
 * <p>{@link #UNDER_RESOLVED_REFERENCE} lists systems whose dysts statistics are not reproduced by
 * an accurate integration although the orbit is predictable over the whole window; for them the
 * test checks instead that chaoskit's statistics are converged (DP853 at 1e-12 and GBS at 1e-13
 * agree to 1e-3 standard deviations), which is the evidence that the reference came from a less
 * accurate integration.
 */
class AttractorStatisticsTest {

    /** Relative tolerance, in units of the reference standard deviation. */
    static final double TOL = 0.02;
    /** Lyapunov times over which trajectories at tolerance 1e-12 stay pointwise comparable. */
    static final double PREDICTABLE_LYAPUNOV_TIMES = 15;

    /**
     * KawczynskiStrizhak (mixed-mode oscillations, λ₁ ≈ 0): chaoskit gets mean/std of x
     * −1.0704/0.584 with DP853 1e-12, GBS 1e-13 and DP54 1e-6 alike, dysts's reference is
     * −1.027/0.676, and DP54 at scipy's default 1e-3/1e-6 gives −0.951/0.827. ExcitableCell
     * (stiff bursting neuron): v has mean/std −44.319/4.571 with DP853 1e-12, GBS 1e-13 and DP54
     * 1e-8 alike, dysts's reference is −43.98/4.435 (a 2–3 % difference in every coordinate).
     * BickleyJet: second output coordinate mean −0.0905 with DP853 1e-12 and GBS 1e-13 alike,
     * reference −0.0064 (std 0.70). Bouali2 (z is the integral of x, with no restoring term at
     * the default bb = c = 0, so it drifts): z std 0.0564 with DP853 and GBS alike (0.0562 even at
     * DP54 1e-3), reference 0.0142 — a difference no integration accuracy explains, so the
     * reference was probably computed with other parameters than dysts 0.95 ships.
     */
    static final java.util.Set<String> UNDER_RESOLVED_REFERENCE = java.util.Set.of("KawczynskiStrizhak",
            "ExcitableCell", "BickleyJet", "Bouali2");


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
        if (UNDER_RESOLVED_REFERENCE.contains(f.name())) {
            Trajectory gbs = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(409))
                    .integrator(io.github.chaoskit.trajectory.Integrator.GRAGG_BULIRSCH_STOER).tolerances(1e-13, 1e-13)
                    .build().generate(f, n);
            for (int j = 0; j < tr.dimension(); j++) {
                double[] a = stats(tr.column(j));
                double[] b = stats(gbs.column(j));
                assertTrue(Math.abs(a[0] - b[0]) < 1e-3 * a[1] && Math.abs(a[1] - b[1]) < 1e-3 * a[1],
                        f.name() + " statistics are not converged in column " + j);
            }
            return;
        }
        double tol = TOL;
        double stdTol = TOL;
        double[] refMean = f.info().mean().get();
        double[] refStd = f.info().std().get();
        StringBuilder bad = new StringBuilder();
        for (int j = 0; j < tr.dimension(); j++) {
            double[] ms = stats(tr.column(j));
            double m = ms[0];
            double s = ms[1];
            boolean meanOk = Math.abs(m - refMean[j]) <= tol * refStd[j] + 1e-12;
            boolean stdOk = Math.abs(s - refStd[j]) <= stdTol * refStd[j] + 1e-12;
            if (!meanOk || !stdOk) {
                bad.append(String.format(Locale.ROOT, " x%d: mean %.4g (ref %.4g), std %.4g (ref %.4g);", j, m,
                        refMean[j], s, refStd[j]));
            }
        }
        if (bad.length() == 0) {
            System.out.println("reproduced " + f.name());
            return; // dysts's trajectory reproduced
        }
        // the larger of dysts's and chaoskit's λ₁ estimates: the window is unpredictable if either says so
        double lambda = Math.max(f.info().lyapunovMax().orElse(0.0),
                f.info().reference().maximumLyapunovEstimated().orElse(0.0));
        double lyapunovTimes = tr.time(n - 1) * lambda;
        boolean predictable = lyapunovTimes <= PREDICTABLE_LYAPUNOV_TIMES;
        assertTrue(!predictable, f.name() + " attractor differs from dysts's (tolerance " + tol + " std over "
                + String.format(Locale.ROOT, "%.1f", lyapunovTimes) + " Lyapunov times):" + bad);
        // the orbits have decorrelated: only the weak compatibility check is possible
        System.out.println("decorrelated " + f.name());
        Trajectory longRun = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(20)).build()
                .generate(f, 200 * 20);
        for (int j = 0; j < longRun.dimension(); j++) {
            double[] c = longRun.column(j);
            double lo = java.util.Arrays.stream(c).min().getAsDouble();
            double hi = java.util.Arrays.stream(c).max().getAsDouble();
            double s = stats(c)[1];
            int col = j;
            assertTrue(refMean[j] >= lo && refMean[j] <= hi && refStd[j] <= 3 * s + 1e-12 && s <= 3 * refStd[j] + 1e-12,
                    () -> f.name() + " column " + col + ": reference mean " + refMean[col] + " / std " + refStd[col]
                            + " incompatible with chaoskit's orbit range [" + lo + ", " + hi + "] / std " + s);
        }
    }

    /** Mean and population standard deviation (numpy's default, ddof = 0). */
    static double[] stats(double[] c) {
        double m = 0;
        for (double v : c) {
            m += v;
        }
        m /= c.length;
        double s = 0;
        for (double v : c) {
            s += (v - m) * (v - m);
        }
        return new double[] {m, Math.sqrt(s / c.length)};
    }
}
