package dev.tact.store.trail;
import dev.tact.store.db.Bindings;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.lines.LineSnapshot;
import dev.tact.store.policy.PolicyStore;

import dev.tact.core.Checkpoint;
import dev.tact.core.Decision;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.core.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the sign-off trail: the reviewer registry's signatures; every decision's hash against its
 * contents and the one before, its signature by the key enrolled under its reviewer's name, its text
 * hash against the stored text of its line version; every checkpoint (the database's and the
 * verifying reviewer's own) as a prefix of the chain; every line's status against its decisions,
 * and every line marked approved against the channel and stats it was approved with.
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

    /** Verifies with no checkpoint of the caller's own. */
    public Result verify() {
        return verify(Optional.empty());
    }

    /**
     * @param kept the checkpoint the verifying reviewer keeps for this database, if any: the chain
     *             must extend it, whatever the file now says
     */
    public Result verify(Optional<Checkpoint> kept) {
        try (Connection connection = database.connect()) {
            return walk(connection, kept);
        } catch (SQLException e) {
            throw new StoreException("Could not read the decisions in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private Result walk(Connection connection, Optional<Checkpoint> kept) throws SQLException {
        TrailSignatures signatures = new TrailSignatures(ReviewerRegistry.entries(connection));
        Optional<String> registry = signatures.checkRegistry().or(() -> policyVersions(connection, signatures));
        if (registry.isPresent()) {
            return new Result(0, Decision.GENESIS, registry, 0);
        }
        String previous = Decision.GENESIS;
        long count = 0;
        boolean signedBefore = false;
        List<String> hashes = new ArrayList<>();
        Map<String, List<Decision>> byLine = new HashMap<>();
        Map<String, java.util.Set<String>> approvers = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT " + DecisionRows.COLUMNS + " FROM decision ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Decision decision = DecisionRows.read(row);
                count++;
                Optional<String> problem = check(connection, decision, previous, count);
                if (problem.isEmpty()) {
                    problem = signatures.checkDecision(decision, where(decision), signedBefore);
                }
                if (problem.isEmpty()) {
                    problem = ReviewRulesAgain.check(connection, decision, where(decision), approvers);
                }
                if (problem.isPresent()) {
                    return new Result(count, previous, problem, decision.id());
                }
                signedBefore |= !decision.signer().isEmpty();
                previous = decision.hash();
                hashes.add(previous);
                byLine.computeIfAbsent(decision.lineId(), line -> new ArrayList<>()).add(decision);
            }
        }
        Optional<String> later = new TrailCheckpoints(signatures, hashes).check(Checkpoints.stored(connection), kept);
        if (later.isEmpty()) {
            later = LineStatuses.check(connection, byLine);
        }
        if (later.isEmpty()) {
            Map<String, Decision> latestByLine = new HashMap<>();
            byLine.forEach((line, decisions) -> latestByLine.put(line, decisions.get(decisions.size() - 1)));
            later = checkApprovedLines(connection, latestByLine);
        }
        return new Result(count, previous, later, 0);
    }

    // Each stored policy version: its document hashes to its stated hash, and an admin signed both.
    private static Optional<String> policyVersions(Connection connection, TrailSignatures signatures) {
        try (PreparedStatement query = connection.prepareStatement("SELECT version, name, document, sha256, created_at,"
            + " created_by, signer, signature FROM policy_version ORDER BY version");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                String where = "policy version " + row.getInt(1) + " (" + row.getString(2) + ")";
                if (!PolicyStore.documentHash(row.getString(3)).equals(row.getString(4))) {
                    return Optional.of(where + ": its document does not match its hash; it was edited in the file");
                }
                Optional<String> problem = signatures.checkAdmin(row.getString(7), row.getString(5),
                    PolicyStore.signedText(row.getInt(1), row.getString(2), row.getString(4), row.getString(5),
                        row.getString(6)), row.getString(8), where);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read the policy versions: " + e.getMessage(), e);
        }
    }

    private static String where(Decision decision) {
        return "decision " + decision.id() + " (line " + decision.lineId() + ", " + decision.verdict().code()
            + " by " + decision.reviewer() + " at " + decision.decidedAt() + ")";
    }

    private static Optional<String> check(Connection connection, Decision decision, String previous, long position)
        throws SQLException {
        String where = where(decision);
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
        if (!latest.channel().isEmpty() && !latest.channel().equals(item.line().channel())) {
            return Optional.of("line " + lineId + " is marked approved for " + item.line().channel() + ", but decision "
                + latest.id() + " approved it for " + latest.channel() + "; a channel's floor is part of the approval");
        }
        if (!Bindings.statsHash(item.cited()).equals(latest.statsSha256())) {
            return Optional.of("line " + lineId + " is marked approved, but the stats it cites are not those"
                + " decision " + latest.id() + " approved");
        }
        return Optional.empty();
    }
}
