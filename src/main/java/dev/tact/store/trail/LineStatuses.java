package dev.tact.store.trail;

import dev.tact.core.Decision;
import dev.tact.core.LineStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Every line's status must be what its decisions make it: the latest decision's on the current
 * version (an approval only once its route is complete), else pending. An approval may stand stale (pending with a stale reason, after a cited
 * stat changed); a rejected line with no rejection behind it does not verify.
 */
final class LineStatuses {

    private LineStatuses() {
    }

    /** @param byLine each line's decisions, oldest first */
    static Optional<String> check(Connection connection, Map<String, java.util.List<Decision>> byLine)
        throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, status, current_version, stale_reason FROM copy_line ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                java.util.List<Decision> decisions = byLine.getOrDefault(row.getString(1), java.util.List.of());
                Decision latest = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
                LineStatus expected = expected(latest, decisions, row.getInt(3));
                LineStatus actual = LineStatus.fromCode(row.getString(2));
                boolean staleApproval = expected == LineStatus.APPROVED && actual == LineStatus.PENDING
                    && !row.getString(4).isBlank();
                if (actual != expected && !staleApproval) {
                    return Optional.of("line " + row.getString(1) + " is marked " + actual.code() + ", but its decisions"
                        + " make it " + expected.code() + (latest == null ? " (there is no decision on it)"
                        : " (latest: decision " + latest.id() + ", " + latest.verdict().code() + " of version "
                        + latest.lineVersion() + ")"));
                }
            }
        }
        return Optional.empty();
    }

    // An approval clears the line only when it completed the route the decision recorded; a
    // decision from before routes (no signer) cleared it alone.
    private static LineStatus expected(Decision latest, java.util.List<Decision> decisions, int version) {
        if (latest == null || latest.lineVersion() != version) {
            return LineStatus.PENDING;
        }
        if (latest.verdict() != dev.tact.core.Verdict.APPROVE || latest.signer().isEmpty()) {
            return latest.verdict().status();
        }
        return dev.tact.core.RouteProgress.of(dev.tact.core.RouteProgress.parse(latest.route()), decisions, version)
            .complete() ? LineStatus.APPROVED : LineStatus.PENDING;
    }
}
