package dev.tact.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output held back until the input has been read whole: a consumer that ignores the exit status
 * must never see a plausible but truncated report. Kept in memory up to a bound, then spilled to
 * a temporary file that is removed on close.
 */
final class HeldOutput extends Writer {
    /** Characters kept in memory before the rest goes to a temporary file. */
    static final int IN_MEMORY = 4 * 1024 * 1024;

    private final int limit;
    private final StringBuilder memory = new StringBuilder();
    private Path spill;
    private Writer spillWriter;
    private PrintWriter through;

    HeldOutput() {
        this(IN_MEMORY);
    }

    HeldOutput(int limit) {
        this.limit = limit;
    }

    /** A print writer over this holder, for code that writes to a print writer. */
    PrintWriter printWriter() {
        return new PrintWriter(this, false);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (through != null) {
            through.write(chars, offset, length);
            return;
        }
        if (spillWriter == null && memory.length() + length <= limit) {
            memory.append(chars, offset, length);
            return;
        }
        if (spillWriter == null) {
            spill = Files.createTempFile("tact-output", ".tmp");
            spillWriter = new BufferedWriter(Files.newBufferedWriter(spill, StandardCharsets.UTF_8));
            spillWriter.append(memory);
            memory.setLength(0);
            memory.trimToSize();
        }
        spillWriter.write(chars, offset, length);
    }

    /**
     * Hands everything held to the real output and sends what is written after straight to it: for
     * a caller that has read and checked its whole input and only writes from then on (tact score
     * with a database, whose last step is writing its held lines), so that they are not held twice.
     */
    void passThrough(PrintWriter out) {
        releaseTo(out);
        close();
        through = out;
    }

    /** Hands everything held to the real output, in the order it was written (after {@link #passThrough}, flushes it). */
    void releaseTo(PrintWriter out) {
        if (through != null) {
            out.flush();
            return;
        }
        try {
            if (spillWriter == null) {
                out.append(memory);
            } else {
                spillWriter.flush();
                try (BufferedReader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                    in.transferTo(out);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether anything went to a temporary file (for tests). */
    boolean spilled() {
        return spill != null;
    }

    @Override
    public void flush() throws IOException {
        if (through != null) {
            through.flush();
        } else if (spillWriter != null) {
            spillWriter.flush();
        }
    }

    /** Drops what is held and removes the temporary file, if any. */
    @Override
    public void close() {
        memory.setLength(0);
        if (spillWriter != null) {
            try {
                spillWriter.close();
                Files.deleteIfExists(spill);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spillWriter = null;
        }
    }
}
