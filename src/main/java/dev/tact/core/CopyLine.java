package dev.tact.core;

import java.util.List;

/**
 * One proposed line of ad copy, at its current version.
 *
 * @param id       unique line id
 * @param campaign name of the campaign it belongs to
 * @param channel  where it would run (billboard, social, email, in-app), empty if not given
 * @param author   who wrote it, empty if not given
 * @param text     the copy itself
 * @param statIds  ids of the stats the line cites, in the order given
 * @param status   where it stands in review
 * @param version  1 for the first text, one more for each changed text
 */
public record CopyLine(String id, String campaign, String channel, String author, String text,
                       List<String> statIds, LineStatus status, int version) {

    public CopyLine {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1: " + version);
        }
        channel = channel == null ? "" : channel;
        author = author == null ? "" : author;
        statIds = List.copyOf(statIds);
    }
}
