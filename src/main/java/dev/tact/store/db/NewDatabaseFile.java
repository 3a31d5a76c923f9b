package dev.tact.store.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Makes a missing solo file an empty SQLite database with 16 KiB pages in WAL mode, before its
 * first table. A million-row stats import spends most of its time in SQLite's page writes:
 * importing 1,000,000 stats into copies of one migrated, empty database converted to 16 KiB pages
 * took 5.8 s CPU against 6.6 s at SQLite's default 4 KiB (medians of 3 interleaved runs), and the
 * {@code sqlite3} shell alone putting the same rows into Tact's {@code stat} table 1.5 s instead of
 * 2.05 s, with a quarter of the system calls (issue #15; src/site/decisions/0011-where-the-time-goes.md).
 * Created this way, the 1M-row import of {@code src/bench/import-benchmark.sh} took 6.10 s CPU against
 * 6.54 s (medians of 5 interleaved runs; the fourth pass of that record).
 *
 * <p>In WAL mode the page size is fixed once the file has its first page (only a VACUUM out of WAL
 * could change it), so it is set on the empty file and then WAL, in that order, before the
 * migrations make any table. A file that already holds a database is never touched: its page size
 * stays what it was (an old 4 KiB file keeps 4 KiB), and nothing here converts or vacuums it.
 *
 * <p>Two processes may create the same file at once. Exactly one wins the file's exclusive creation
 * and is told it created it (so only it loads the demo data). Whichever of them finds the file still
 * empty sets the same two pragmas; SQLite's file lock lets one of them write the first page and the
 * other then finds a WAL database with 16 KiB pages and changes nothing. So a process that sees the
 * empty file its rival has just made cannot give it 4 KiB pages by opening it first.
 */
final class NewDatabaseFile {
    /** The page size of a database Tact creates, in bytes (SQLite's default is 4096). */
    static final int PAGE_SIZE_BYTES = 16 * 1024;

    private NewDatabaseFile() {
    }

    /**
     * Creates the file as an empty 16 KiB-page WAL database when it is missing (or empty, as SQLite
     * leaves a file it was about to create); leaves a file that holds a database as it is.
     *
     * @return whether this call created the file (false when it existed, or another process made it first)
     * @throws StoreException when the file cannot be created or set up; a file this call created is removed
     */
    static boolean createIfMissing(Path file, int busyTimeoutMillis) {
        boolean created = claim(file);
        try {
            if (created || Files.size(file) == 0) {
                setPagesAndWal(file, busyTimeoutMillis);
            }
        } catch (IOException | RuntimeException e) {
            if (created) {
                removeQuietly(file);
            }
            throw e instanceof StoreException store ? store
                : new StoreException("Could not create the database " + file + ": " + e.getMessage(), e);
        }
        return created;
    }

    // Creating with O_EXCL decides which of several processes made the file.
    private static boolean claim(Path file) {
        try {
            Files.createFile(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new StoreException("Could not create the database " + file + ": " + StoreException.reason(e), e);
        }
    }

    // Two connections setting up the same empty file can each hold a read lock and want the write
    // lock that switching to WAL takes; SQLite then answers one of them SQLITE_BUSY at once, without
    // its busy handler (waiting could never end). The other goes on and writes the first page, so
    // the refused one tries again, within the busy timeout, and then finds nothing left to do.
    private static void setPagesAndWal(Path file, int busyTimeoutMillis) {
        long deadline = System.nanoTime() + busyTimeoutMillis * 1_000_000L;
        while (true) {
            try {
                setPagesAndWalOnce(file, busyTimeoutMillis);
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.nanoTime() > deadline) {
                    throw new StoreException("Could not create the database " + file + ": " + e.getMessage(), e);
                }
                pause();
            }
        }
    }

    private static final int SQLITE_BUSY = 5;
    private static final long RETRY_MILLIS = 10;

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while creating the database", e);
        }
    }

    private static void setPagesAndWalOnce(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        try (Connection connection = source.getConnection();
             Statement statement = connection.createStatement()) {
            // The page size only applies while the file has no page; switching to WAL writes the first.
            statement.execute("PRAGMA page_size = " + PAGE_SIZE_BYTES);
            statement.execute("PRAGMA journal_mode = WAL");
        }
    }

    private static void removeQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path made = Path.of(file + suffix);
            try {
                if (Files.isRegularFile(made)) {
                    Files.delete(made);
                }
            } catch (IOException ignored) {
                // The creation failure is what the caller reports; a leftover empty file opens as new.
            }
        }
    }
}
