package dev.tact.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Connection settings for one large import. WAL writes every page twice (log, then checkpoint),
 * so while no other connection has the file open the import runs with a rollback journal, which
 * is just as atomic; the page cache is raised to a fixed size so memory stays flat in file size.
 * WAL is restored when the load ends.
 */
final class BulkLoad implements AutoCloseable {
    private static final int CACHE_KIB = 128 * 1024;
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Connection connection;
    private final boolean journalSwitched;

    private BulkLoad(Connection connection, boolean journalSwitched) {
        this.connection = connection;
        this.journalSwitched = journalSwitched;
    }

    /** Call with autocommit on, before the import's transaction begins. */
    static BulkLoad begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
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
