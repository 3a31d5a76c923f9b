package dev.tact.store.trail;

import dev.tact.core.Band;
import dev.tact.core.Decision;
import dev.tact.core.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps decision rows to {@link Decision}s and back. */
public final class DecisionRows {
    public static final String COLUMNS = "id, line_id, line_version, verdict, reviewer, reason, override, decided_at,"
        + " score, band, assessment, policy_version, policy_name, text_sha256, stats_sha256, channel, signer,"
        + " role, route, previous_hash, hash, signature";

    private DecisionRows() {
    }

    public static Decision read(ResultSet row) throws SQLException {
        return new Decision(row.getLong(1), row.getString(2), row.getInt(3), Verdict.fromCode(row.getString(4)),
            row.getString(5), row.getString(6), row.getInt(7) == 1, row.getString(8), row.getInt(9),
            Band.fromCode(row.getString(10)), row.getString(11), row.getInt(12), row.getString(13),
            row.getString(14), row.getString(15), row.getString(16), row.getString(17), row.getString(18),
            row.getString(19), row.getString(20), row.getString(21), row.getString(22));
    }

    static void insert(Connection connection, Decision decision) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, decision.id());
            insert.setString(2, decision.lineId());
            insert.setInt(3, decision.lineVersion());
            insert.setString(4, decision.verdict().code());
            insert.setString(5, decision.reviewer());
            insert.setString(6, decision.reason());
            insert.setInt(7, decision.override() ? 1 : 0);
            insert.setString(8, decision.decidedAt());
            insert.setInt(9, decision.score());
            insert.setString(10, decision.band().code());
            insert.setString(11, decision.assessment());
            insert.setInt(12, decision.policyVersion());
            insert.setString(13, decision.policyName());
            insert.setString(14, decision.textSha256());
            insert.setString(15, decision.statsSha256());
            insert.setString(16, decision.channel());
            insert.setString(17, decision.signer());
            insert.setString(18, decision.role());
            insert.setString(19, decision.route());
            insert.setString(20, decision.previousHash());
            insert.setString(21, decision.hash());
            insert.setString(22, decision.signature());
            insert.executeUpdate();
        }
    }

    /** The newest decision's id and hash, or (0, genesis) when there is none. */
    public static Decision.Head head(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, hash FROM decision ORDER BY id DESC LIMIT 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? new Decision.Head(row.getLong(1), row.getString(2))
                : new Decision.Head(0, Decision.GENESIS);
        }
    }
}
