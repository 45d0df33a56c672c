package io.github.chaoskit.trajectory;

import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.GraggBulirschStoerIntegrator;

/** The adaptive Hipparchus integrators a trajectory can be generated with. */
public enum Integrator {
    /** Dormand–Prince 8(5,3), Hairer–Nørsett–Wanner's DOP853: the default for reference data. */
    DORMAND_PRINCE_853("dp853"),
    /** Dormand–Prince 5(4) (RK45, as scipy's default explicit method). */
    DORMAND_PRINCE_54("dp54"),
    /** Gragg–Bulirsch–Stoer extrapolation: very high order for very tight tolerances. */
    GRAGG_BULIRSCH_STOER("gbs");

    private final String shortName;

    Integrator(String shortName) {
        this.shortName = shortName;
    }

    /** @return the short name used on the command line. */
    public String shortName() {
        return shortName;
    }

    /**
     * Parses a short name ({@code dp853}, {@code dp54}, {@code gbs}) or constant name.
     *
     * @param s the name
     * @return the integrator
     * @throws IllegalArgumentException for any other name
     */
    public static Integrator parse(String s) {
        for (Integrator i : values()) {
            if (i.shortName.equalsIgnoreCase(s) || i.name().equalsIgnoreCase(s)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown integrator '" + s + "'; expected dp853, dp54 or gbs");
    }

    /**
     * Creates a fresh Hipparchus integrator.
     *
     * @param minStep smallest allowed step
     * @param maxStep largest allowed step
     * @param absTol absolute tolerance
     * @param relTol relative tolerance
     * @return the integrator
     */
    public AdaptiveStepsizeIntegrator create(double minStep, double maxStep, double absTol, double relTol) {
        switch (this) {
            case DORMAND_PRINCE_54:
                return new DormandPrince54Integrator(minStep, maxStep, absTol, relTol);
            case GRAGG_BULIRSCH_STOER:
                return new GraggBulirschStoerIntegrator(minStep, maxStep, absTol, relTol);
            default:
                return new DormandPrince853Integrator(minStep, maxStep, absTol, relTol);
        }
    }
}
