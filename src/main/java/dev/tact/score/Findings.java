package dev.tact.score;

import dev.tact.core.Span;
import java.util.List;

/**
 * What the span finder found in a line.
 *
 * @param spans  every span, in text order
 * @param counts the numbers of people the text states, each with its span
 * @param words  the content words, for matching the line to stats
 */
record Findings(List<Span> spans, List<Count> counts, List<String> words) {

    /**
     * A number of people stated in the text.
     *
     * @param people how many
     * @param span   where
     */
    record Count(long people, Span span) {
    }
}
