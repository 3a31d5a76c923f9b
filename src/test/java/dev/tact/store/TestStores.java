package dev.tact.store;

import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import dev.tact.store.db.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The store a test runs on. The store's suite runs twice: on a SQLite file, and with
 * {@code -Dtact.test.store=postgresql} (the {@code store-on-postgresql} Surefire execution) on a
 * real PostgreSQL server, each test with a database of its own.
 */
public final class TestStores {
    private TestStores() {
    }

    /** Whether this run's store is the team server. */
    public static boolean onServer() {
        return "postgresql".equalsIgnoreCase(System.getProperty("tact.test.store", ""));
    }

    /** A new, empty database: a file in {@code dir}, or a database of its own on the test server. */
    public static Database fresh(Path dir) {
        return onServer() ? TestServer.get().freshDatabase() : Database.open(dir.resolve("tact.db"));
    }

    /** A new database holding the bundled demo, as a first start makes it. */
    public static Database demo(Path dir, Clock clock, String user) {
        if (!onServer()) {
            return DemoData.open(dir.resolve("tact.db"), true, clock, user);
        }
        Database database = fresh(dir);
        DemoData.load(database, clock, user);
        return database;
    }

    /**
     * Runs SQL behind the app's back, as an attacker with the database in hand would: the
     * append-only triggers and foreign keys are out of the way (dropped in the file; on the server,
     * the session runs as a replica, which fires no ordinary triggers).
     */
    public static void behindTheAppsBack(Database database, String... sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (database.dialect() == Dialect.POSTGRESQL) {
                statement.execute("SET session_replication_role = replica");
            } else {
                statement.execute("PRAGMA foreign_keys = OFF");
                for (String trigger : appendOnlyTriggers(statement)) {
                    statement.execute("DROP TRIGGER " + trigger);
                }
            }
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> appendOnlyTriggers(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                + " AND (name LIKE '%append_only%' OR name LIKE 'database_identity%')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
