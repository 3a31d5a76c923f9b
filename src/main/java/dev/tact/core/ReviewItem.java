package dev.tact.core;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A copy line together with the stats it cites: what a reviewer looks at.
 *
 * @param line  the copy line
 * @param cited the stats named in {@link CopyLine#statIds()} that exist, in citation order
 */
public record ReviewItem(CopyLine line, List<Stat> cited) {

    public ReviewItem {
        cited = List.copyOf(cited);
    }

    /** The smallest cited cohort: the line speaks about at most this many people. */
    public Optional<Stat> smallestCitedStat() {
        return cited.stream().min(Comparator.comparingLong(Stat::cohortSize));
    }
}
