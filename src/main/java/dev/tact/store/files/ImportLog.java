package dev.tact.store.files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/** The import_log table: which file was imported, its hash, how many rows, when and by whom. */
public final class ImportLog {
    private final Clock clock;
    private final String user;

    public ImportLog(Clock clock, String user) {
        this.clock = clock;
        this.user = user;
    }

    /** Opens an entry at the start of an import, so rows can reference it; completed at the end. */
    public long begin(Connection connection, String kind, String fileName) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO import_log (kind, file_name, sha256, rows, imported_at, imported_by)"
                + " VALUES (?, ?, '', 0, ?, ?) RETURNING id")) {
            insert.setString(1, kind);
            insert.setString(2, fileName);
            insert.setString(3, Instant.now(clock).toString());
            insert.setString(4, user);
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    public void complete(Connection connection, long importId, String sha256, long rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE import_log SET sha256 = ?, rows = ? WHERE id = ?")) {
            update.setString(1, sha256);
            update.setLong(2, rows);
            update.setLong(3, importId);
            update.executeUpdate();
        }
    }

    /** A short description of where an existing row came from, e.g. {@code demo-stats.csv, line 7}. */
    public static String origin(Connection connection, long importId, long sourceLine) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT file_name FROM import_log WHERE id = ?")) {
            query.setLong(1, importId);
            try (ResultSet result = query.executeQuery()) {
                String file = result.next() ? result.getString(1) : "an earlier import";
                return file + ", line " + sourceLine;
            }
        }
    }
}
