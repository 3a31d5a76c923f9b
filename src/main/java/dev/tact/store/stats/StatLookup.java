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
import dev.tact.store.db.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Finds stats for the assessment: by id, and by a cohort size stated in the text plus the
 * words around it (an index on cohort size, then the most shared words first). Holds one
 * connection, and for a batch up to one more per core for the queries by size; close it when done.
 * Opening it builds the cohort-size index if an import dropped it. See
 * src/site/decisions/0004-stat-matching.md and 0011-where-the-time-goes.md.
 */
public final class StatLookup implements CohortLookup, AutoCloseable {
    private static final int MAX_CANDIDATES = 5;
    // Stats of one exact size are few; past this many the number says too little to match on.
    private static final int MAX_SAME_SIZE = 200;
    private static final String BY_SIZE = "SELECT " + StatMapper.COLUMNS + " FROM stat s"
        + " WHERE s.cohort_size = ? LIMIT " + MAX_SAME_SIZE;
    // Memory-mapped reads for a batch's readers on SQLite: pages are read in place instead of copied
    // into each connection's page cache. Reads only; writers are unaffected.
    private static final long MMAP_BYTES = 256L * 1024 * 1024;

    private final Database database;
    private final SizeCache sizes;
    private final StatCandidate.Strings strings = new StatCandidate.Strings();
    // Connections that read stats, each used by one thread at a time: a batch's workers query in
    // parallel instead of queueing on one connection (SQLite serves concurrent readers).
    private final BlockingQueue<Reader> idle;
    private final int maxReaders;
    private final List<Reader> readers = new ArrayList<>();
    private boolean closed;

    private StatLookup(Database database, Connection connection, SizeCache sizes, int maxReaders)
        throws SQLException {
        this.database = database;
        this.sizes = sizes;
        this.maxReaders = maxReaders;
        this.idle = new ArrayBlockingQueue<>(maxReaders);
        Reader first = new Reader(connection, maxReaders > 1);
        readers.add(first);
        idle.add(first);
    }

    /** A lookup that reads the stats afresh on every call (the desk keeps one open while others import). */
    public static StatLookup open(Database database) {
        return open(database, new SizeCache(0), 1);
    }

    /**
     * A lookup for one command's batch, called from several threads: it keeps the stats of the cohort
     * sizes it was asked about most recently (up to an eighth of the heap), so it does not see stats
     * imported while it is open, and reads sizes it does not hold on up to one connection per core.
     */
    public static StatLookup openForBatch(Database database) {
        return open(database, SizeCache.forHeap(Runtime.getRuntime().maxMemory()),
            Runtime.getRuntime().availableProcessors());
    }

    /** A batch lookup holding at most this many candidates on up to this many connections (for tests). */
    static StatLookup openForBatch(Database database, long maxCandidates, int maxReaders) {
        return open(database, new SizeCache(maxCandidates), maxReaders);
    }

