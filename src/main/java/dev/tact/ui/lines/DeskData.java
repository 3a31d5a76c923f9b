package dev.tact.ui.lines;

import dev.tact.core.ReviewItem;
import dev.tact.store.DatabaseSummary;
import java.util.List;

/** What the lines screen shows, read in one go off the JavaFX thread. */
public record DeskData(List<ReviewItem> items, DatabaseSummary summary) {

    public DeskData {
        items = List.copyOf(items);
    }

    /** Reads the desk's data; called on a background thread. */
    @FunctionalInterface
    public interface Source {
        DeskData read();
    }
}
