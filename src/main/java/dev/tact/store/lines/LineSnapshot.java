package dev.tact.store.lines;
import dev.tact.store.stats.StatMapper;

import dev.tact.core.CopyLine;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one line at its current version with its cited stats, inside a caller's transaction. */
public final class LineSnapshot {
    private static final String LINE = "SELECT l.id, c.name, l.channel, l.author, l.status, l.current_version, v.text"
        + " FROM copy_line l JOIN campaign c ON c.id = l.campaign_id"
        + " JOIN copy_line_version v ON v.line_id = l.id AND v.version = l.current_version WHERE l.id = ?";
    private static final String CITED = "SELECT " + StatMapper.COLUMNS + " FROM copy_line_stat cs"
        + " JOIN stat s ON s.id = cs.stat_id WHERE cs.line_id = ? AND cs.version = ? ORDER BY cs.position";

    private LineSnapshot() {
    }

    public static Optional<ReviewItem> read(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LINE)) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int version = row.getInt(6);
                List<Stat> cited = cited(connection, lineId, version);
                CopyLine line = new CopyLine(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(7), cited.stream().map(Stat::id).toList(), LineStatus.fromCode(row.getString(5)),
                    version);
                return Optional.of(new ReviewItem(line, cited));
            }
        }
    }

    static List<Stat> cited(Connection connection, String lineId, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CITED)) {
            query.setString(1, lineId);
            query.setInt(2, version);
            List<Stat> stats = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stats.add(StatMapper.read(row, 1));
                }
            }
            return stats;
        }
    }
}
