package dev.tact.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/** Small queries several store classes share. */
public final class StoreQueries {
    private static final Set<String> COUNTED_TABLES = Set.of("stat", "campaign", "copy_line", "decision");

    private StoreQueries() {
    }

    /** Rows in one of Tact's tables. */
    public static long count(Connection connection, String table) throws SQLException {
        if (!COUNTED_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a counted table: " + table);
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
