package dev.tact.score;

import dev.tact.core.Assessment;
import dev.tact.core.Stat;
import java.util.List;
import java.util.Optional;

/**
 * A safer way to say a line: the rewritten text, its assessment, the broader stat it rests on
 * (empty for a text-only rung) and the dimensions or qualifiers it gave up.
 *
 * @param rank    1 for the suggestion that keeps the most of the idea
 * @param dropped what was given up, e.g. {@code window} or {@code place "in Brooklyn"}
 */
public record Suggestion(int rank, String text, Assessment assessment, Optional<Stat> stat, List<String> dropped) {

    public Suggestion {
        dropped = List.copyOf(dropped);
    }
}
