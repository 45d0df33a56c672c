package io.github.chaoskit.forecast.plrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chaoskit.systems.Catalog;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written BPTT against central finite differences of the batch loss, for every architecture ×
 * forcing scheme (GTF forcing all units, GTF forcing the observed units, sparse forcing), with
 * M &gt; N so the trainable initial-state map is exercised, and all regularisers on. Differences
 * whose ±h evaluations change a ReLU activation anywhere in the batch straddle a kink and are
 * skipped (counted, and required to be rare).
 */
class PlrnnGradientCheckTest {

    static final int N = 3;
    static final double[] DATA = lorenz();

    static double[] lorenz() {
        Trajectory t = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(0.01)).transientTime(10)
                .standardize(true).build().generate(Catalog.get("Lorenz"), 600);
        return t.values();
    }

    static List<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (Architecture a : Architecture.values()) {
            list.add(Arguments.of(a, "gtf"));
            list.add(Arguments.of(a, "gtf-partial"));
            list.add(Arguments.of(a, "sparse"));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("cases")
    void bpttMatchesCentralDifferences(Architecture arch, String forcing) {
        PlrnnConfig cfg = PlrnnConfig.builder(arch).latent(5).hidden(8).reluUnits(2)
                .forcing(forcing.equals("sparse") ? PlrnnConfig.Forcing.SPARSE : PlrnnConfig.Forcing.GENERALIZED)
                .partialForcing(forcing.equals("gtf-partial")).tau(4)
                .alphaMethod(PlrnnConfig.AlphaMethod.CONSTANT).alpha(0.3)
                .sequenceLength(25).batchSize(3).noise(0.05)
                .latentRegularization(arch == Architecture.ALRNN ? 0.05 : 1e-2).convergenceThreshold(-1)
                .observationRegularization(1e-2).build();
        try (PlrnnTrainer tr = new PlrnnTrainer(cfg, DATA, N, 11)) {
            for (int i = 0; i < 40; i++) { // move away from the initialisation
                tr.trainBatch(3e-3);
            }
            tr.sampleBatch();
            double[] th = tr.theta().clone();
            double loss = tr.gradient();
            assertEquals(loss, tr.loss(th), 1e-14 * loss, "gradient() and loss() disagree on the loss");
            double[] g = tr.gradientArray().clone();
            double gmax = 0;
            for (double v : g) {
                gmax = Math.max(gmax, Math.abs(v));
            }
            long sig = signature(tr, th);
            LatentMap map = tr.network().map;
            int checked = 0;
            int skipped = 0;
            double worst = 0;
            String worstAt = "";
            for (int i = 0; i < th.length; i++) {
                if (i < map.size() && !map.trainable(i)) {
                    assertEquals(0.0, g[i], 0.0, "structurally fixed parameter " + i + " has a gradient");
                    continue;
                }
                double h = 1e-5 * Math.max(1, Math.abs(th[i]));
                double[] p = th.clone();
                p[i] = th[i] + h;
                double[] q = th.clone();
                q[i] = th[i] - h;
                if (signature(tr, p) != sig || signature(tr, q) != sig) {
                    skipped++;
                    continue;
                }
                double fd = (tr.loss(p) - tr.loss(q)) / (2 * h);
                // relative error; components far below the largest are judged relative to 1e-3·max
                double scale = Math.max(Math.max(Math.abs(g[i]), Math.abs(fd)), 1e-3 * gmax);
                double rel = Math.abs(fd - g[i]) / scale;
                if (rel > worst) {
                    worst = rel;
                    worstAt = "parameter " + i + ": bptt " + g[i] + ", fd " + fd;
                }
                checked++;
            }
            System.out.printf("gradient check %s + %s: %d parameters checked, %d skipped (kinks), max rel err %.2e%n",
                    arch, forcing, checked, skipped, worst);
            assertTrue(worst < 1e-5, arch + " + " + forcing + ": max relative error " + worst + " at " + worstAt);
            assertTrue(skipped <= Math.max(2, checked / 50), arch + " + " + forcing + ": " + skipped
                    + " differences straddled a kink (of " + (checked + skipped) + ")");
            assertTrue(gmax > 0, "zero gradient");
        }
    }

    /** Hash of every ReLU activation in the forward passes of the current batch at parameters th. */
    static long signature(PlrnnTrainer tr, double[] th) {
        Network net = tr.network();
        int len = tr.sequenceLength();
        Bptt b = new Bptt(net, len, tr.sparseForTest(), tr.tauForTest(), tr.partialForTest());
        double[] batch = tr.batchArray();
        int stride = (len + 1) * net.n;
        long h = 1;
        for (int s = 0; s < batch.length / stride; s++) {
            b.forward(th, batch, s * stride, tr.alpha());
            for (int t = 1; t <= len; t++) {
                h = h * 31 + net.map.activationHash(th, b.zf, (t - 1) * net.m, b.cache, (t - 1) * net.map.width);
            }
        }
        return h;
    }
}
