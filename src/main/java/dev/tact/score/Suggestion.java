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
 * @param closes  the other lines of the differencing findings the line is in and this wording leaves
 *                it out of (issue 14), e.g. {@code [w26-09]}; empty for a line in no finding
 */
public record Suggestion(int rank, String text, Assessment assessment, Optional<Stat> stat, List<String> dropped,
                         List<String> closes) {

    public Suggestion {
        dropped = List.copyOf(dropped);
        closes = List.copyOf(closes);
    }

    /** A suggestion for a line in no differencing finding. */
    public Suggestion(int rank, String text, Assessment assessment, Optional<Stat> stat, List<String> dropped) {
        this(rank, text, assessment, stat, dropped, List.of());
    }

    /** Where a line's version came from when this is accepted: "suggestion 1 on stat bb-wed; dropped place". */
    public String origin() {
        return "suggestion " + rank + stat.map(wider -> " on stat " + wider.id()).orElse(" (text only)") + "; dropped "
            + String.join(", ", dropped) + (closes.isEmpty() ? "" : "; closes the gap with " + String.join(", ", closes));
    }
}
