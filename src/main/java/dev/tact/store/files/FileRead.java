package dev.tact.store.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What reading an import file gave: its data rows, the SHA-256 of its bytes, and how it was read
 * when that is not the default ("semicolon-separated"), else empty.
 */
public record FileRead(long rows, String sha256, String readAs) {
    public static final FileRead NOTHING = new FileRead(0, "", "");

    /** A sentence for a file that could not be opened or read. */
    public static String describe(IOException e) {
        if (e instanceof UnreadableFileException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "cannot be read: no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot be read: " + fileSystem.getReason();
        }
        return "cannot be read: " + e.getMessage();
    }
}
