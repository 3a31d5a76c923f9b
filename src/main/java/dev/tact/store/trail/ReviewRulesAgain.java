package dev.tact.store.trail;

import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.DecisionRules;
import dev.tact.core.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review rules applied again to each recorded decision, as verify reads the chain: a row
 * written past the application (a self-approval, a high line approved without its override
 * reason, one reviewer signing two steps of a route) fails even when its hash and signature are
 * valid.
 */
final class ReviewRulesAgain {

    private ReviewRulesAgain() {
    }

    /**
     * @param approvers who has approved each line version since its last rejection or request for
     *                  changes (line id, '#', version), updated as the chain is read
     */
    static Optional<String> check(Connection connection, Decision decision, String where,
                                  Map<String, Set<String>> approvers) throws SQLException {
        if (decision.signer().isEmpty()) {
            return Optional.empty();
        }
        try {
            DecisionRules.check(decision.verdict(), decision.reviewer(), decision.reason(), author(connection,
                decision.lineId()), decision.band());
        } catch (DecisionRefusedException broken) {
            return Optional.of(where + ": it breaks a review rule: " + broken.getMessage());
        }
        if (decision.verdict() == Verdict.APPROVE
            && DecisionLedger.writtenWith(connection, decision.lineId(), decision.signer()).isPresent()) {
            return Optional.of(where + ": it breaks a review rule: its signer wrote a version of the line with the"
                + " same key (four eyes)");
        }
        if (decision.override() != DecisionRules.isOverride(decision.verdict(), decision.band())) {
            return Optional.of(where + ": its override mark does not match its band " + decision.band().code());
        }
        String key = decision.lineId() + "#" + decision.lineVersion();
        if (decision.verdict() != Verdict.APPROVE) {
            approvers.remove(key);
            return Optional.empty();
        }
        if (!approvers.computeIfAbsent(key, line -> new HashSet<>()).add(decision.reviewer())) {
            return Optional.of(where + ": " + decision.reviewer() + " already approved this version; each step of a"
                + " route is signed by a different reviewer");
        }
        return Optional.empty();
    }

    private static String author(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(author, '') FROM copy_line WHERE id = ?")) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }
}
