package dev.tact.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import: its name for messages and the import log, how to open it, and its size in
 * bytes for progress (0 when unknown).
 */
public record ImportSource(String name, Opener opener, long size) {

    /** Opens a fresh stream on the content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file on disk; a missing or unreadable file is reported when the import opens it. */
    public static ImportSource ofFile(Path file) {
        long size;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            size = 0;
        }
        return new ImportSource(file.toString(), () -> Files.newInputStream(file), size);
    }

    /** A classpath resource, such as the bundled demo data. */
    static ImportSource ofResource(String resource) {
        return new ImportSource(resource.substring(1), () -> {
            InputStream in = ImportSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in;
        }, 0);
    }
}
