package dev.tact.store.release;

import dev.tact.core.CopyLine;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import dev.tact.score.ReleasedFigure.Release;
import dev.tact.store.db.StoreException;
import dev.tact.store.stats.StatMapper;
import dev.tact.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lines a campaign is checked against, each set in two queries (the lines, then all their
 * cited stats), never one per line: the campaign's own lines at their current version; approved lines
 * of any campaign whose current version cites a stat from one of the given sources, with the day of
 * their approval; and every published version of a line, with the day it ran.
 */
final class ReleasedLines {
    private static final String CAMPAIGN = "SELECT l.id AS line_id, l.current_version AS version, '' AS day"
        + " FROM copy_line l JOIN campaign c ON c.id = l.campaign_id WHERE c.name = ?";
    private static final String APPROVED = "SELECT l.id AS line_id, l.current_version AS version,"
        + " coalesce((SELECT max(substr(d.decided_at, 1, 10)) FROM decision d WHERE d.line_id = l.id"
        + " AND d.line_version = l.current_version AND d.verdict = 'approve'), '') AS day"
        + " FROM copy_line l WHERE l.status = 'approved' AND EXISTS (SELECT 1 FROM copy_line_stat cs"
        + " JOIN stat s ON s.id = cs.stat_id WHERE cs.line_id = l.id AND cs.version = l.current_version"
        + " AND s.source IN (%s))";
    private static final String PUBLISHED = "SELECT p.line_id AS line_id, p.line_version AS version,"
        + " max(p.published_on) AS day FROM publication p GROUP BY p.line_id, p.line_version";

    /**
     * A line as it went out.
     *
     * @param id      the figure's name: the line id, with its version when that is not the line's current one
     * @param item    the line at the version that went out, with the stats that version cites
     * @param release how it went out
     */
    record Line(String id, ReviewItem item, Release release) {
    }

    // One line version as read, before its cited stats are attached.
    private record Row(String id, int version, String day, String campaign, String channel, String author,
                       String status, String text, int current) {
    }

    private ReleasedLines() {
    }

    /** @throws StoreException naming the campaigns there are when there is none by this name */
    static List<Line> campaign(Connection connection, String campaign) throws SQLException {
        List<Line> lines = read(connection, CAMPAIGN, List.of(campaign), Release.Kind.UNDER_REVIEW);
        if (lines.isEmpty()) {
            throw new StoreException("There is no campaign \"" + campaign + "\" with lines.");
        }
        return lines;
    }

    static List<Line> approved(Connection connection, Collection<String> sources) throws SQLException {
        if (sources.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(sources.size(), "?"));
        return read(connection, String.format(APPROVED, marks), List.copyOf(sources), Release.Kind.APPROVED);
    }

    /**
     * Every published line version, with its cited stats read at the same time on a second connection
     * of the database: for 100,000 published lines each of the two queries takes about as long as the other.
     */
    static List<Line> published(Connection connection, Database database) throws SQLException {
        java.util.concurrent.CompletableFuture<Map<String, List<Stat>>> cited =
            java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (Connection other = database.connect()) {
                    return citations(other, PUBLISHED, List.of());
                } catch (SQLException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
        try {
            return read(connection, PUBLISHED, List.of(), Release.Kind.PUBLISHED, cited);
        } finally {
            cited.cancel(false);
        }
    }

    private static List<Line> read(Connection connection, String chosen, List<String> parameters, Release.Kind kind)
        throws SQLException {
        return read(connection, chosen, parameters, kind,
            java.util.concurrent.CompletableFuture.completedFuture(citations(connection, chosen, parameters)));
    }

    private static List<Line> read(Connection connection, String chosen, List<String> parameters, Release.Kind kind,
                                   java.util.concurrent.CompletableFuture<Map<String, List<Stat>>> citations)
        throws SQLException {
        List<Line> lines = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ch.line_id, ch.version, ch.day, c.name,"
            + " l.channel, l.author, l.status, v.text, l.current_version FROM (" + chosen + ") ch"
            + " JOIN copy_line l ON l.id = ch.line_id JOIN campaign c ON c.id = l.campaign_id"
            + " JOIN copy_line_version v ON v.line_id = ch.line_id AND v.version = ch.version ORDER BY l.rowid, ch.version")) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getInt(9)));
                }
            }
        }
        // The stats are joined once the other connection has read them (published lines), hence rows first.
        Map<String, List<Stat>> cited = joined(citations);
        for (Row row : rows) {
            List<Stat> stats = cited.getOrDefault(row.id() + "\u0000" + row.version(), List.of());
            CopyLine line = new CopyLine(row.id(), row.campaign(), row.channel(), row.author(), row.text(),
                stats.stream().map(Stat::id).toList(), LineStatus.fromCode(row.status()), row.version());
            String name = row.version() == row.current() ? row.id() : row.id() + " (v" + row.version() + ")";
            lines.add(new Line(name, new ReviewItem(line, stats), new Release(kind, row.day())));
        }
        return lines;
    }

    private static Map<String, List<Stat>> joined(java.util.concurrent.CompletableFuture<Map<String, List<Stat>>> cited)
        throws SQLException {
        try {
            return cited.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static Map<String, List<Stat>> citations(Connection connection, String chosen, List<String> parameters)
        throws SQLException {
        // Put in citation order here rather than by an ORDER BY, which made SQLite sort every row
        // with its stat's columns (100,000 published lines: most of the query's time).
        Map<String, List<Map.Entry<Integer, Stat>>> cited = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ch.line_id, ch.version, cs.position, "
            + StatMapper.COLUMNS + " FROM (" + chosen + ") ch JOIN copy_line_stat cs ON cs.line_id = ch.line_id"
            + " AND cs.version = ch.version JOIN stat s ON s.id = cs.stat_id")) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    cited.computeIfAbsent(row.getString(1) + "\u0000" + row.getInt(2), key -> new ArrayList<>(1))
                        .add(Map.entry(row.getInt(3), StatMapper.read(row, 4)));
                }
            }
        }
        Map<String, List<Stat>> ordered = new HashMap<>(cited.size() * 2);
        cited.forEach((line, stats) -> {
            stats.sort(Map.Entry.comparingByKey());
            ordered.put(line, stats.stream().map(Map.Entry::getValue).toList());
        });
        return ordered;
    }

    private static void bind(PreparedStatement query, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            query.setString(i + 1, parameters.get(i));
        }
    }
}
