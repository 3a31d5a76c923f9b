package dev.tact.core;

import java.util.Locale;

/**
 * The review rules of DESIGN.md, in one place for the desk and the CLI: rejecting or requesting
 * changes needs a reason; approving a {@code high} line needs a written override reason; no one
 * approves a line they wrote.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * @param author the line's author, empty when unknown
     * @param band   the line's band under the policy in force
     * @throws DecisionRefusedException naming the broken rule
     */
    public static void check(Verdict verdict, String reviewer, String reason, String author, Band band) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new DecisionRefusedException("A decision needs a reviewer.");
        }
        boolean hasReason = hasVisibleText(reason);
        if (verdict != Verdict.APPROVE && !hasReason) {
            throw new DecisionRefusedException("To " + (verdict == Verdict.REJECT ? "reject" : "request changes to")
                + " a line, give a reason.");
        }
        if (verdict == Verdict.APPROVE && isSamePerson(reviewer, author)) {
            throw new DecisionRefusedException(reviewer.strip() + " wrote this line and cannot approve it:"
                + " another reviewer must (four eyes).");
        }
        if (verdict == Verdict.APPROVE && band.needsOverride() && !hasReason) {
            throw new DecisionRefusedException(band == Band.HIGH
                ? "This line is high risk: approving it needs a written override reason."
                : "Tact could not assess this line (its language is not covered by the policy): approving it needs"
                    + " a written reason from the person who read it.");
        }
    }

    /**
     * Whether a reason holds something a reader can see: a reason of spaces, zero-width spaces,
     * joiners or other format characters (Unicode Cf) says nothing.
     */
    public static boolean hasVisibleText(String reason) {
        return reason != null && !reason.replaceAll("[\\p{Cf}\\p{Z}\\s\\p{Cc}]", "").isEmpty();
    }

    /** Whether approving needs an override: the line is {@code high} or {@code unassessed}. */
    public static boolean isOverride(Verdict verdict, Band band) {
        return verdict == Verdict.APPROVE && band.needsOverride();
    }

    private static boolean isSamePerson(String reviewer, String author) {
        return author != null && !author.isBlank()
            && reviewer.strip().toLowerCase(Locale.ROOT).equals(author.strip().toLowerCase(Locale.ROOT));
    }
}
