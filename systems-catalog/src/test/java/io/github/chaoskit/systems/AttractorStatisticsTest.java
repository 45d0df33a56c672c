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
 * dysts's attractor: the mean and standard deviation of every output coordinate over 200
 * dominant periods from the default initial condition must agree with the reference statistics of
 * the dysts metadata, which were computed by dysts's own (Python) implementation.
 *
 * <p>Tolerances: |mean − mean_ref| ≤ 0.25·std_ref + 1e-6 and 0.75 ≤ std/std_ref ≤ 1.33. A swapped
 * parameter, a wrong sign or a wrong constant moves the attractor by far more than this;
 * sampling noise of a 200-period average on a chaotic attractor is far less.
 */
class AttractorStatisticsTest {

    static Stream<Flow> flowsWithStatistics() {
        return Catalog.all().stream().filter(s -> s instanceof Flow).map(s -> (Flow) s)
                .filter(f -> f.info().mean().isPresent() && f.info().std().isPresent()
                        && f.info().mean().get().length == f.outputDimension());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flowsWithStatistics")
    void meanAndStdMatchDystsReference(Flow f) {
        int n = 200 * 50;
        Trajectory tr = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(50)).tolerances(1e-9, 1e-9)
                .build().generate(f, n);
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
            boolean meanOk = Math.abs(m - refMean[j]) <= 0.25 * refStd[j] + 1e-6;
            boolean stdOk = s >= 0.75 * refStd[j] && s <= 1.33 * refStd[j] || refStd[j] < 1e-9 && s < 1e-6;
            if (!meanOk || !stdOk) {
                bad.append(String.format(Locale.ROOT, " x%d: mean %.4g (ref %.4g), std %.4g (ref %.4g);", j, m,
                        refMean[j], s, refStd[j]));
            }
        }
        assertTrue(bad.length() == 0, f.name() + " attractor differs from dysts's:" + bad);
    }
}
