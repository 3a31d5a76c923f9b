package dev.tact.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** What a database holds, for {@code tact info} and the desk's status bar. */
public record DatabaseSummary(Path file, String schemaVersion, long stats, long campaigns, long lines,
                              long decisions) {

    public static DatabaseSummary of(Database database) {
        try (Connection connection = database.connect()) {
            return new DatabaseSummary(database.file(), database.schemaVersion(),
                StoreQueries.count(connection, "stat"), StoreQueries.count(connection, "campaign"),
                StoreQueries.count(connection, "copy_line"), StoreQueries.count(connection, "decision"));
        } catch (SQLException e) {
            throw new StoreException("Could not read " + database.file() + ": " + e.getMessage(), e);
        }
    }
}
