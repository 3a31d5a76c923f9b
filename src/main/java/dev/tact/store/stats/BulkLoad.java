package dev.tact.store.stats;

import dev.tact.store.db.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Connection settings for one import: the page cache is raised to a fixed size (memory stays
 * flat in file size), and statement journals stay in memory. Each 50-row INSERT keeps a statement
 * journal of the index pages it changes, in case it must be undone alone; in temporary files these
 * were 780 MB of write calls on a 1M-row import, more than the database and its WAL together
 * (src/site/decisions/0011-where-the-time-goes.md). They are dropped with each statement, so
 * this holds one statement's pages at a time, and never decides what is durable. The import keeps WAL whatever the file's size. A rollback journal would
 * make a million-row load about a third faster (WAL writes each page twice), but while it ran
 * every reader opening the file would wait for it, and read-only commands must answer while an
 * import writes (issue #11, section 4).
 */
final class BulkLoad implements AutoCloseable {
    private static final int CACHE_KIB = 32 * 1024;
    /** From this size a stats import drops the cohort-size index and rebuilds it once at the end. */
    static final long LARGE_FILE_BYTES = 32L * 1024 * 1024;

    private BulkLoad() {
    }

    /** Call with autocommit on, before the import's transaction begins. A server tunes its own cache. */
    static BulkLoad begin(Connection connection, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
                statement.execute("PRAGMA temp_store = MEMORY");
            }
        }
        return new BulkLoad();
    }

    // Nothing to restore: the journal mode is never changed.
    @Override
    public void close() {
    }
}
