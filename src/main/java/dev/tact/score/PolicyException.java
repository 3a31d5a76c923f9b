package dev.tact.score;

/** A policy document that cannot be used; the message says what is wrong and where. */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }

    public PolicyException(String message) {
        super(message);
    }
}
