package dev.tact.store.lines;

import java.util.List;

/**
 * One proposed line as read from a copy file, checked but not yet written (or scored).
 *
 * @param line          physical line in the file
 * @param id            line id, given or derived from the file name and line
 * @param campaign      campaign name
 * @param channel       where it would run, lower case, empty if not given
 * @param author        who wrote it, empty if not given
 * @param text          the copy
 * @param statIds       cited stat ids, in order
 * @param statIdsColumn 1-based column of stat_ids, for messages; 0 when there is none
 */
public record CopyRow(long line, String id, String campaign, String channel, String author, String text,
               List<String> statIds, int statIdsColumn) {

    public CopyRow {
        statIds = List.copyOf(statIds);
    }

    /** The same row with another author (when empty, the row as it is). */
    CopyRow withAuthor(String name) {
        return name.isEmpty() ? this : new CopyRow(line, id, campaign, channel, name, text, statIds, statIdsColumn);
    }
}
