package dev.tact.score;

import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.Stat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One figure out in the world, or about to be: a line's bound stat and the interval of its size the
 * line's wording reveals.
 *
 * @param lineId   the line that states it
 * @param stat     the stat it is bound to (cited or matched); its source, period and dimensions place it
 * @param revealed what a reader infers of the stat's size from the words, [lo, hi] people, lo >= 0
 * @param release  how it is released: under review, approved or published, and when
 * @param floor    the smallest cohort the policy allows on the line's channel ({@code minCohort}), >= 1
 */
public record ReleasedFigure(String lineId, Stat stat, Interval revealed, Release release, long floor) {

    public ReleasedFigure {
        if (lineId == null || lineId.isBlank()) {
            throw new IllegalArgumentException("a released figure names its line");
        }
        if (revealed.lo() < 0) {
            throw new IllegalArgumentException("a revealed count is never negative: " + revealed);
        }
        if (floor < 1) {
            throw new IllegalArgumentException("floor must be >= 1: " + floor);
        }
    }

    /** How a line is out: in the campaign under review, approved (on a date), or published (on a date). */
    public record Release(Kind kind, String date) {
        /** Under review first: the order in which a finding names its lines. */
        public enum Kind { UNDER_REVIEW, APPROVED, PUBLISHED }

        public Release {
            date = date == null ? "" : date;
        }

        public static final Release UNDER_REVIEW = new Release(Kind.UNDER_REVIEW, "");

        /** "approved 2026-03-02", "published 2026-03-10", "in this campaign". */
        public String describe() {
            String what = switch (kind) {
                case UNDER_REVIEW -> "in this campaign";
                case APPROVED -> "approved";
                case PUBLISHED -> "published";
            };
            return date.isEmpty() || kind == Kind.UNDER_REVIEW ? what : what + " " + date;
        }
    }

    /**
     * The figure a line releases, or empty when its cohort is not bound to a stat or its text states
     * no number of it (then it reveals no figure to difference).
     *
     * @param lineId     the line's id
     * @param text       the line's text, as assessed
     * @param assessment its assessment: the bound cohort and the floor of its channel
     * @param release    how it is released
     */
    public static Optional<ReleasedFigure> of(String lineId, String text, Assessment assessment, Release release) {
        Optional<BoundCohort> cohort = assessment.cohort().filter(bound -> bound.stat().isPresent());
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        return WordedCount.revealed(text, cohort.get()).map(interval -> new ReleasedFigure(lineId,
            cohort.get().stat().get(), interval.atLeastOf(0), release, Math.max(1, assessment.minCohort())));
    }

    /**
     * The figure of a line that cites stats, without assessing it: what {@link #of} gives for the
     * line's assessment, since a line citing stats is bound to the smallest of them whatever its
     * words or language ({@code CohortBinder}), and the interval its words reveal of a cited stat
     * does not depend on the rest of the assessment. Checking a campaign against 100,000 released
     * lines reads their figures this way instead of assessing each (issue 14's budget).
     *
     * @param cited     the stats the line's version cites; empty gives no figure (assess the line instead)
     * @param minCohort the floor of the line's channel ({@code Policy.Thresholds#minCohort}), >= 1
     */
    public static Optional<ReleasedFigure> ofCited(String lineId, String text, List<Stat> cited, long minCohort,
                                                   Release release) {
        Optional<Stat> smallest = cited.isEmpty() ? Optional.empty() : Optional.of(boundOf(cited));
        return smallest.flatMap(stat -> WordedCount.revealed(text, new BoundCohort(stat.cohortSize(),
                BoundCohort.Origin.CITED, Optional.of(stat), Optional.empty()))
            .map(interval -> new ReleasedFigure(lineId, stat, interval.atLeastOf(0), release, Math.max(1, minCohort))));
    }

    /**
     * The stat a line citing these is bound to: the smallest ({@code CohortBinder}).
     *
     * @throws java.util.NoSuchElementException when {@code cited} is empty
     */
    public static Stat boundOf(List<Stat> cited) {
        return cited.stream().min(Comparator.comparingLong(Stat::cohortSize)).orElseThrow();
    }

    /** Whether the line is part of the campaign under review. */
    public boolean underReview() {
        return release.kind() == Release.Kind.UNDER_REVIEW;
    }
}
