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

/**
 * Finds stats for the assessment: by id, and by a cohort size stated in the text plus the
 * words around it (an index on cohort size, then the most shared words first). Holds one
 * connection, so its queries are serialized (the ranking is not); close it when done. Opening it builds the cohort-size
 * index if an import dropped it. See src/site/decisions/0004-stat-matching.md.
 */
public final class StatLookup implements CohortLookup, AutoCloseable {
    private static final int MAX_CANDIDATES = 5;
    // Stats of one exact size are few; past this many the number says too little to match on.
    private static final int MAX_SAME_SIZE = 200;
    // Sizes whose stats a batch run keeps, with their words: a batch asks about the same sizes again
    // and again. Bounded, so memory does not grow with the file.
    private static final int BATCH_SIZES = 4_096;

    private final Connection connection;
    private final PreparedStatement byId;
    private final PreparedStatement bySize;
    private final int cachedSizes;
    private final Map<Long, List<StatWords.Candidate>> sizes = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<StatWords.Candidate>> eldest) {
            return size() > cachedSizes;
        }
    };

    private StatLookup(Connection connection, int cachedSizes) throws SQLException {
        this.connection = connection;
        this.cachedSizes = cachedSizes;
        this.byId = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s WHERE s.id = ?");
        this.bySize = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s"
            + " WHERE s.cohort_size = ? LIMIT " + MAX_SAME_SIZE);
    }

    /** A lookup that reads the stats afresh on every call (the desk keeps one open while others import). */
    public static StatLookup open(Database database) {
        return open(database, 0);
    }

    /**
     * A lookup for one command's batch: it keeps the stats of the last few thousand cohort sizes it
     * was asked about, so it does not see stats imported while it is open.
     */
    public static StatLookup openForBatch(Database database) {
        return open(database, BATCH_SIZES);
    }

    private static StatLookup open(Database database, int cachedSizes) {
        Connection connection = database.connect();
        try {
            refreshIfStale(connection);
            return new StatLookup(connection, cachedSizes);
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
        for (StatWords.Candidate candidate : ofSize(cohortSize)) {
            int shared = overlap(wanted, candidate.words());
            if (shared > 0 && everyDimensionShared(wanted, candidate.counted())) {
                ranked.add(Map.entry(shared, candidate.stat()));
            }
        }
        ranked.sort(Map.Entry.<Integer, Stat>comparingByKey().reversed()
            .thenComparing(entry -> entry.getValue().id()));
        return ranked.stream().limit(MAX_CANDIDATES).map(Map.Entry::getValue).toList();
    }

    // Only the query and the cache hold the lock; the words are worked out, and the ranking done, on
    // the caller's thread, in parallel.
    private List<StatWords.Candidate> ofSize(long cohortSize) {
        List<StatWords.Candidate> known = cached(cohortSize);
        if (known != null) {
            return known;
        }
        List<StatWords.Candidate> found = query(cohortSize).stream().map(StatWords.Candidate::of).toList();
        synchronized (this) {
            if (cachedSizes > 0) {
                sizes.put(cohortSize, found);
            }
        }
        return found;
    }

    private synchronized List<StatWords.Candidate> cached(long cohortSize) {
        return sizes.get(cohortSize);
    }

    private synchronized List<Stat> query(long cohortSize) {
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

    private static int overlap(Set<String> wanted, Set<String> words) {
        int shared = 0;
        for (String word : words) {
            shared += wanted.contains(word) ? 1 : 0;
        }
        return shared;
    }

    // What the stat counts (its title; every dimension of a stat without one) must share a word.
    private static boolean everyDimensionShared(Set<String> wanted, List<Set<String>> counted) {
        return !counted.isEmpty() && counted.stream()
            .allMatch(words -> words.isEmpty() || words.stream().anyMatch(wanted::contains));
    }

    static Set<String> contentWords(List<String> words) {
        return StatWords.among(words);
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
