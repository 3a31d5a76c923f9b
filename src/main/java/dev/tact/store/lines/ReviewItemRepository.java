package dev.tact.store.lines;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads copy lines at their current version with the stats they cite. */
public final class ReviewItemRepository {
    private final Database database;

    public ReviewItemRepository(Database database) {
        this.database = database;
    }

    /**
     * A page of lines in storage order, after the given rowid (0 for the first page), so a large
     * queue can be shown as it loads.
     *
     * @param items   the lines
     * @param next    the cursor for the next page, or -1 when this was the last
     */
    public record Page(List<ReviewItem> items, long next) {
        public Page {
            items = List.copyOf(items);
        }
    }

    private static final String PAGE = "SELECT l.id, c.name, l.channel, l.author, l.status, l.current_version, v.text,"
        + " l.rowid FROM copy_line l JOIN campaign c ON c.id = l.campaign_id"
        + " JOIN copy_line_version v ON v.line_id = l.id AND v.version = l.current_version"
        + " WHERE l.rowid > ? ORDER BY l.rowid LIMIT ?";
    private static final String PAGE_CITATIONS = "SELECT cs.line_id, " + StatMapper.COLUMNS
        + " FROM copy_line l JOIN copy_line_stat cs ON cs.line_id = l.id AND cs.version = l.current_version"
        + " JOIN stat s ON s.id = cs.stat_id WHERE l.rowid > ? AND l.rowid <= ? ORDER BY cs.line_id, cs.position";

    public Page page(long after, int size) {
        try (Connection connection = database.connect()) {
            List<Object[]> rows = new ArrayList<>();
            long last = after;
            try (PreparedStatement query = connection.prepareStatement(PAGE)) {
                query.setLong(1, after);
                query.setInt(2, size);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(new Object[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getInt(6), row.getString(7)});
                        last = row.getLong(8);
                    }
                }
            }
            Map<String, List<Stat>> cited = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(PAGE_CITATIONS)) {
                query.setLong(1, after);
                query.setLong(2, last);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        cited.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(StatMapper.read(row, 2));
                    }
                }
            }
            List<ReviewItem> items = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                List<Stat> stats = cited.getOrDefault((String) r[0], List.of());
                items.add(new ReviewItem(new CopyLine((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[6], stats.stream().map(Stat::id).toList(), LineStatus.fromCode((String) r[4]),
                    (int) r[5]), stats));
            }
            return new Page(items, rows.size() < size ? -1 : last);
        } catch (SQLException e) {
            throw new StoreException("Could not read the copy lines from " + database.name() + ": "
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
}
