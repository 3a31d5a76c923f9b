package dev.tact.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Connection settings for one import. The page cache is raised to a fixed size (memory stays
 * flat in file size). WAL writes every page twice (log, then checkpoint), which makes a
 * million-row load a third slower; so for a large file, while no other connection has the
 * database open, the import runs with a rollback journal, just as atomic, and WAL is restored
 * when it ends. Small files keep WAL: switching modes rewrites SQLite's header counters, and a
 * rejected small file should leave the database file byte-for-byte as it was.
 */
final class BulkLoad implements AutoCloseable {
    private static final int CACHE_KIB = 32 * 1024;
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    static final long LARGE_FILE_BYTES = 32L * 1024 * 1024;

    private final Connection connection;
    private final boolean journalSwitched;

    private BulkLoad(Connection connection, boolean journalSwitched) {
        this.connection = connection;
        this.journalSwitched = journalSwitched;
    }

    /**
     * Call with autocommit on, before the import's transaction begins.
     *
     * @param fileBytes the size of the file to import, 0 if unknown
     */
    static BulkLoad begin(Connection connection, long fileBytes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
            if (fileBytes < LARGE_FILE_BYTES) {
                return new BulkLoad(connection, false);
            }
            // Another connection (a desk reading the file) keeps WAL in place: don't wait for it.
            statement.execute("PRAGMA busy_timeout = 0");
            boolean switched = "delete".equalsIgnoreCase(journalMode(statement, "DELETE"));
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            return new BulkLoad(connection, switched);
        }
    }

    private static String journalMode(Statement statement, String mode) {
        try (ResultSet result = statement.executeQuery("PRAGMA journal_mode = " + mode)) {
            return result.next() ? result.getString(1) : "";
        } catch (SQLException busy) {
            return "";
        }
    }

    @Override
    public void close() throws SQLException {
        if (journalSwitched) {
            try (Statement statement = connection.createStatement()) {
                journalMode(statement, "WAL");
            }
        }
    }
}
