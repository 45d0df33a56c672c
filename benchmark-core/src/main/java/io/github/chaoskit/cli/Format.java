package io.github.chaoskit.cli;

import java.util.Locale;

/** Number formatting shared by the commands. */
final class Format {

    private Format() {
    }

    /** Compact, locale-independent rendering with 6 significant digits; "—" for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }
}
