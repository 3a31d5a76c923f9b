package dev.tact.store.files;

import java.io.IOException;

/** An import file Tact recognises but does not read; the message says what it is and the fix. */
final class UnreadableFileException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
        super(message);
    }
}
