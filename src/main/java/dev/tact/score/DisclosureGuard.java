package dev.tact.score;

import dev.tact.core.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one line reveals together with everything else out (issue 14), for the safer-alternatives
 * ladder: the line's differencing findings as it stands, and a re-check of a rewrite in its place.
 * A rewrite is offered only when it leaves the line in no finding, so accepting it closes every gap
 * the line had and opens none (src/site/decisions/0010-disclosure-across-lines.md).
 *
 * <p>A rewrite of the same stat never closes a nested pair whose true difference is small: its
 * interval still holds the true size, so the difference the reader can infer still reaches below the
 * floor. What closes one is a broader cohort whose difference reaches the floor, or no number.
 */
public final class DisclosureGuard {
    /** For a line checked against nothing: no findings, and no rewrite is ever refused. */
    public static final DisclosureGuard NONE = new DisclosureGuard("-", List.of(), List.of());

    private final String lineId;
    private final List<ReleasedFigure> others;
    private final List<DisclosureFinding> findings;

    private DisclosureGuard(String lineId, List<ReleasedFigure> others, List<DisclosureFinding> findings) {
        this.lineId = lineId;
        this.others = List.copyOf(others);
        this.findings = List.copyOf(findings);
    }

    /**
     * @param lineId   the line the ladder rewrites
     * @param others   every other figure: the campaign's other lines (under review) and what is out
     *                 (approved, published); a figure of {@code lineId} itself is left out
     * @param findings the line's findings as it stands ({@link DisclosureCheck#find}, kept to the line)
     * @throws IllegalArgumentException when a finding does not involve the line
     */
    public static DisclosureGuard of(String lineId, List<ReleasedFigure> others, List<DisclosureFinding> findings) {
        for (DisclosureFinding finding : findings) {
            if (!finding.involves(lineId)) {
                throw new IllegalArgumentException("a finding of " + finding.lineIds() + " is not " + lineId + "'s");
            }
        }
        return new DisclosureGuard(lineId, others.stream().filter(figure -> !figure.lineId().equals(lineId)).toList(),
            findings);
    }

    /** The line's findings as it stands, possibly none. */
    public List<DisclosureFinding> findings() {
        return findings;
    }

    /** The line's assessment with its findings: {@code high} while one stands ({@link DisclosureCheck#withFindings}). */
    public Assessment judged(Assessment assessment) {
        return DisclosureCheck.withFindings(assessment, lineId, findings);
    }

    /** The other lines of the line's findings, each once, in the order the findings name them. */
    public List<String> partners() {
        Set<String> partners = new LinkedHashSet<>();
        findings.forEach(finding -> finding.lineIds().stream().filter(id -> !id.equals(lineId)).forEach(partners::add));
        return List.copyOf(partners);
    }

    /**
     * The findings the line would be in if it said {@code text} instead: checked against every other
     * figure, as {@code tact check} would check the campaign with the rewrite accepted.
     *
     * @param assessment the rewrite's assessment (its bound stat and its channel's floor)
     */
    public List<DisclosureFinding> findingsIf(String text, Assessment assessment) {
        if (others.isEmpty()) {
            return List.of();
        }
        Optional<ReleasedFigure> figure = ReleasedFigure.of(lineId, text, assessment, ReleasedFigure.Release.UNDER_REVIEW);
        if (figure.isEmpty()) {
            return List.of();
        }
        List<DisclosureFinding> found = new ArrayList<>();
        for (DisclosureFinding finding : DisclosureCheck.find(List.of(figure.get()), others)) {
            if (finding.involves(lineId)) {
                found.add(finding);
            }
        }
        return found;
    }
}
