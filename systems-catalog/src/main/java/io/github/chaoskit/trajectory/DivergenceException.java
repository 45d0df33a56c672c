package io.github.chaoskit.trajectory;

import java.util.Arrays;

/**
 * Thrown when an integration or iteration leaves every bounded region: a state that is not
 * finite, exceeds the divergence bound, or an integrator that cannot continue. Carries the
 * system, the time and the last state.
 */
public class DivergenceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String systemName;
    private final double time;
    private final double[] state;

    /**
     * @param systemName the system
     * @param time time (or iteration) at which divergence was detected
     * @param state the offending state
     * @param reason what was wrong
     */
    public DivergenceException(String systemName, double time, double[] state, String reason) {
        super(systemName + " diverged at t=" + time + ": " + reason + "; state " + format(state));
        this.systemName = systemName;
        this.time = time;
        this.state = state.clone();
    }

    private static String format(double[] s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length && i < 8; i++) {
            sb.append(i > 0 ? ", " : "").append(String.format("%.6g", s[i]));
        }
        return sb.append(s.length > 8 ? ", …)" : ")").toString();
    }

    /** @return the system's name. */
    public String systemName() {
        return systemName;
    }

    /** @return the time of divergence. */
    public double time() {
        return time;
    }

    /** @return the offending state (a copy). */
    public double[] state() {
        return Arrays.copyOf(state, state.length);
    }
}
