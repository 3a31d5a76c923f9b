package dev.tact.score;

import dev.tact.core.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lines that, each safe alone, together single out fewer people than the floor: a cohort's figure
 * minus the figures of cohorts inside it.
 *
 * @param kind       a nested pair, or a parent's residual after its children along one dimension
 * @param parent     the figure of the enclosing cohort
 * @param subtracted the figures taken from it: one for a pair, two or more for a residual
 * @param difference what a reader infers of parent − Σ subtracted, in people, clipped at 0 (the inner
 *                   cohorts lie inside the parent, so the true difference is never negative)
 * @param revealed   the part of {@code difference} in [1, floor − 1]: the small non-empty group sizes the
 *                   reader cannot rule out; never empty
 * @param floor      the largest {@code minCohort} of the lines' channels: a group of at least this many
 *                   people is allowed, as the single-line assessment allows a cohort of exactly the floor
 * @param cohort     who the difference is, e.g. "Streamed Boozy Brunch on a Wednesday, where place is Leeds"
 */
public record DisclosureFinding(Kind kind, ReleasedFigure parent, List<ReleasedFigure> subtracted,
                                Interval difference, Interval revealed, long floor, String cohort) {

    /** Which differencing reveals the group. */
    public enum Kind { NESTED_PAIR, RESIDUAL }

    public DisclosureFinding {
        subtracted = List.copyOf(subtracted);
        if (subtracted.isEmpty() || kind == Kind.RESIDUAL && subtracted.size() < 2) {
            throw new IllegalArgumentException("a pair subtracts one figure and a residual two or more: "
                + subtracted.size());
        }
        if (revealed.lo() < 1 || revealed.hi() > floor - 1) {
            throw new IllegalArgumentException("a finding reveals between 1 and floor - 1 people: " + revealed
                + " for floor " + floor);
        }
    }

    /** Every figure of the finding, the parent first. */
    public List<ReleasedFigure> figures() {
        return Stream.concat(Stream.of(parent), subtracted.stream()).toList();
    }

    /** The ids of the lines involved, the parent's first. */
    public List<String> lineIds() {
        return figures().stream().map(ReleasedFigure::lineId).toList();
    }

    /** Whether this line is one of the finding's. */
    public boolean involves(String lineId) {
        return lineIds().contains(lineId);
    }

    /** The arithmetic as a reader would do it: "3,445 − 3,441" or "3,445 − 2,900 − 538". */
    public String arithmetic() {
        StringBuilder out = new StringBuilder(parent.revealed().describe());
        for (ReleasedFigure figure : subtracted) {
            out.append(" − ").append(figure.revealed().describe());
        }
        return out.toString();
    }

    /**
     * The finding as a reviewer of one of its lines reads it: "Together with w26-04 (approved
     * 2026-03-02) this reveals 4 people: 3,445 − 3,441 — Streamed Boozy Brunch on a Wednesday, where
     * place is Leeds".
     */
    public String message(String lineId) {
        List<String> others = new ArrayList<>();
        for (ReleasedFigure figure : figures()) {
            if (!figure.lineId().equals(lineId)) {
                others.add(figure.lineId() + " (" + figure.release().describe() + ")");
            }
        }
        String who = involves(lineId) ? "this" : "they";
        return "Together with " + String.join(involves(lineId) ? " and " : ", ", others) + " " + who + " reveals "
            + people() + ": " + arithmetic() + " — " + cohort;
    }

    /** "4 people", or "as few as 1 and up to 44 people" when the words leave a range. */
    public String people() {
        return revealed.isExact() ? Counts.people(revealed.lo())
            : "between " + Counts.grouped(revealed.lo()) + " and " + Counts.people(revealed.hi());
    }

    /** The column form, for tables: "w26-04 w26-07: 4" or "w26-04: 1–44". */
    public String brief(String lineId) {
        List<String> others = lineIds().stream().filter(id -> !id.equals(lineId)).toList();
        return String.join(" ", others) + ": " + revealed.describe();
    }
}
