package dev.tact.ui.lines;

import dev.tact.store.db.DatabaseSummary;
import java.util.List;

/**
 * What the queue shows, read off the JavaFX thread: a page of assessed lines (or all of them),
 * the policy's name, what the database holds, and where the next page starts (-1 when none).
 */
public record DeskData(List<DeskLine> lines, String policy, DatabaseSummary summary, long next) {

    public DeskData {
        lines = List.copyOf(lines);
    }

    /** Every line at once. */
    public DeskData(List<DeskLine> lines, String policy, DatabaseSummary summary) {
        this(lines, policy, summary, -1);
    }

    /** Reads a page of the desk's data after a cursor (0 for the first); called on a background thread. */
    @FunctionalInterface
    public interface Source {
        DeskData read(long after);
    }
}
