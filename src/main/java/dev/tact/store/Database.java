package dev.tact.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The Tact SQLite file: opened with WAL, foreign keys and a busy timeout on every connection,
 * and migrated to the current schema on open.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final boolean created;
    private final String schemaVersion;

    private Database(Path file, SQLiteDataSource dataSource, boolean created, String schemaVersion) {
        this.file = file;
        this.dataSource = dataSource;
        this.created = created;
        this.schemaVersion = schemaVersion;
    }

    /** Opens the file, creating it and its directory if missing, and applies pending migrations. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        boolean created = !Files.exists(absolute);
        if (Files.isDirectory(absolute)) {
            throw new StoreException("The database path " + absolute + " is a directory, not a file.");
        }
        createParent(absolute);
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        try {
            var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
            return new Database(absolute, dataSource, created, version);
        } catch (FlywayException e) {
            throw new StoreException("Could not open the database " + absolute + ": " + rootMessage(e), e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Every transaction Tact opens writes; taking the write lock at BEGIN means two writers
        // queue on the busy timeout instead of one failing when it upgrades a read lock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    private static void createParent(Path file) {
        Path parent = file.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Could not create the directory " + parent + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A new connection with the pragmas set; the caller closes it. */
    Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Could not connect to the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether this open created the file, so it holds nothing yet. */
    public boolean wasCreated() {
        return created;
    }

    /** The schema version the file is at, e.g. {@code 1}. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
