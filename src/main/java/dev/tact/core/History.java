package dev.tact.core;

import java.util.List;

/**
 * A line's past: every version of its text and every decision on it, each newest first.
 *
 * @param versions  the texts the line has had
 * @param decisions the decisions made on it
 */
public record History(List<Version> versions, List<Decision> decisions) {

    /**
     * One version of a line's text, when it was written (ISO 8601), and where it came from
     * (empty when typed or imported; the suggestion when accepted from the ladder).
     */
    public record Version(int version, String text, String createdAt, String origin) {
    }

    public History {
        versions = List.copyOf(versions);
        decisions = List.copyOf(decisions);
    }
}
