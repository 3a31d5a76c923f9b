package dev.tact.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The review database: the solo SQLite file (made with 16 KiB pages by {@link NewDatabaseFile},
 * opened with WAL, foreign keys and a busy timeout on every connection) or a team's PostgreSQL
 * database ({@link TeamServer}), migrated to the current schema on open. The store's classes run
 * the same SQL on both; {@link #dialect()} names what differs.
 */
public final class Database {
    /** The schema version this Tact's migrations reach in a file; DatabaseTest holds it to the newest migration. */
    public static final int CURRENT_SCHEMA = Dialect.SQLITE.currentSchema();
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final DatabaseAddress address;
    private final Dialect dialect;
    private final DataSource dataSource;
    private final boolean created;
    private final String schemaVersion;

    Database(DatabaseAddress address, Dialect dialect, DataSource dataSource, boolean created, String schemaVersion) {
        this.address = address;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.created = created;
        this.schemaVersion = schemaVersion;
    }

    private Database(Path file, DataSource dataSource, boolean created, String schemaVersion) {
        this(new DatabaseAddress.File(file), Dialect.SQLITE, dataSource, created, schemaVersion);
    }

    /**
     * Opens what a {@code --db} value or {@code TACT_DB} names: a team server by its URL, else
     * the file (created with its directory if missing).
     *
     * @throws StoreException when it cannot be reached, opened or migrated; the message says why
     */
    public static Database open(DatabaseAddress address) {
        return address instanceof DatabaseAddress.Server server ? TeamServer.open(server)
            : open(((DatabaseAddress.File) address).path());
    }

    /** Like {@link #open(DatabaseAddress)}, for reading only (a file is opened without its write lock). */
    public static Database openForReading(DatabaseAddress address) {
        return address instanceof DatabaseAddress.Server server ? TeamServer.open(server)
            : openForReading(((DatabaseAddress.File) address).path());
    }

    /** Opens the file, creating it and its directory if missing, and applies pending migrations. */
    public static Database open(Path file) {
        NativeLibraryCache.useCachedOnce();
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new StoreException("The database path " + absolute + " is a directory, not a file.");
        }
        createParent(absolute);
        boolean created = NewDatabaseFile.createIfMissing(absolute, BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        if (!created) {
            int version = schemaOf(absolute);
            refuseNewer(absolute, version);
            // A current file needs no migration check: that check takes the write lock and made
            // every command wait behind another program's writes.
            if (version == CURRENT_SCHEMA) {
                return new Database(absolute, dataSource, false, Integer.toString(version));
            }
        }
        try {
            Flyway.configure()
                .dataSource(dataSource)
                .locations(Dialect.SQLITE.migrations())
                .load()
                .migrate();
            // Read back rather than taken from Flyway's result: when two processes open a new file at
            // once, each migration runs in whichever takes the write lock first, and the other's result
            // names only the version it found or reached itself.
            return new Database(absolute, dataSource, created, Integer.toString(schemaOf(absolute)));
        } catch (FlywayException e) {
            throw new StoreException(migrationProblem("database " + absolute, e), e);
        }
    }

    /**
     * Opens an existing, current file for reading only: no migration, no write lock, so it answers
     * while another program writes (WAL lets readers read) and works on a read-only copy.
     *
     * @throws StoreException when the file is missing, from a newer Tact, or needs a migration
     */
    public static Database openForReading(Path file) {
        NativeLibraryCache.useCachedOnce();
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("There is no database file at " + absolute + ".");
        }
        int version = schemaOf(absolute);
        refuseNewer(absolute, version);
        if (version < CURRENT_SCHEMA) {
            return open(file);
        }
        SQLiteConfig config = config();
        config.setReadOnly(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        return new Database(absolute, dataSource, false, Integer.toString(version));
    }

    // The highest successful migration, read without a write lock; 0 for a file with no history.
    private static int schemaOf(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource reader = new SQLiteDataSource(config);
        reader.setUrl("jdbc:sqlite:" + file);
        try (Connection connection = reader.getConnection();
             var statement = connection.createStatement();
             var tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                 + " AND name = 'flyway_schema_history'")) {
            if (!tables.next() || tables.getInt(1) == 0) {
                return 0;
            }
            try (var versions = connection.createStatement().executeQuery(
                "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return versions.next() ? versions.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not open the database " + file + ": " + e.getMessage()
                + (String.valueOf(e.getMessage()).contains("SQLITE_READONLY_DIRECTORY")
                    ? " (its folder is read-only, and SQLite writes the -shm and -wal files beside a database in WAL"
                        + " mode even to read it: copy the file to a folder you can write to)"
                    : " (is it a Tact database?)"), e);
        }
    }

    private static void refuseNewer(Path file, int version) {
        if (version > CURRENT_SCHEMA) {
            throw new StoreException("The database " + file + " was written by a newer Tact (schema version "
                + version + "; this Tact knows " + CURRENT_SCHEMA + "). Upgrade Tact; nothing was changed.");
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
            throw new StoreException("Could not create the directory " + parent + ": " + StoreException.reason(e), e);
        }
    }

    private static final java.util.regex.Pattern CHANGED_MIGRATION =
        java.util.regex.Pattern.compile("checksum mismatch for migration version (\\S+)");

    /**
     * What went wrong migrating a database, as one sentence: Flyway's validation report runs over
     * several lines with links to its documentation, and the console only gets sentences.
     *
     * @param what "database PATH" or "team database URL"
     */
    static String migrationProblem(String what, Throwable e) {
        String message = rootMessage(e) == null ? e.toString() : rootMessage(e);
        java.util.regex.Matcher changed = CHANGED_MIGRATION.matcher(message);
        if (changed.find()) {
            return "The " + what + " was migrated by another build of Tact: its migration " + changed.group(1)
                + " differs from this Tact's (it was changed after the database was made). Open it with the build"
                + " that made it, or use a database made by this Tact; nothing was changed.";
        }
        return "Could not open the " + what + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * The same file with SQLite's page limit set on every connection, for tests of a full disk:
     * a write past the limit fails with SQLITE_FULL exactly as it does when the disk is full.
     */
    Database withPageLimit(int pages) {
        SQLiteConfig limited = config();
        limited.setMaxPageCount(pages);
        SQLiteDataSource source = new SQLiteDataSource(limited);
        source.setUrl("jdbc:sqlite:" + file());
        return new Database(file(), source, false, schemaVersion);
    }

    /**
     * A new connection (with the pragmas set, on a file); the caller closes it.
     *
     * @throws StoreException when the file cannot be opened or the server cannot be reached
     */
    public Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException(dialect == Dialect.POSTGRESQL ? TeamServer.unreachable(address, e)
                : "Could not connect to the database " + name() + ": " + e.getMessage(), e);
        }
    }

    /** Which store this is: the solo file or a team server. */
    public Dialect dialect() {
        return dialect;
    }

    /** Where it is, as given and as shown to the user. */
    public DatabaseAddress address() {
        return address;
    }

    /** The file's absolute path, or the server's URL without password: what messages name. */
    public String name() {
        return address.display();
    }

    /** The SQLite file; empty for a team server. */
    public Optional<Path> localFile() {
        return address instanceof DatabaseAddress.File f ? Optional.of(f.path()) : Optional.empty();
    }

    /**
     * The SQLite file.
     *
     * @throws IllegalStateException on a team server, which has no file
     */
    public Path file() {
        return localFile().orElseThrow(() -> new IllegalStateException("a team database has no file: " + name()));
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
