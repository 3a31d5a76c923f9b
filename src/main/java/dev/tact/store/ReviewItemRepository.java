package dev.tact.store;

import dev.tact.core.CopyLine;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads copy lines at their current version with the stats they cite. */
public final class ReviewItemRepository {
    private static final String LINES = "SELECT l.id, c.name, l.channel, l.author, l.status, l.current_version, v.text"
        + " FROM copy_line l JOIN campaign c ON c.id = l.campaign_id"
        + " JOIN copy_line_version v ON v.line_id = l.id AND v.version = l.current_version"
        + " ORDER BY c.name, l.rowid";
    private static final String CITATIONS = "SELECT cs.line_id, " + StatMapper.COLUMNS
        + " FROM copy_line l JOIN copy_line_stat cs ON cs.line_id = l.id AND cs.version = l.current_version"
        + " JOIN stat s ON s.id = cs.stat_id ORDER BY cs.line_id, cs.position";

    private final Database database;

    public ReviewItemRepository(Database database) {
        this.database = database;
    }

    /** Every line, grouped by campaign and in import order within it. */
    public List<ReviewItem> all() {
        try (Connection connection = database.connect()) {
            Map<String, List<Stat>> cited = citations(connection);
            List<ReviewItem> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(LINES);
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<Stat> stats = cited.getOrDefault(row.getString(1), List.of());
                    items.add(new ReviewItem(line(row, stats), stats));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new StoreException("Could not read the copy lines from " + database.file() + ": "
                + e.getMessage(), e);
        }
    }

    /** One line at its current version with its cited stats. */
    public java.util.Optional<ReviewItem> find(String lineId) {
        try (Connection connection = database.connect()) {
            return LineSnapshot.read(connection, lineId);
        } catch (SQLException e) {
            throw new StoreException("Could not read line " + lineId + ": " + e.getMessage(), e);
        }
    }

    private static CopyLine line(ResultSet row, List<Stat> cited) throws SQLException {
        return new CopyLine(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(7),
            cited.stream().map(Stat::id).toList(), LineStatus.fromCode(row.getString(5)), row.getInt(6));
    }

    private static Map<String, List<Stat>> citations(Connection connection) throws SQLException {
        Map<String, List<Stat>> cited = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(CITATIONS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                cited.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(StatMapper.read(row, 2));
            }
        }
        return cited;
    }
}
