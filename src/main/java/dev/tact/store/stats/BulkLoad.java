package dev.tact.store.stats;

import dev.tact.store.db.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * Connection settings for one import: the page cache is raised to a fixed size (memory stays
 * flat in file size), and statement journals stay in memory. Each many-row INSERT keeps a
 * statement journal of the index pages it changes, in case it must be undone alone; in temporary
 * files these were 780 MB of write calls on a 1M-row import, more than the database and its WAL
 * together (src/site/decisions/0011-where-the-time-goes.md). They are dropped with each statement,
 * so this holds one statement's pages at a time (at most a few hundred pages for 200 rows), and
 * never decides what is durable. The import keeps WAL whatever the file's size. A rollback journal would
 * make a million-row load about a third faster (WAL writes each page twice), but while it ran
 * every reader opening the file would wait for it, and read-only commands must answer while an
 * import writes (issue #11, section 4). The driver's generated keys are turned off for the
 * import's connection: after every INSERT it would otherwise prepare and run
 * {@code SELECT last_insert_rowid()}, which no import reads (the log's id comes from RETURNING).
 */
final class BulkLoad implements AutoCloseable {
    private static final int CACHE_KIB = 32 * 1024;
    /** From this size a stats import drops the cohort-size index and rebuilds it once at the end. */
    static final long LARGE_FILE_BYTES = 32L * 1024 * 1024;

    private final SQLiteConnection sqlite;
    private final boolean generatedKeys;

    private BulkLoad(SQLiteConnection sqlite) {
        this.sqlite = sqlite;
        this.generatedKeys = sqlite != null && sqlite.getConnectionConfig().isGetGeneratedKeys();
        if (sqlite != null) {
            sqlite.getConnectionConfig().setGetGeneratedKeys(false);
        }
    }

    /** Call with autocommit on, before the import's transaction begins. A server tunes its own cache. */
    static BulkLoad begin(Connection connection, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
                statement.execute("PRAGMA temp_store = MEMORY");
            }
            if (connection.isWrapperFor(SQLiteConnection.class)) {
                return new BulkLoad(connection.unwrap(SQLiteConnection.class));
            }
        }
        return new BulkLoad(null);
    }

    // The journal mode is never changed; only the driver's generated keys are given back.
    @Override
    public void close() {
        if (sqlite != null) {
            sqlite.getConnectionConfig().setGetGeneratedKeys(generatedKeys);
        }
    }
}
