package dev.tact.ui.lines;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.Decision;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.core.Verdict;
import java.util.Locale;
import java.util.Optional;

/**
 * A line as the desk shows it: the stored line with its stats, its assessment, the override its
 * standing approval was given on (if any), and the lower-case text the search matches against
 * (built once, so filtering 100,000 lines allocates nothing).
 *
 * @param override present only for an approved line whose approval overrode a high or unassessed band
 */
public record DeskLine(ReviewItem item, Assessment assessment, Optional<ApprovalOverride> override,
                       String searchKey) {

    /** Who approved a line over which band, and the reason they wrote. */
    public record ApprovalOverride(Band band, String reviewer, String reason) {

        /** The override a recorded decision carries, if it is one. */
        public static Optional<ApprovalOverride> of(Decision decision) {
            return decision.verdict() == Verdict.APPROVE && decision.override()
                ? Optional.of(new ApprovalOverride(decision.band(), decision.reviewer(), decision.reason()))
                : Optional.empty();
        }

        /** "Approved by ana over a high band: …", for the queue's tooltip. */
        public String note() {
            return "Approved by " + reviewer + " over a" + (band == Band.UNASSESSED ? "n " : " ") + band.code()
                + " band: " + reason;
        }
    }

    public DeskLine {
        if (override.isPresent() && item.line().status() != LineStatus.APPROVED) {
            throw new IllegalArgumentException("only an approved line carries an override: line "
                + item.line().id() + " is " + item.line().status().code());
        }
    }

    public DeskLine(ReviewItem item, Assessment assessment) {
        this(item, assessment, Optional.empty());
    }

    public DeskLine(ReviewItem item, Assessment assessment, Optional<ApprovalOverride> override) {
        this(item, assessment, override, searchKey(item, assessment, override));
    }

    /** The line after a decision moved it: the override stays only on an approval that carries one. */
    public DeskLine withStatus(LineStatus status, Optional<ApprovalOverride> approvalOverride) {
        var copy = item.line();
        dev.tact.core.CopyLine moved = new dev.tact.core.CopyLine(copy.id(), copy.campaign(), copy.channel(),
            copy.author(), copy.text(), copy.statIds(), status, copy.version());
        return new DeskLine(new ReviewItem(moved, item.cited()), assessment,
            status == LineStatus.APPROVED ? approvalOverride : Optional.empty());
    }

    /** Whether the line still waits for a reviewer: pending, or sent back with changes requested. */
    public boolean needsDecision() {
        LineStatus status = item.line().status();
        return status == LineStatus.PENDING || status == LineStatus.CHANGES_REQUESTED;
    }

    /** The status as the queue shows it: "Approved · override" when the approval overrode the band. */
    public String statusText() {
        return item.line().status().label() + (override.isPresent() ? " · override" : "");
    }

    // "override" is searchable, so a reviewer can list the lines approved on someone's word.
    private static String searchKey(ReviewItem item, Assessment assessment, Optional<ApprovalOverride> override) {
        var line = item.line();
        return (line.id() + "\n" + line.campaign() + "\n" + line.author() + "\n" + line.channel() + "\n"
            + line.status().label() + "\n" + assessment.band().code() + "\n" + line.text()
            + override.map(found -> "\noverride").orElse("")).toLowerCase(Locale.ROOT);
    }
}
