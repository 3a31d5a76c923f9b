package dev.tact.store.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import: its name for messages and the import log, how to open it, its size in
 * bytes for progress (0 when unknown), and the encoding of its text.
 */
public record ImportSource(String name, Opener opener, long size, Charset encoding) {

    /** A UTF-8 source. */
    public ImportSource(String name, Opener opener, long size) {
        this(name, opener, size, StandardCharsets.UTF_8);
    }

    /** The same source read as text in another encoding. */
    public ImportSource withEncoding(Charset other) {
        return new ImportSource(name, opener, size, other);
    }

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
        return new ImportSource(file.toString(), () -> open(file), size);
    }

    // Linux opens a directory as a stream that fails on the first read, which a CSV parser
    // would report as bad quoting; it is named for what it is instead.
    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        return Files.newInputStream(file);
    }

    /** A classpath resource, such as the bundled demo data. */
    public static ImportSource ofResource(String resource) {
        return new ImportSource(resource.substring(1), () -> {
            InputStream in = ImportSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in;
        }, 0);
    }
}
