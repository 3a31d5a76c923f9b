package dev.tact.ui.evidence;

import dev.tact.core.BoundCohort;
import dev.tact.ui.lines.DeskLine;
import java.util.Locale;
import java.util.Optional;

/** The line as one of the people it describes reads it. */
public final class ReaderSentence {
    private ReaderSentence() {
    }

    /** "If you are one of these 53 people, this line is about you and 52 others." */
    public static String of(DeskLine line) {
        Optional<BoundCohort> cohort = line.assessment().cohort();
        if (cohort.isEmpty()) {
            return "The line names no number of people: readers judge it by its words alone.";
        }
        long size = cohort.get().size();
        if (size <= 1) {
            return "If you are the one person this describes, this line is about you alone.";
        }
        return String.format(Locale.ROOT, "If you are one of these %,d people, this line is about you and %,d other%s.",
            size, size - 1, size == 2 ? "" : "s");
    }
}