    private static StatLookup open(Database database, SizeCache sizes, int maxReaders) {
        Connection connection = database.connect();
        try {
            refreshIfStale(connection);
            return new StatLookup(database, connection, sizes, maxReaders);
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
    public Optional<Stat> byId(String statId) {
        Reader reader = reader();
        try {
            return reader.byId(statId);
        } catch (SQLException e) {
            throw new StoreException("Could not read stat " + statId + ": " + e.getMessage(), e);
        } finally {
            idle.add(reader);
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
        Ranking ranking = new Ranking();
        for (StatCandidate candidate : ofSize(cohortSize)) {
            // What the stat counts first: it is cheaper, and rules out most candidates.
            if (candidate.countedIsShared(wanted)) {
                ranking.offer(candidate, candidate.shared(wanted));
            }
        }
        return ranking.stats();
    }

    /**
     * The {@value #MAX_CANDIDATES} candidates sharing the most words, ties by id: kept by insertion
     * as they come rather than by sorting every candidate (this runs for every count of every line,
     * and a small loop is what the JIT compiles once).
     */
    private static final class Ranking {
        private final StatCandidate[] kept = new StatCandidate[MAX_CANDIDATES];
        private final int[] shared = new int[MAX_CANDIDATES];
        private int size;

        void offer(StatCandidate candidate, int words) {
            if (words <= 0) {
                return;
            }
            int at = size;
            while (at > 0 && before(words, candidate, shared[at - 1], kept[at - 1])) {
                at--;
            }
            if (at == MAX_CANDIDATES) {
                return;
            }
            int last = Math.min(size, MAX_CANDIDATES - 1);
            System.arraycopy(kept, at, kept, at + 1, last - at);
            System.arraycopy(shared, at, shared, at + 1, last - at);
            kept[at] = candidate;
            shared[at] = words;
            size = Math.min(size + 1, MAX_CANDIDATES);
        }

        private static boolean before(int words, StatCandidate candidate, int otherWords, StatCandidate other) {
            return words > otherWords || words == otherWords && candidate.id().compareTo(other.id()) < 0;
        }

        List<Stat> stats() {
            List<Stat> stats = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                stats.add(kept[i].stat());
            }
            return List.copyOf(stats);
        }
    }

    // Only the cache's lock and a reader are held by a thread; the words are worked out, and the
    // ranking done, on the caller's thread, in parallel.
    private List<StatCandidate> ofSize(long cohortSize) {
        List<StatCandidate> known = sizes.get(cohortSize);
        if (known != null) {
            return known;
        }
        List<StatCandidate> candidates = List.copyOf(query(cohortSize));
        sizes.put(cohortSize, candidates);
        return candidates;
    }

    private List<StatCandidate> query(long cohortSize) {
        Reader reader = reader();
        try {
            return reader.read(cohortSize);
        } catch (SQLException e) {
            throw new StoreException("Could not match stats: " + e.getMessage(), e);
        } finally {
            idle.add(reader);
        }
    }

    // An idle reader, else a new one while fewer than maxReaders are open, else the next to be freed.
    private Reader reader() {
        Reader reader = idle.poll();
        if (reader != null) {
            return reader;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the stat lookup is closed");
            }
            if (readers.size() < maxReaders) {
                Reader opened = openReader();
                readers.add(opened);
                return opened;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to match stats", e);
        }
    }

    private Reader openReader() {
        Connection another = database.connect();
        try {
            return new Reader(another, true);
        } catch (SQLException e) {
            closeQuietly(another);
            throw new StoreException("Could not open a connection to match stats in " + database.name() + ": "
                + e.getMessage(), e);
        }
    }

    /** One connection and its queries, used by one thread at a time. */
    private final class Reader {
        private final Connection connection;
        private final PreparedStatement byId;
        private final PreparedStatement bySize;

        Reader(Connection connection, boolean mapped) throws SQLException {
            this.connection = connection;
            if (mapped && database.dialect() == Dialect.SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA mmap_size = " + MMAP_BYTES);
                }
            }
            this.byId = connection.prepareStatement("SELECT " + StatMapper.COLUMNS + " FROM stat s WHERE s.id = ?");
            this.bySize = connection.prepareStatement(BY_SIZE);
        }

        Optional<Stat> byId(String statId) throws SQLException {
            byId.setString(1, statId);
            try (ResultSet row = byId.executeQuery()) {
                return row.next() ? Optional.of(StatMapper.read(row, 1)) : Optional.empty();
            }
        }

        List<StatCandidate> read(long cohortSize) throws SQLException {
            bySize.setLong(1, cohortSize);
            List<StatCandidate> found = new ArrayList<>();
            try (ResultSet row = bySize.executeQuery()) {
                while (row.next()) {
                    found.add(StatCandidate.of(row, 1, strings));
                }
            }
            return found;
        }
    }

    static Set<String> contentWords(List<String> words) {
        return StatWords.among(words);
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Reader reader : readers) {
            closeQuietly(reader.connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written through this connection outside a finished transaction
        }
    }
}
