package dev.tact.cli;

/** The database a command must read or decide in is not there (or is a directory). Exit status 2. */
final class MissingDatabaseException extends RuntimeException {
    MissingDatabaseException(String message) {
        super(message);
    }
}
