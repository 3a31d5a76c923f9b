package dev.tact.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a database holds, for {@code tact info} and the desk's status bar.
 *
 * @param location the file's absolute path, or the team server's URL without password
 */
public record DatabaseSummary(String location, String schemaVersion, long stats, long campaigns, long lines,
                              long decisions) {

    public static DatabaseSummary of(Database database) {
        try (Connection connection = database.connect()) {
            return new DatabaseSummary(database.name(), database.schemaVersion(),
                StoreQueries.count(connection, "stat"), StoreQueries.count(connection, "campaign"),
                StoreQueries.count(connection, "copy_line"), StoreQueries.count(connection, "decision"));
        } catch (SQLException e) {
            throw new StoreException("Could not read " + database.name() + ": " + e.getMessage(), e);
        }
    }
}
