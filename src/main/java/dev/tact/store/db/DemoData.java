package dev.tact.store.db;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.stats.StatsImporter;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The bundled demo: a streaming and music stats lattice and a campaign of proposed lines
 * citing it, loaded into every newly created database so a new user sees real content at once.
 */
public final class DemoData {
    static final String STATS = "/demo/stats.csv";
    static final String COPY = "/demo/copy.csv";

    private DemoData() {
    }

    /**
     * Opens the database, and when this created it, loads the demo through the regular importers.
     *
     * @param withDemo false to leave a newly created database empty
     */
    public static Database open(Path file, boolean withDemo, Clock clock, String user) {
        return open(new DatabaseAddress.File(file), withDemo, clock, user);
    }

    /** Like {@link #open(Path, boolean, Clock, String)} for a file or a team server's database. */
    public static Database open(DatabaseAddress address, boolean withDemo, Clock clock, String user) {
        Database database = Database.open(address);
        if (database.wasCreated() && withDemo) {
            load(database, clock, user);
        }
        return database;
    }

    /**
     * Whether the database records an import other than the demo's (by the file names the demo's
     * imports record): in a file a run has just created, such an import was made by another process
     * that opened the same new file meanwhile, and is not the creating run's to remove.
     *
     * @throws StoreException when the database cannot be read
     */
    public static boolean holdsImportsBesidesTheDemo(Database database) {
        try (java.sql.Connection connection = database.connect();
             java.sql.PreparedStatement others = connection.prepareStatement(
                 "SELECT count(*) FROM import_log WHERE file_name NOT IN (?, ?)")) {
            others.setString(1, STATS.substring(1));
            others.setString(2, COPY.substring(1));
            try (java.sql.ResultSet count = others.executeQuery()) {
                return count.next() && count.getLong(1) > 0;
            }
        } catch (java.sql.SQLException e) {
            throw new StoreException("Could not read " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** Loads the demo stats and copy through the regular importers, as a first start does. */
    public static void load(Database database, Clock clock, String user) {
        try {
            new StatsImporter(database, clock, user)
                .importStats(ImportSource.ofResource(STATS), false, ImportProgress.NONE);
            new CopyImporter(database, clock, user)
                .importCopy(ImportSource.ofResource(COPY), CopyImporter.Options.DEFAULT, ImportProgress.NONE);
        } catch (ImportFailedException e) {
            throw new IllegalStateException("the bundled demo data does not import: " + e.problems(), e);
        }
    }
}
