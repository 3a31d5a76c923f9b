package dev.tact.core;

/** A decision the review rules do not allow; the message says which rule, as a sentence. */
public class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecisionRefusedException(String message) {
        super(message);
    }
}
