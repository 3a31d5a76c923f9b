package dev.tact.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** What reading an import file gave: its data rows and the SHA-256 of its bytes. */
record FileRead(long rows, String sha256) {
    static final FileRead NOTHING = new FileRead(0, "");

    /** A sentence for a file that could not be opened or read. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot be read: no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        return "cannot be read: " + e.getMessage();
    }
}
