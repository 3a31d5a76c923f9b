package dev.tact.store;

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
 * version, else pending. An approval may stand stale (pending with a stale reason, after a cited
 * stat changed); a rejected line with no rejection behind it does not verify.
 */
final class LineStatuses {

    private LineStatuses() {
    }

    static Optional<String> check(Connection connection, Map<String, Decision> latestByLine) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, status, current_version, stale_reason FROM copy_line ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Decision latest = latestByLine.get(row.getString(1));
                LineStatus expected = latest != null && latest.lineVersion() == row.getInt(3)
                    ? latest.verdict().status() : LineStatus.PENDING;
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
}
