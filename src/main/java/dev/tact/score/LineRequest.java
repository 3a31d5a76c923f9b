package dev.tact.score;

import dev.tact.core.Stat;
import java.util.List;

/**
 * One line to assess.
 *
 * @param text    the copy
 * @param cited   the stats it cites
 * @param channel where it would run, empty for the policy defaults
 */
public record LineRequest(String text, List<Stat> cited, String channel) {

    public LineRequest {
        cited = List.copyOf(cited);
        channel = channel == null ? "" : channel;
    }
}
