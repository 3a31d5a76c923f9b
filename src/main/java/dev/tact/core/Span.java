package dev.tact.core;

/**
 * A piece of a line that makes it more specific, sensitive or personal.
 *
 * @param start    offset of the first character, in UTF-16 units
 * @param end      offset after the last character
 * @param kind     what it is
 * @param weight   how much it counts, in [0, 1]
 * @param text     the text it covers
 * @param category finer class, e.g. {@code health} for a sensitive span or {@code mocking} for tone;
 *                 empty when none
 */
public record Span(int start, int end, SpanKind kind, double weight, String text, String category) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start <= end: " + start + ", " + end);
        }
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("span weight must be in [0, 1]: " + weight);
        }
        category = category == null ? "" : category;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
