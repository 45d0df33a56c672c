package io.github.chaoskit.bench;

import io.github.chaoskit.metrics.MetricContext;
import io.github.chaoskit.systems.DynamicalSystem;
import io.github.chaoskit.systems.SystemKind;
import io.github.chaoskit.trajectory.Sampling;
import io.github.chaoskit.trajectory.Trajectory;
import io.github.chaoskit.trajectory.TrajectoryGenerator;
import java.util.List;
import java.util.Locale;

/**
 * The dysts 2023 forecasting benchmark (Gilpin 2023, "Model scale versus domain knowledge in
 * statistical forecasting of chaotic systems", Phys. Rev. Research 5, 043252; docs/protocol.md).
 *
 * <p>Per system two trajectories from different points of the attractor: <em>train</em> starts
 * at the catalog's initial condition, <em>test</em> at the point the default orbit reaches after
 * {@value #TEST_OFFSET_PERIODS} periods. Each has 1200 points at 100 points per period (grid
 * {@code linspace(0, 12·period, 1200)}); a model is fitted on the first 1000 test points and
 * forecasts the next 200. Hyper-parameters are chosen by sMAPE on the last 1/6 of <em>train</em>
 * (fitted on its first 5/6). Variants: {@code coarse} (15 points/period: 180 points, 150/30),
 * {@code long} (6000 points, fit 1000, forecast 5000), {@code univariate} (first coordinate only),
 * {@code noisy} (i.i.d. Gaussian noise of 0.2 × each coordinate's std added to both series, as in
 * dysts's noise experiment). Maps are not part of this benchmark.
 */
public final class Dysts2023Protocol implements Protocol {

    /** Periods along the default orbit between the train and test starting points. */
    public static final double TEST_OFFSET_PERIODS = 50;
    /** Relative noise level of the noisy variant. */
    public static final double NOISE = 0.2;
    /** Seed of the noisy variant's noise (data never depend on the forecaster's seed). */
    public static final long NOISE_SEED = 2023;

    private final boolean coarse;
    private final boolean longHorizon;
    private final boolean univariate;
    private final boolean noisy;

    /**
     * @param coarse 15 instead of 100 points per period
     * @param longHorizon forecast 5000 points instead of 200
     * @param univariate first coordinate only
     * @param noisy add 20 % observation noise
     */
    public Dysts2023Protocol(boolean coarse, boolean longHorizon, boolean univariate, boolean noisy) {
        if (coarse && longHorizon) {
            throw new IllegalArgumentException("dysts2023 has no coarse long-horizon variant");
        }
        this.coarse = coarse;
        this.longHorizon = longHorizon;
        this.univariate = univariate;
        this.noisy = noisy;
    }

    static Dysts2023Protocol parse(String preset) {
        boolean coarse = false;
        boolean longH = false;
        boolean uni = false;
        boolean noisy = false;
        int colon = preset.indexOf(':');
        if (colon >= 0) {
            for (String v : preset.substring(colon + 1).split(",")) {
                switch (v.trim().toLowerCase(Locale.ROOT)) {
                    case "fine":
                    case "standard":
                    case "multivariate":
                    case "clean":
                    case "":
                        break;
                    case "coarse":
                        coarse = true;
                        break;
                    case "long":
                        longH = true;
                        break;
                    case "univariate":
                        uni = true;
                        break;
                    case "noisy":
                        noisy = true;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown dysts2023 variant '" + v.trim()
                                + "'; expected fine|coarse, standard|long, multivariate|univariate, clean|noisy");
                }
            }
        }
        return new Dysts2023Protocol(coarse, longH, uni, noisy);
    }

    @Override
    public String name() {
        return "dysts2023:" + (coarse ? "coarse" : "fine") + "," + (longHorizon ? "long" : "standard") + ","
                + (univariate ? "univariate" : "multivariate") + "," + (noisy ? "noisy" : "clean");
    }

    @Override
    public boolean supports(DynamicalSystem system) {
        return system.kind() != SystemKind.MAP && system.info().period() > 0;
    }

    /** @return points per period of this variant. */
    int pointsPerPeriod() {
        return coarse ? 15 : 100;
    }

    /** @return total points per trajectory. */
    int length() {
        return longHorizon ? 6000 : coarse ? 180 : 1200;
    }

    /** @return points the model is fitted on. */
    int fitLength() {
        return coarse ? 150 : 1000;
    }

    @Override
    public java.util.Map<String, Trajectory> datasets(DynamicalSystem system) {
        if (!supports(system)) {
            throw new IllegalArgumentException(name() + " does not include " + system.name() + " (" + system.kind() + ")");
        }
        int n = length();
        double period = system.info().period();
        TrajectoryGenerator.Builder b = TrajectoryGenerator.builder().sampling(Sampling.pointsPerPeriod(pointsPerPeriod()));
        if (noisy) {
            b.observationNoise(NOISE).seed(NOISE_SEED);
        }
        Trajectory train = b.build().generate(system, n);
        Trajectory test = b.transientTime(TEST_OFFSET_PERIODS * period).seed(NOISE_SEED + 1).build().generate(system, n);
        if (univariate) {
            train = train.columns(0);
            test = test.columns(0);
        }
        java.util.Map<String, Trajectory> m = new java.util.LinkedHashMap<>();
        m.put("train", train);
        m.put("test", test);
        return m;
    }

    @Override
    public SystemData prepare(DynamicalSystem system, Budget budget) {
        if (!supports(system)) {
            throw new IllegalArgumentException(name() + " does not include " + system.name() + " (" + system.kind() + ")");
        }
        int n = length();
        java.util.Map<String, Trajectory> data = datasets(system);
        Trajectory train = data.get("train");
        Trajectory test = data.get("test");
        int fit = fitLength();
        Trajectory fitData = test.slice(0, fit);
        Window w = new Window(0, fitData, test.slice(fit, n));
        MetricContext ctx = Contexts.of(system, fitData, test);
        return new SystemData(system.name(), fitData, train, List.of(w), ctx, null, null, Contexts.timeUnitNote(system));
    }
}
