package io.github.chaoskit.io;

import io.github.chaoskit.trajectory.Trajectory;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Trajectories as CSV: a header {@code t,x0,x1,…} then one row per sample. Numbers are written
 * with {@link Double#toString}, the shortest text that reads back to the same double, so a
 * trajectory round-trips exactly.
 */
public final class TrajectoryCsv {

    private TrajectoryCsv() {
    }

    /**
     * @param d number of value columns
     * @return the header {@code t,x0,…,x(d−1)}
     */
    public static String[] header(int d) {
        String[] h = new String[d + 1];
        h[0] = "t";
        for (int j = 0; j < d; j++) {
            h[j + 1] = "x" + j;
        }
        return h;
    }

    /** Writes rows one at a time. */
    public static final class RowWriter implements AutoCloseable {
        private final CSVPrinter printer;
        private final int d;

        /**
         * @param out destination
         * @param d number of value columns
         * @throws IOException if the header cannot be written
         */
        public RowWriter(Writer out, int d) throws IOException {
            this.d = d;
            this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header(d))
                    .setRecordSeparator('\n').get());
        }

        /**
         * @param t time
         * @param row d values
         * @throws IOException on write failure
         */
        public void write(double t, double[] row) throws IOException {
            printer.print(Double.toString(t));
            for (int j = 0; j < d; j++) {
                printer.print(Double.toString(row[j]));
            }
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }

    /**
     * Writes a trajectory.
     *
     * @param tr the trajectory
     * @param out destination (not closed)
     * @throws IOException on write failure
     */
    public static void write(Trajectory tr, Writer out) throws IOException {
        double[] row = new double[tr.dimension()];
        try (RowWriter w = new RowWriter(out, tr.dimension())) {
            for (int i = 0; i < tr.size(); i++) {
                tr.row(i, row);
                w.write(tr.time(i), row);
            }
        }
    }

    /**
     * Reads a trajectory written by {@link #write} (or any CSV whose first column is time).
     *
     * @param in source
     * @param systemName name to record
     * @return the trajectory; its step is the difference of the first two times (1 if fewer)
     * @throws IOException on read failure
     * @throws IllegalArgumentException naming the line of a malformed row
     */
    public static Trajectory read(Reader in, String systemName) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(in)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<String> names = new ArrayList<>(p.getHeaderNames());
            if (names.size() < 2) {
                throw new IllegalArgumentException("a trajectory CSV needs a time column and at least one value column");
            }
            int d = names.size() - 1;
            List<String> cols = names.subList(1, names.size());
            double[] times = new double[1024];
            double[] values = new double[1024 * d];
            int n = 0;
            for (CSVRecord r : p) {
                if (r.size() != d + 1) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + ": expected " + (d + 1)
                            + " fields, got " + r.size());
                }
                if (n == times.length) {
                    times = java.util.Arrays.copyOf(times, 2 * n);
                    values = java.util.Arrays.copyOf(values, 2 * n * d);
                }
                try {
                    times[n] = Double.parseDouble(r.get(0));
                    for (int j = 0; j < d; j++) {
                        values[n * d + j] = Double.parseDouble(r.get(j + 1));
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + r.getRecordNumber() + ": not a number: " + e.getMessage());
                }
                n++;
            }
            double step = n > 1 ? times[1] - times[0] : 1.0;
            return new Trajectory(systemName, cols, java.util.Arrays.copyOf(times, n),
                    java.util.Arrays.copyOf(values, n * d), step);
        }
    }
}
