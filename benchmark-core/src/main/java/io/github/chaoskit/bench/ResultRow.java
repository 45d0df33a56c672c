package io.github.chaoskit.bench;

/**
 * One line of {@code results.csv} (long format). {@code window} is −1 for task-level rows
 * (timings, long-term scores, status). Values are numbers written with {@link Double#toString},
 * except the rows whose metric starts with an underscore ({@code _status}, {@code _settings}),
 * which hold text.
 *
 * @param system system name
 * @param forecaster forecaster provider name ({@value #FLOOR} for truth-vs-truth floors)
 * @param seed seed
 * @param window forecast window, or −1
 * @param metric metric name
 * @param value value as text
 */
public record ResultRow(String system, String forecaster, long seed, int window, String metric, String value) {

    /** Keeps every row on one line: line breaks in text values become spaces. */
    public ResultRow {
        value = value.replace('\n', ' ').replace('\r', ' ');
    }

    /** Pseudo-forecaster name of the truth-vs-independent-truth floors. */
    public static final String FLOOR = "_floor";
    /** Metric name of the row that closes a task: "ok" or "failed: message". */
    public static final String STATUS = "_status";
    /** CSV header. */
    public static final String[] HEADER = {"system", "forecaster", "seed", "window", "metric", "value"};

    /** @return the task this row belongs to. */
    public String task() {
        return taskId(system, forecaster, seed);
    }

    /**
     * @param system system
     * @param forecaster forecaster
     * @param seed seed
     * @return the task identifier
     */
    public static String taskId(String system, String forecaster, long seed) {
        return system + "|" + forecaster + "|" + seed;
    }

    /** @return the value as a number (NaN for text rows or non-numeric text). */
    public double number() {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
