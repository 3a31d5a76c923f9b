package dev.tact.core;

import java.util.Optional;

/**
 * The group of people a part of the line speaks about, and where its size comes from.
 *
 * @param size   people in the cohort, at least 0
 * @param origin where the size was found
 * @param stat   the stat it comes from, for {@link Origin#CITED} and {@link Origin#MATCHED}
 * @param span   the span of the line it explains, if any ("53 people")
 */
public record BoundCohort(long size, Origin origin, Optional<Stat> stat, Optional<Span> span) {

    /** Where a cohort's size comes from, most trustworthy first. */
    public enum Origin {
        /** A stat the line cites by id. */
        CITED,
        /** A stat found in the database by the number in the text and the words around it. */
        MATCHED,
        /** The text alone: "53 people" is 53, "Dear person who" is 1. */
        TEXT
    }

    public BoundCohort {
        if (size < 0) {
            throw new IllegalArgumentException("cohort size must be >= 0: " + size);
        }
        if ((origin == Origin.TEXT) == stat.isPresent()) {
            throw new IllegalArgumentException("a stat is given exactly when the cohort is cited or matched");
        }
    }

    /** e.g. {@code 53 ← stat acp-daily-18d (53 of 110,000,000)} or {@code 53 ← "53 people"}. */
    public String explanation() {
        String from;
        if (stat.isPresent()) {
            Stat source = stat.get();
            from = "stat " + source.id() + (source.baseSize().isPresent() ? " (" + Counts.grouped(source.cohortSize())
                + " of " + Counts.grouped(source.baseSize().getAsLong()) + ")" : "");
        } else {
            from = span.map(s -> "\"" + s.text() + "\"").orElse("the text");
        }
        return Counts.grouped(size) + " ← " + from;
    }
}
