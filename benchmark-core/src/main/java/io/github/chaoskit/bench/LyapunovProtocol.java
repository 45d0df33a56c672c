package io.github.chaoskit.bench;

import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * chaoskit's default protocol, normalised by Lyapunov time (PROTOCOL.md, preset {@code lyapunov}).
 *
 * <p>Sampling step Δt = min(t_λ/30, period/25) (maps: one iteration). One trajectory is
 * generated after a transient of {@value #TRANSIENT_PERIODS} periods: its first
 * {@value #TRAIN} points train the model, then {@value #GAP_LYAPUNOV_TIMES} Lyapunov times are
 * skipped, and the next {@value #TEST} points are the independent test trajectory. Forecasts start
 * at W origins spread evenly over the test trajectory (20 in the full budget, 5 in the quick one);
 * each gets 5 Lyapunov times of true history and runs 10 Lyapunov times in closed loop.
 * Hyper-parameters are tuned on the training data only (fit on its first 5/6, sMAPE on the rest).
 * Long-term scores compare one free run as long as the test trajectory with it; the floors compare
 * the training segment, an independent true trajectory of the same length, with it.
 */
public final class LyapunovProtocol implements Protocol {

    /** Training points. */
    public static final int TRAIN = 10_000;
    /** Test points. */
    public static final int TEST = 10_000;
    /** Lyapunov times between the training and test segments. */
    public static final double GAP_LYAPUNOV_TIMES = 100;
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
        double tLambda = 1 / Contexts.effectiveLyapunov(system);
        int gap = (int) Math.ceil(GAP_LYAPUNOV_TIMES * tLambda / dt);
        double transientTime = system.kind() == SystemKind.MAP ? 1000 : TRANSIENT_PERIODS * system.info().period();
        Trajectory all = TrajectoryGenerator.builder().sampling(Sampling.fixedStep(dt)).transientTime(transientTime).build()
                .generate(system, TRAIN + gap + TEST);
        java.util.Map<String, Trajectory> m = new java.util.LinkedHashMap<>();
        m.put("train", all.slice(0, TRAIN));
        m.put("test", all.slice(TRAIN + gap, TRAIN + gap + TEST));
        return m;
    }

    @Override
    public SystemData prepare(DynamicalSystem system, Budget budget) {
        double dt = step(system);
        double tLambda = 1 / Contexts.effectiveLyapunov(system);
        java.util.Map<String, Trajectory> data = datasets(system);
        Trajectory train = data.get("train");
        Trajectory test = data.get("test");
        int warm = Math.max(10, (int) Math.ceil(WARMUP_LYAPUNOV_TIMES * tLambda / dt));
        int horizon = Math.max(1, (int) Math.ceil(HORIZON_LYAPUNOV_TIMES * tLambda / dt));
        int count = budget.origins();
        int span = TEST - warm - horizon;
        if (span < 0) {
            throw new IllegalArgumentException(system.name() + ": a test trajectory of " + TEST
                    + " points is shorter than warm-up + horizon (" + (warm + horizon) + ")");
        }
        List<Window> windows = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int origin = warm + (int) Math.round((double) w * span / Math.max(1, count - 1));
            windows.add(new Window(w, test.slice(origin - warm, origin), test.slice(origin, origin + horizon)));
        }
        return new SystemData(system.name(), train, train, windows, Contexts.of(system, train, test), test, train,
                Contexts.timeUnitNote(system));
    }
}
