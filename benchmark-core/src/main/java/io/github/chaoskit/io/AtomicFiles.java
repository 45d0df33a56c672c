package io.github.chaoskit.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Atomic file output: content is written to a temporary file beside the target and renamed
 * over it only when complete, so a reader never sees a partial file and a failed or killed
 * write leaves the previous content (or nothing) behind.
 */
public final class AtomicFiles {

    /** Writes text to a writer; may throw any exception, which aborts the write. */
    @FunctionalInterface
    public interface WriterBody {
        /**
         * @param out the writer (buffered, UTF-8)
         * @throws Exception to abort
         */
        void write(Writer out) throws Exception;
    }

    private AtomicFiles() {
    }

    /**
     * Checks that a file can be created at {@code target}: its directory exists and is writable,
     * and the target is not a directory.
     *
     * @param target the output path
     * @throws IOException with a message naming the path and the problem
     */
    public static void checkWritable(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write " + target + ": directory " + dir + " is not writable");
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new IOException("cannot write " + target + ": file is not writable");
        }
    }

    /**
     * Writes a text file atomically (gzip-compressed when the name ends in {@code .gz}).
     *
     * @param target the file to create or replace
     * @param body writes the content
     * @throws IOException if writing fails; the target is then untouched
     * @throws Exception any exception of {@code body}, after the temporary file is removed
     */
    public static void write(Path target, WriterBody body) throws Exception {
        checkWritable(target);
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                    OutputStream zs = abs.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
                    Writer w = new BufferedWriter(new OutputStreamWriter(zs, StandardCharsets.UTF_8), 1 << 16)) {
                body.write(w);
            }
            try {
                // temporary files are created owner-only; give the result ordinary permissions
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: keep the default
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
