package dev.tact.report;

import dev.tact.core.Decision;
import dev.tact.store.trail.CampaignTrail;
import java.util.List;

/**
 * The record of a campaign that a PDF report embeds as {@code tact-record.json}: enough to
 * re-check every decision on its lines without the database. Decisions are written with every
 * component of {@link Decision}, so a component added there is recorded without a change here.
 *
 * @param format     the record format's version, {@link #FORMAT}
 * @param exportedAt when the report was made, ISO 8601
 * @param chainHead  the ledger's newest decision when the report was made
 * @param lines      the campaign's lines at their current versions
 * @param decisions  every decision on those lines, by id
 * @param chain      the id and hash of every decision in the ledger up to the head, so the
 *                   decisions' links can be followed across other campaigns' decisions
 * @param reviewers  the reviewer registry's signed entries (names, roles, public keys), so each
 *                   signature can be checked against the key enrolled for it
 * @param checkpoint the newest signed checkpoint of the chain; null when there is none
 */
public record CampaignRecord(int format, String campaign, String exportedAt, String exportedBy, PolicyRef policy,
                             Decision.Head chainHead, List<LineRef> lines, List<Decision> decisions,
                             List<CampaignTrail.Link> chain, List<dev.tact.core.ReviewerEntry> reviewers,
                             dev.tact.core.Checkpoint checkpoint) {

    /** The version of this record's layout. */
    public static final int FORMAT = 1;

    /** The name the record is embedded under. */
    public static final String FILE_NAME = "tact-record.json";

    /** The policy in force when the report was made; version 0 is the bundled default. */
    public record PolicyRef(String name, int version) {
    }

    /** A line at its current version and the SHA-256 of its text (UTF-8, lower-case hex). */
    public record LineRef(String id, int version, String textSha256, String text) {
    }

    public CampaignRecord {
        lines = List.copyOf(lines);
        decisions = List.copyOf(decisions);
        chain = List.copyOf(chain);
        reviewers = List.copyOf(reviewers);
    }
}
