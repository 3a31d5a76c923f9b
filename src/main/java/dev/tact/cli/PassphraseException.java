package dev.tact.cli;

/** There is no passphrase to read: no console and no --passphrase-fd or --passphrase-file. */
final class PassphraseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}
