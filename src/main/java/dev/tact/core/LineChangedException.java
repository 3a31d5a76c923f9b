package dev.tact.core;

/**
 * A decision refused because the line changed (decided or edited elsewhere) after the reviewer
 * read it: the desk reloads instead of letting them decide a state they never saw.
 */
public final class LineChangedException extends DecisionRefusedException {
    private static final long serialVersionUID = 1L;

    public LineChangedException(String message) {
        super(message);
    }
}
