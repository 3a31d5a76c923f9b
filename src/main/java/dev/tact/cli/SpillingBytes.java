package dev.tact.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes written once, in order, then read back once, in the same order: kept in memory up to a bound,
 * then moved to a temporary file that {@link #close} removes. Memory stays flat in how much is
 * written. Used from one thread.
 */
final class SpillingBytes extends OutputStream {
    private static final int BUFFER = 64 * 1024;
    private final int limit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path spill;
    private OutputStream file;

    /** @param limit bytes kept in memory before the rest goes to a temporary file, at least 0 */
    SpillingBytes(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (file == null && memory.size() + length <= limit) {
            memory.write(bytes, offset, length);
            return;
        }
        if (file == null) {
            spill = Files.createTempFile("tact-held", ".tmp");
            file = new BufferedOutputStream(Files.newOutputStream(spill), BUFFER);
            memory.writeTo(file);
            memory = null;
        }
        file.write(bytes, offset, length);
    }

    /**
     * Everything written, from the start; call once, after the last write.
     *
     * @throws UncheckedIOException when the temporary file cannot be read
     */
    InputStream readBack() {
        if (file == null) {
            return new ByteArrayInputStream(memory.toByteArray());
        }
        try {
            file.close();
            return new BufferedInputStream(Files.newInputStream(spill), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether anything went to a temporary file (for tests). */
    boolean spilled() {
        return spill != null;
    }

    /** Drops what is held and removes the temporary file, if any. */
    @Override
    public void close() {
        memory = null;
        if (spill != null) {
            try {
                file.close();
                Files.deleteIfExists(spill);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
