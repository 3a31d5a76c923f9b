package dev.tact.report;

import java.util.List;

/**
 * What a sign-off report shows: the campaign, who made the report and when, the policy and its
 * thresholds, the chain head that seals the trail, how many lines stand in each status, one row
 * per line, and the record a PDF embeds for re-checking.
 *
 * @param statusCounts each status with its number of lines ("Approved 2"), in review order
 */
public record SignOffSheet(String campaign, String generatedAt, String generatedBy, String policy,
                           String thresholds, String chainHead, String decisionRange, List<String> statusCounts,
                           List<SignOffRow> rows, CampaignRecord record) {

    public SignOffSheet {
        statusCounts = List.copyOf(statusCounts);
        rows = List.copyOf(rows);
    }
}
