package dev.tact.store;

import dev.tact.core.Decision;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.core.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the sign-off trail: every decision's hash against its contents and the one before,
 * every decision's text hash against the stored text of its line version, and every line
 * marked approved against its latest decision and the stats it cites now.
 */
public final class ChainVerifier {

    /**
     * @param decisions how many decisions were checked
     * @param head      the newest decision's hash (the chain head), or the genesis hash
     * @param problem   the first thing that does not verify, as a sentence; empty when all do
     * @param decisionId the decision it concerns, 0 when it concerns a line
     */
    public record Result(long decisions, String head, Optional<String> problem, long decisionId) {
        public boolean verified() {
            return problem.isEmpty();
        }
    }

    private final Database database;

    public ChainVerifier(Database database) {
        this.database = database;
    }

    public Result verify() {
        try (Connection connection = database.connect()) {
            return walk(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not read the decisions in " + database.file() + ": " + e.getMessage(), e);
        }
    }

    private Result walk(Connection connection) throws SQLException {
        String previous = Decision.GENESIS;
        long count = 0;
        Map<String, Decision> latestByLine = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT " + DecisionRows.COLUMNS + " FROM decision ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Decision decision = DecisionRows.read(row);
                count++;
                Optional<String> problem = check(connection, decision, previous, count);
                if (problem.isPresent()) {
                    return new Result(count, previous, problem, decision.id());
                }
                previous = decision.hash();
                latestByLine.put(decision.lineId(), decision);
            }
        }
        Optional<String> lineProblem = checkApprovedLines(connection, latestByLine);
        return new Result(count, previous, lineProblem, 0);
    }

    private static Optional<String> check(Connection connection, Decision decision, String previous, long position)
        throws SQLException {
        String where = "decision " + decision.id() + " (line " + decision.lineId() + ", " + decision.verdict().code()
            + " by " + decision.reviewer() + " at " + decision.decidedAt() + ")";
        if (decision.id() != position) {
            return Optional.of(where + ": expected decision " + position + " here; a decision was removed or renumbered");
        }
        if (!decision.previousHash().equals(previous)) {
            return Optional.of(where + ": it does not link to the decision before it; the chain was cut or reordered");
        }
        if (!decision.expectedHash(previous).equals(decision.hash())) {
            return Optional.of(where + ": its hash does not match its contents; the row was changed after it was"
                + " recorded");
        }
        Optional<String> text = versionText(connection, decision.lineId(), decision.lineVersion());
        if (text.isEmpty() || !Bindings.textHash(text.get()).equals(decision.textSha256())) {
            return Optional.of(where + ": the text of version " + decision.lineVersion()
                + " is not the text that was decided on");
        }
        return Optional.empty();
    }

    private static Optional<String> versionText(Connection connection, String lineId, int version)
        throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT text FROM copy_line_version WHERE line_id = ? AND version = ?")) {
            query.setString(1, lineId);
            query.setInt(2, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    // A line still marked approved must have been approved at its current version, under the
    // stats it cites now: a legitimate change of either would have sent it back to pending.
    private static Optional<String> checkApprovedLines(Connection connection, Map<String, Decision> latestByLine)
        throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id FROM copy_line WHERE status = ? ORDER BY id")) {
            query.setString(1, LineStatus.APPROVED.code());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Optional<String> problem = checkApproved(connection, row.getString(1),
                        latestByLine.get(row.getString(1)));
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkApproved(Connection connection, String lineId, Decision latest)
        throws SQLException {
        ReviewItem item = LineSnapshot.read(connection, lineId).orElseThrow();
        if (latest == null || latest.verdict() != Verdict.APPROVE || latest.lineVersion() != item.line().version()) {
            return Optional.of("line " + lineId + " is marked approved, but no decision approves its version "
                + item.line().version());
        }
        if (!Bindings.statsHash(item.cited()).equals(latest.statsSha256())) {
            return Optional.of("line " + lineId + " is marked approved, but the stats it cites are not those"
                + " decision " + latest.id() + " approved");
        }
        return Optional.empty();
    }
}
