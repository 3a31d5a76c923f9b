package dev.tact.report;

import java.util.List;

/**
 * What a sign-off report shows: the campaign, who made the report and when, the policy and its
 * thresholds, the chain head that seals the trail, and one row per line.
 */
public record SignOffSheet(String campaign, String generatedAt, String generatedBy, String policy,
                           String thresholds, String chainHead, String decisionRange, List<SignOffRow> rows) {

    public SignOffSheet {
        rows = List.copyOf(rows);
    }
}
