package dev.tact.ui.lines;

import dev.tact.core.Assessment;
import dev.tact.core.ReviewItem;
import java.util.Locale;

/**
 * A line as the desk shows it: the stored line with its stats, its assessment, and the
 * lower-case text the search matches against (built once, so filtering 100,000 lines allocates
 * nothing).
 */
public record DeskLine(ReviewItem item, Assessment assessment, String searchKey) {

    public DeskLine(ReviewItem item, Assessment assessment) {
        this(item, assessment, searchKey(item, assessment));
    }

    private static String searchKey(ReviewItem item, Assessment assessment) {
        var line = item.line();
        return (line.id() + "\n" + line.campaign() + "\n" + line.author() + "\n" + line.channel() + "\n"
            + line.status().label() + "\n" + assessment.band().code() + "\n" + line.text()).toLowerCase(Locale.ROOT);
    }
}
