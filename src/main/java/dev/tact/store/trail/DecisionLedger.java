package dev.tact.store.trail;
import dev.tact.store.db.Bindings;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;
import dev.tact.store.lines.LineSnapshot;
import dev.tact.store.policy.PolicyStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Assessment;
import dev.tact.core.Checkpoint;
import dev.tact.core.RouteProgress;
import dev.tact.core.Signatures;
import dev.tact.core.Signer;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.DecisionRules;
import dev.tact.core.Factor;
import dev.tact.core.Policy;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import dev.tact.core.Verdict;
import dev.tact.score.Assessor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Records decisions: one transaction assesses the line under the policy in force, applies the
 * review rules, chains the decision to the one before and moves the line's status. The only
 * way a decision is written, for the desk and the CLI alike.
 */
public final class DecisionLedger {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Each retry follows a decision another desk committed; more than a few in a row means
    // something other than a race, and the failure is reported.
    private static final int MAX_ATTEMPTS = 8;

    private final Database database;
    private final Clock clock;

    public DecisionLedger(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records a decision signed with the reviewer's key; who decided is the key's registered name.
     *
     * @throws DecisionRefusedException when a review rule refuses it, or the key is not an enrolled,
     *                                  unrevoked reviewer's (nothing is written)
     * @throws StoreException           when the line does not exist or the database fails
     */
    public Recorded decide(String lineId, Verdict verdict, Signer signer, String reason) {
        return decide(lineId, verdict, signer, reason, null);
    }

    /** A recorded decision, where its line now stands on its route, and the checkpoint signed after it. */
    public record Recorded(Decision decision, Checkpoint checkpoint, RouteProgress route) {
        /** The line's status now: an approval that leaves steps of the route unsigned keeps it pending. */
        public dev.tact.core.LineStatus lineStatus() {
            return decision.verdict() == Verdict.APPROVE && !route.complete() ? dev.tact.core.LineStatus.PENDING
                : decision.verdict().status();
        }
    }

    /**
     * What the reviewer saw of the line when deciding: if another program or desk has decided or
     * edited it since, the decision is refused rather than recorded over a state they never read.
     *
     * @param status  the line's status as shown
     * @param version the line's version as shown
     */
    public record Seen(dev.tact.core.LineStatus status, int version) {
    }

    /**
     * @param seen what the reviewer saw (the desk), or null (the CLI decides on the current state)
     * @throws DecisionRefusedException when a rule refuses it, or the line changed since it was seen
     */
    public Recorded decide(String lineId, Verdict verdict, Signer signer, String reason, Seen seen) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(lineId, verdict, signer, reason, seen);
            } catch (SQLException e) {
                // Two desks on a server read the same head at once; the second insert loses on the
                // unique previous hash and the whole decision is made again on the new head, rules
                // and all (the line may have been decided meanwhile).
                if (attempt < MAX_ATTEMPTS && database.dialect().isLostRace(e)) {
                    continue;
                }
                StoreException failure = new StoreException("Could not record the decision in " + database.name()
                    + ": " + e.getMessage(), e);
                // A rule the server enforces (V7__server_rules.sql, SQLSTATE 42501) is a refusal like
                // the app's own: its sentence, not a database failure.
                if ("42501".equals(e.getSQLState()) && failure.getMessage().contains("The server refuses:")) {
                    throw new DecisionRefusedException(failure.getMessage().substring(
                        failure.getMessage().indexOf("The server refuses:")));
                }
                throw failure;
            }
        }
    }

    private Recorded attempt(String lineId, Verdict verdict, Signer signer, String reason, Seen seen)
        throws SQLException {
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                database.dialect().lockLine(connection, lineId);
                ReviewerRegistry.Reviewer enrolled = enrolledReviewer(connection, signer);
                refuseAnotherLogin(connection, enrolled.name());
                String reviewer = enrolled.name();
                ReviewItem item = LineSnapshot.read(connection, lineId)
                    .orElseThrow(() -> new StoreException("There is no line \"" + lineId + "\"."));
                if (seen != null && (seen.status() != item.line().status() || seen.version() != item.line().version())) {
                    throw new dev.tact.core.LineChangedException("Line " + lineId + " changed while you were reading it: it is now "
                        + item.line().status().label().toLowerCase(java.util.Locale.ROOT) + ", version "
                        + item.line().version() + lastDecision(connection, lineId, clock) + ". Reload (F5) before deciding.");
                }
                Policy policy = PolicyStore.policyInForce(connection);
                Assessment assessment = new Assessor(policy).assess(item, CohortLookup.NONE);
                DecisionRules.check(verdict, reviewer, reason, item.line().author(), assessment.band());
                refuseOwnVersion(connection, verdict, lineId, signer.fingerprint(), reviewer);
                java.util.List<dev.tact.core.Role> route = policy.route(item.line().channel());
                java.util.List<Decision> history = new java.util.ArrayList<>(LineHistory.oldestFirst(connection, lineId));
                RouteProgress progress = RouteProgress.of(route, history, item.line().version());
                String role = verdict == Verdict.APPROVE ? progress.stepFor(reviewer, enrolled.roles(),
                    item.line().channel()).map(dev.tact.core.Role::code).orElse("") : "";
                Decision.Head head = DecisionRows.head(connection);
                Decision decision = new Decision(head.id() + 1, lineId, item.line().version(), verdict,
                    reviewer.strip(), reason == null ? "" : reason.strip(),
                    DecisionRules.isOverride(verdict, assessment.band()), Instant.now(clock).toString(),
                    assessment.score(), assessment.band(), canonical(assessment),
                    policy.version(), policy.name(),
                    Bindings.textHash(item.line().text()), Bindings.statsHash(item.cited()), item.line().channel(),
                    signer.fingerprint(), role, RouteProgress.text(route), "", "", "")
                    .signedAfter(head.hash(), signer);
                DecisionRows.insert(connection, decision);
                history.add(decision);
                RouteProgress after = RouteProgress.of(route, history, item.line().version());
                // An approval clears the line only when it completes the route; until then it waits.
                Recorded recorded = new Recorded(decision, Checkpoints.record(connection, signer, clock), after);
                moveStatus(connection, decision, recorded.lineStatus());
                return recorded;
            });
        }
    }

    // Four eyes by key: whoever wrote any version of the line with their key does not approve it.
    private static void refuseOwnVersion(Connection connection, Verdict verdict, String lineId, String fingerprint,
                                         String reviewer) throws SQLException {
        if (verdict != Verdict.APPROVE) {
            return;
        }
        OptionalInt written = writtenWith(connection, lineId, fingerprint);
        if (written.isPresent()) {
            throw new DecisionRefusedException(reviewer + " wrote version " + written.getAsInt() + " of this line"
                + " (with their key) and cannot approve it: another reviewer must (four eyes).");
        }
    }

    // In team mode the login is the identity (the server refuses any other reviewer): say plainly
    // when the key and the login belong to different people, before the server's rules do.
    private void refuseAnotherLogin(Connection connection, String keyName) throws SQLException {
        if (database.dialect() != dev.tact.store.db.Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT session_user");
             java.sql.ResultSet row = query.executeQuery()) {
            String login = row.next() ? row.getString(1) : "";
            if (!login.equals(keyName) && !superuser(connection)) {
                throw new DecisionRefusedException("Your key is enrolled as " + keyName + " but you are signed in to"
                    + " the team database as " + login + ": decide with your own key and your own login (the"
                    + " reviewer is the login).");
            }
        }
    }

    private static boolean superuser(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT rolsuper FROM pg_roles WHERE rolname = session_user");
             java.sql.ResultSet row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    /** The first version of a line written with a key, if any. */
    static OptionalInt writtenWith(Connection connection, String lineId, String fingerprint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT min(version) FROM copy_line_version"
            + " WHERE line_id = ? AND author_key = ? AND author_key <> ''")) {
            query.setString(1, lineId);
            query.setString(2, fingerprint);
            try (java.sql.ResultSet row = query.executeQuery()) {
                int version = row.next() ? row.getInt(1) : 0;
                return version > 0 ? OptionalInt.of(version) : OptionalInt.empty();
            }
        }
    }

    // Who decides is whom the registry says the key belongs to, never a typed name.
    private static ReviewerRegistry.Reviewer enrolledReviewer(Connection connection, Signer signer)
        throws SQLException {
        ReviewerRegistry.Reviewer reviewer = ReviewerRegistry.replay(ReviewerRegistry.entries(connection))
            .get(signer.fingerprint());
        if (reviewer == null) {
            throw new DecisionRefusedException("Your key " + Signatures.shortFingerprint(signer.fingerprint())
                + " is not enrolled in this database: an admin must add you (tact reviewers add) before you can"
                + " decide.");
        }
        if (reviewer.revoked()) {
            throw new DecisionRefusedException("The key of " + reviewer.name() + " was revoked: it no longer signs"
                + " decisions here.");
        }
        return reviewer;
    }

    // "(decided by rita 20 s ago: approve)": who beat the reviewer to it, and how recently.
    private static String lastDecision(Connection connection, String lineId, Clock clock) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT reviewer, verdict, decided_at FROM decision WHERE line_id = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, lineId);
            try (java.sql.ResultSet row = query.executeQuery()) {
                return row.next() ? " (decided by " + row.getString(1) + " " + ago(row.getString(3), clock) + ": "
                    + row.getString(2) + ")" : "";
            }
        }
    }

    private static String ago(String decidedAt, Clock clock) {
        try {
            return dev.tact.core.Elapsed.since(Instant.parse(decidedAt), Instant.now(clock));
        } catch (java.time.format.DateTimeParseException e) {
            return "at " + decidedAt;
        }
    }

    private static void moveStatus(Connection connection, Decision decision, dev.tact.core.LineStatus status)
        throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE copy_line SET status = ?, stale_reason = '', updated_at = ? WHERE id = ?")) {
            update.setString(1, status.code());
            update.setString(2, decision.decidedAt());
            update.setString(3, decision.lineId());
            update.executeUpdate();
        }
    }

    /** The assessment as shown, as JSON with a fixed field order: stored verbatim and hashed. */
    static String canonical(Assessment assessment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("score", assessment.score());
        fields.put("band", assessment.band().code());
        fields.put("cohort_size", assessment.cohort().map(BoundCohort::size).orElse(null));
        fields.put("stat_id", assessment.cohort().flatMap(BoundCohort::stat).map(Stat::id).orElse(null));
        fields.put("channel", assessment.channel());
        fields.put("min_cohort", assessment.minCohort());
        Map<String, Double> factors = new LinkedHashMap<>();
        for (Factor factor : assessment.factors()) {
            factors.put(factor.name().name().toLowerCase(Locale.ROOT), Math.round(factor.value() * 100) / 100.0);
        }
        fields.put("factors", factors);
        fields.put("reasons", assessment.reasons());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment always serializes", e);
        }
    }
}
