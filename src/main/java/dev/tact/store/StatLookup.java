package dev.tact.store;

import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds stats for the assessment: by id, and by a cohort size stated in the text plus the
 * words around it (SQLite FTS5, best overlap first). Holds one connection, so calls are
 * serialized; close it when done. Opening it brings the full-text index up to date if an import
 * made it stale.
 */
public final class StatLookup implements CohortLookup, AutoCloseable {
    private static final int MAX_CANDIDATES = 5;
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "to", "of", "in", "on", "and", "or",
        "who", "you", "your", "we", "our", "for", "at", "this", "that", "with", "people", "members", "listeners",
        "fans", "users", "is", "are", "was", "were", "it", "its", "their", "them", "they", "dear", "hey");

    private final Connection connection;
    private final PreparedStatement byId;
    private final PreparedStatement bySize;

    private StatLookup(Connection connection) throws SQLException {
        this.connection = connection;
        this.byId = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s WHERE s.id = ?");
        this.bySize = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s"
            + " JOIN (SELECT rowid, bm25(stat_fts) AS rank FROM stat_fts WHERE stat_fts MATCH ?) f"
            + " ON f.rowid = s.rowid WHERE s.cohort_size = ? ORDER BY f.rank LIMIT " + MAX_CANDIDATES);
    }

    public static StatLookup open(Database database) {
        Connection connection = database.connect();
        try {
            refreshIfStale(connection);
            return new StatLookup(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Could not prepare stat matching in " + database.file() + ": " + e.getMessage(), e);
        }
    }

    static void markStale(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE search_index_state SET stale = 1");
        }
    }

    private static void refreshIfStale(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet state = statement.executeQuery("SELECT stale FROM search_index_state")) {
                if (state.next() && state.getInt(1) == 0) {
                    return;
                }
            }
            Transactions.inOne(connection, () -> {
                statement.executeUpdate("INSERT INTO stat_fts (stat_fts) VALUES ('rebuild')");
                statement.executeUpdate("UPDATE search_index_state SET stale = 0");
                return null;
            });
        }
    }

    @Override
    public synchronized Optional<Stat> byId(String statId) {
        try {
            byId.setString(1, statId);
            try (ResultSet row = byId.executeQuery()) {
                return row.next() ? Optional.of(StatMapper.read(row, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read stat " + statId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Stat> bySizeAndWords(long cohortSize, List<String> words) {
        String query = ftsQuery(words);
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            bySize.setString(1, query);
            bySize.setLong(2, cohortSize);
            List<Stat> stats = new ArrayList<>();
            try (ResultSet row = bySize.executeQuery()) {
                while (row.next()) {
                    stats.add(StatMapper.read(row, 1));
                }
            }
            return stats;
        } catch (SQLException e) {
            throw new StoreException("Could not match stats: " + e.getMessage(), e);
        }
    }

    // Content words as quoted FTS5 terms joined by OR: any shared word makes a candidate,
    // bm25 ranks those sharing more and rarer words first.
    static String ftsQuery(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words) {
            String clean = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.length() > 2 && !STOPWORDS.contains(clean) && !clean.chars().allMatch(Character::isDigit)) {
                terms.add("\"" + clean + "\"");
            }
        }
        return String.join(" OR ", terms);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written through this connection outside a finished transaction
        }
    }
}
