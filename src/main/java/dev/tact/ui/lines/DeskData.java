package dev.tact.ui.lines;

import dev.tact.store.DatabaseSummary;
import java.util.List;

/** What the lines screen shows, read in one go off the JavaFX thread. */
public record DeskData(List<DeskLine> lines, String policy, DatabaseSummary summary) {

    public DeskData {
        lines = List.copyOf(lines);
    }

    /** Reads the desk's data; called on a background thread. */
    @FunctionalInterface
    public interface Source {
        DeskData read();
    }
}
