package dev.tact.store;

import java.io.IOException;

/** The file holds bytes that are not UTF-8, at a known line and column. */
final class InvalidEncodingException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final int column;

    InvalidEncodingException(long line, int column) {
        super("invalid UTF-8 at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    long line() {
        return line;
    }

    int column() {
        return column;
    }
}
