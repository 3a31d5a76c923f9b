package dev.tact.report;

import java.util.List;

/**
 * One line of a sign-off report.
 *
 * @param cohortSize the bound cohort's size, empty text when the line states none
 * @param factors    the four factors besides the cohort, briefly ("specificity 0.74, address 0.60")
 * @param verdict    the latest decision's verdict, empty when undecided
 * @param stale      why an approval no longer stands, empty if none
 * @param boundStat  the stat the cohort is bound to ("acp-daily-18d: description, 53 people"), or how
 *                   the cohort was found when no stat binds it
 * @param floor      the cohort floor of the line's channel ("1,000 people (billboard)")
 * @param history    every decision on the line, oldest first, on any version
 * @param disclosures what the line reveals together with other released lines (issue 14), each finding
 *                   with how it stands ("… — resolved: rejected by rita"), empty when none
 */
public record SignOffRow(String lineId, int version, String channel, String author, String status, String text,
                         String cohortSize, int score, String band, String factors, String verdict, String reviewer,
                         String decidedAt, String reason, boolean override, String stale, String boundStat,
                         String floor, List<SignOffDecision> history, List<String> disclosures) {

    public SignOffRow {
        history = List.copyOf(history);
        disclosures = List.copyOf(disclosures);
    }
}
