package io.github.chaoskit.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import io.github.chaoskit.io.AtomicFiles;

/**
 * {@code results.csv}: the long-format results of a run, appended task by task.
 *
 * <p>Each finished task's rows are written in one append, closed by its {@code _status} row, and
 * forced to disk. On opening, rows of tasks without a status row (a run killed mid-write) and a
 * truncated or corrupt last line are detected and dropped — the file is rewritten atomically
 * without them — so those tasks run again and nothing complete is lost.
 */
public final class ResultsStore {

    private final Path file;
    private final Set<String> completed = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * Opens (or creates) the results file of a run directory.
     *
     * @param file path of results.csv
     * @throws IOException if it cannot be read or written
     */
    public ResultsStore(Path file) throws IOException {
        this.file = file;
        if (!Files.exists(file)) {
            try {
                AtomicFiles.write(file, w -> w.write(String.join(",", ResultRow.HEADER) + "\n"));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            return;
        }
        List<ResultRow> rows = read(file, problems);
        Map<String, List<ResultRow>> byTask = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            byTask.computeIfAbsent(r.task(), k -> new ArrayList<>()).add(r);
        }
        List<ResultRow> keep = new ArrayList<>();
        for (Map.Entry<String, List<ResultRow>> e : byTask.entrySet()) {
            boolean done = e.getValue().stream().anyMatch(r -> ResultRow.STATUS.equals(r.metric()));
            if (done) {
                completed.add(e.getKey());
                keep.addAll(e.getValue());
            } else {
                problems.add("task " + e.getKey() + " was interrupted; it will run again");
            }
        }
        if (keep.size() != rows.size() || !problems.isEmpty()) {
            rewrite(keep);
        }
    }

    /**
     * Reads a results file.
     *
     * @param file the file
     * @param problems receives a description of each corrupt line that was skipped
     * @return the well-formed rows
     * @throws IOException if the file cannot be read
     */
    public static List<ResultRow> read(Path file, List<String> problems) throws IOException {
        List<ResultRow> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(String.join(",", ResultRow.HEADER))) {
            throw new IOException(file + " is not a chaoskit results file (header " + (lines.length == 0 ? "missing"
                    : "'" + lines[0] + "'") + ")");
        }
        boolean endsWithNewline = text.endsWith("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if (i == lines.length - 1 && !endsWithNewline) {
                problems.add("line " + (i + 1) + " is truncated: '" + abbreviate(line) + "'");
                continue;
            }
            try (Reader r = new java.io.StringReader(line);
                    CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.DEFAULT).get()) {
                List<CSVRecord> recs = p.getRecords();
                if (recs.size() != 1 || recs.get(0).size() != ResultRow.HEADER.length) {
                    problems.add("line " + (i + 1) + " is corrupt: '" + abbreviate(line) + "'");
                    continue;
                }
                CSVRecord c = recs.get(0);
                rows.add(new ResultRow(c.get(0), c.get(1), Long.parseLong(c.get(2)), Integer.parseInt(c.get(3)),
                        c.get(4), c.get(5)));
            } catch (IOException | RuntimeException e) {
                problems.add("line " + (i + 1) + " is corrupt: '" + abbreviate(line) + "'");
            }
        }
        return rows;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private void rewrite(List<ResultRow> rows) throws IOException {
        try {
            AtomicFiles.write(file, w -> {
                w.write(String.join(",", ResultRow.HEADER) + "\n");
                w.write(format(rows));
            });
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** @return identifiers of the tasks already complete in the file. */
    public Set<String> completed() {
        return Set.copyOf(completed);
    }

    /** @return descriptions of corrupt lines and interrupted tasks found when opening. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Appends one finished task's rows (the last must be its status row) and forces them to disk.
     *
     * @param rows the task's rows
     * @throws UncheckedIOException if the disk is full or the file unwritable; rows already
     *     written stay valid
     */
    public synchronized void append(List<ResultRow> rows) {
        String text = format(rows);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage()
                    + " (results written so far are intact; re-run the same command to resume)", e);
        }
        for (ResultRow r : rows) {
            if (ResultRow.STATUS.equals(r.metric())) {
                completed.add(r.task());
            }
        }
    }

    /**
     * Rewrites the file sorted by system, forecaster, seed, window and metric, so the final file
     * does not depend on the order in which threads finished.
     *
     * @throws IOException if the file cannot be rewritten
     */
    public synchronized void sort() throws IOException {
        List<String> ignored = new ArrayList<>();
        List<ResultRow> rows = new ArrayList<>(read(file, ignored));
        rows.sort(Comparator.comparing(ResultRow::system).thenComparing(ResultRow::forecaster)
                .thenComparingLong(ResultRow::seed).thenComparingInt(ResultRow::window).thenComparing(ResultRow::metric));
        rewrite(rows);
    }

    static String format(List<ResultRow> rows) {
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            for (ResultRow r : rows) {
                p.printRecord(r.system(), r.forecaster(), r.seed(), r.window(), r.metric(), r.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
