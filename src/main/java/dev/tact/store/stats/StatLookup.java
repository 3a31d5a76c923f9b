package dev.tact.store.stats;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds stats for the assessment: by id, and by a cohort size stated in the text plus the
 * words around it (an index on cohort size, then the most shared words first). Holds one
 * connection, so calls are serialized; close it when done. Opening it builds the cohort-size
 * index if an import dropped it. See src/site/decisions/0004-stat-matching.md.
 */
public final class StatLookup implements CohortLookup, AutoCloseable {
    private static final int MAX_CANDIDATES = 5;
    // Stats of one exact size are few; past this many the number says too little to match on.
    private static final int MAX_SAME_SIZE = 200;
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "to", "of", "in", "on", "and", "or",
        "who", "you", "your", "we", "our", "for", "at", "this", "that", "with", "people", "members", "listeners",
        "fans", "users", "is", "are", "was", "were", "it", "its", "their", "them", "they", "dear", "hey");

    // Compiled once: String.split and replaceAll compile their pattern on every call, which was
    // most of the time of scoring against a large stats table (0010-where-the-time-goes.md).
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Connection connection;
    private final PreparedStatement byId;
    private final PreparedStatement bySize;

    private StatLookup(Connection connection) throws SQLException {
        this.connection = connection;
        this.byId = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s WHERE s.id = ?");
        this.bySize = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s"
            + " WHERE s.cohort_size = ? LIMIT " + MAX_SAME_SIZE);
    }

    public static StatLookup open(Database database) {
        Connection connection = database.connect();
        try {
            refreshIfStale(connection);
            return new StatLookup(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Could not prepare stat matching in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops the cohort-size index inside a large import's transaction: it would take
     * out-of-order inserts for every row, and matching rebuilds it after the load.
     */
    static void dropSizeIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP INDEX IF EXISTS stat_by_cohort_size");
            statement.executeUpdate("DROP INDEX IF EXISTS stat_by_source_dims");
        }
    }

    static void markStale(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE search_index_state SET stale = 1");
        }
    }

    // The cohort-size index is built here, after a large import, rather than kept current
    // during it: the bulk load runs faster without it.
    private static void refreshIfStale(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet state = statement.executeQuery("SELECT stale FROM search_index_state")) {
                if (state.next() && state.getInt(1) == 0) {
                    return;
                }
            }
            Transactions.inOne(connection, () -> {
                statement.executeUpdate("CREATE INDEX IF NOT EXISTS stat_by_cohort_size ON stat (cohort_size)");
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

    /**
     * Stats of exactly this size (found through the cohort-size index), ranked by how many of
     * the line's content words their description and dimensions share. A stat is left out unless
     * what it counts (its title, else each dimension value) shares a word with the line: an equal number with a word or two
     * in common ("Sunday", "watched") says nothing about which cohort the line means. The assessor
     * checks the rest (every word of every dimension stated).
     */
    @Override
    public List<Stat> bySizeAndWords(long cohortSize, List<String> words) {
        Set<String> wanted = contentWords(words);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Integer, Stat>> ranked = new ArrayList<>();
        for (Stat stat : ofSize(cohortSize)) {
            int shared = overlap(wanted, stat);
            if (shared > 0 && everyDimensionShared(wanted, stat)) {
                ranked.add(Map.entry(shared, stat));
            }
        }
        ranked.sort(Map.Entry.<Integer, Stat>comparingByKey().reversed()
            .thenComparing(entry -> entry.getValue().id()));
        return ranked.stream().limit(MAX_CANDIDATES).map(Map.Entry::getValue).toList();
    }

    // Only the query holds the connection; the ranking runs on the caller's thread, in parallel.
    private synchronized List<Stat> ofSize(long cohortSize) {
        try {
            bySize.setLong(1, cohortSize);
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

    private static int overlap(Set<String> wanted, Stat stat) {
        Set<String> words = contentWords(List.of(WORD_BREAK.split(stat.description() + " " + String.join(" ",
            stat.dimensions().values()))));
        words.retainAll(wanted);
        return words.size();
    }

    // What the stat counts (its title; every dimension of a stat without one) must share a word.
    private static boolean everyDimensionShared(Set<String> wanted, Stat stat) {
        String title = stat.dimensions().get("title");
        List<String> values = title != null ? List.of(title) : List.copyOf(stat.dimensions().values());
        return !values.isEmpty() && values.stream().allMatch(value -> {
            Set<String> words = contentWords(List.of(WORD_BREAK.split(value)));
            return words.isEmpty() || words.stream().anyMatch(wanted::contains);
        });
    }

    static Set<String> contentWords(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words) {
            String clean = NOT_LETTER_OR_DIGIT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
            if (clean.length() > 2 && !STOPWORDS.contains(clean) && !clean.chars().allMatch(Character::isDigit)) {
                terms.add(clean);
            }
        }
        return terms;
    }

    @Override
    public synchronized void close() {
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
