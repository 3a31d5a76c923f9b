package dev.tact.report;

/**
 * One line of a sign-off report.
 *
 * @param cohortSize the bound cohort's size, empty text when the line states none
 * @param factors    the four factors besides the cohort, briefly ("specificity 0.74, address 0.60")
 * @param verdict    the latest decision's verdict, empty when undecided
 * @param stale      why an approval no longer stands, empty if none
 */
public record SignOffRow(String lineId, int version, String channel, String author, String status, String text,
                         String cohortSize, int score, String band, String factors, String verdict, String reviewer,
                         String decidedAt, String reason, boolean override, String stale) {
}
