package io.github.chaoskit.bench;

import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * chaoskit's default protocol, normalised by Lyapunov time (docs/protocol.md, preset {@code lyapunov}).
 *
 * <p>Sampling step Δt = min(t_λ/30, period/25) (maps: one iteration). One trajectory is
 * generated after a transient of {@value #TRANSIENT_PERIODS} periods: its first
 * {@value #TRAIN} points train the model, then 15 Lyapunov times (one warm-up plus one horizon;
 * errors grow by e¹⁵ ≈ 3·10⁶ over them) are skipped, and the next max({@value #TEST},
 * 2·(warm-up + horizon)) points are the independent test trajectory. Forecasts start
 * at W origins spread evenly over the test trajectory (20 in the full budget, 5 in the quick one);
 * each gets 5 Lyapunov times of true history and runs 10 Lyapunov times in closed loop.
 * Hyper-parameters are tuned on the training data only (fit on its first 5/6, sMAPE on the rest).
 * Long-term scores compare one free run as long as the test trajectory with it; the floors compare
 * the training segment, an independent true trajectory of the same length, with it.
 */
public final class LyapunovProtocol implements Protocol {

    /** Training points. */
    public static final int TRAIN = 10_000;
    /** Test points (at least; weakly chaotic systems need more to hold warm-up and horizon twice). */
    public static final int TEST = 10_000;
    /** Periods integrated and discarded before the training segment. */
    public static final double TRANSIENT_PERIODS = 20;
    /** Lyapunov times of true history before each forecast. */
    public static final double WARMUP_LYAPUNOV_TIMES = 5;
    /** Lyapunov times each forecast runs. */
    public static final double HORIZON_LYAPUNOV_TIMES = 10;

    @Override
    public String name() {
        return "lyapunov";
    }

    @Override
    public boolean supports(DynamicalSystem system) {
        return system.kind() == SystemKind.MAP || system.info().period() > 0;
    }

    /** @return the sampling step of a system under this protocol. */
    static double step(DynamicalSystem s) {
        if (s.kind() == SystemKind.MAP) {
            return 1.0;
        }
        double tLambda = 1 / Contexts.effectiveLyapunov(s);
        return Math.min(tLambda / 30, s.info().period() / 25);
    }

    @Override
    public java.util.Map<String, Trajectory> datasets(DynamicalSystem system) {
        double dt = step(system);
        int gap = warmup(system) + horizon(system);
        int testLength = testLength(system);
        double transientTime = system.kind() == SystemKind.MAP ? 1000 : TRANSIENT_PERIODS * system.info().period();
        Trajectory all = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(dt)).transientTime(transientTime).build()
                .generate(system, TRAIN + gap + testLength);
        java.util.Map<String, Trajectory> m = new java.util.LinkedHashMap<>();
        m.put("train", all.slice(0, TRAIN));
        m.put("test", all.slice(TRAIN + gap, TRAIN + gap + testLength));
        return m;
    }

    /** @return warm-up steps: 5 Lyapunov times (at least 10 samples). */
    static int warmup(DynamicalSystem s) {
        return Math.max(10, (int) Math.ceil(WARMUP_LYAPUNOV_TIMES / Contexts.effectiveLyapunov(s) / step(s)));
    }

    /** @return forecast steps: 10 Lyapunov times. */
    static int horizon(DynamicalSystem s) {
        return Math.max(1, (int) Math.ceil(HORIZON_LYAPUNOV_TIMES / Contexts.effectiveLyapunov(s) / step(s)));
    }

    /** @return test points: {@value #TEST}, or twice warm-up plus horizon if that is more. */
    static int testLength(DynamicalSystem s) {
        return Math.max(TEST, 2 * (warmup(s) + horizon(s)));
    }

    @Override
    public SystemData prepare(DynamicalSystem system, Budget budget) {
        java.util.Map<String, Trajectory> data = datasets(system);
        Trajectory train = data.get("train");
        Trajectory test = data.get("test");
        int warm = warmup(system);
        int horizon = horizon(system);
        int count = budget.origins();
        int span = test.size() - warm - horizon;
        List<Window> windows = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int origin = warm + (int) Math.round((double) w * span / Math.max(1, count - 1));
            windows.add(new Window(w, test.slice(origin - warm, origin), test.slice(origin, origin + horizon)));
        }
        return new SystemData(system.name(), train, train, windows, Contexts.of(system, train, test), test, train,
                Contexts.timeUnitNote(system));
    }
}
