package io.github.chaoskit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress indicator on standard error, redrawn at most twice a second. */
final class Progress {

    private final PrintWriter err;
    private final String task;
    private final long total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private double lastFraction = -1;

    Progress(PrintWriter err, String task, long total, boolean enabled) {
        this.err = err;
        this.task = task;
        this.total = total;
        this.enabled = enabled;
    }

    void update(long done) {
        if (!enabled || (done & 0xFFF) != 0 && done != total) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 500_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        double frac = (double) done / total;
        int width = 30;
        int filled = (int) (frac * width);
        double elapsed = (now - start) * 1e-9;
        double eta = frac > 0 ? elapsed * (1 - frac) / frac : Double.NaN;
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %5.1f%% %d/%d  %.0fs left ", task, "#".repeat(filled),
                " ".repeat(width - filled), 100 * frac, done, total, eta));
        err.flush();
    }

    /**
     * Redraws for a fraction done in [0, 1] (for work whose steps are few, e.g. training epochs).
     *
     * @param fraction the fraction done
     */
    void fraction(double fraction) {
        if (!enabled || fraction == lastFraction) {
            return;
        }
        lastFraction = fraction;
        long now = System.nanoTime();
        if (now - lastDraw < 500_000_000L && fraction < 1) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = (int) (fraction * width);
        double elapsed = (now - start) * 1e-9;
        double eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : Double.NaN;
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %5.1f%%  %.0fs left ", task, "#".repeat(filled),
                " ".repeat(width - filled), 100 * fraction, eta));
        err.flush();
    }

    void done() {
        if (enabled) {
            err.println();
        }
    }
}
