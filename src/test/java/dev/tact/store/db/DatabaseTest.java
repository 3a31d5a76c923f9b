package dev.tact.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@org.junit.jupiter.api.Tag("solo-file")
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsDirectoryAtTheCurrentSchemaVersion() {
        Database database = Database.open(dir.resolve("nested/data/tact.db"));

        assertTrue(database.wasCreated());
        assertTrue(Files.isRegularFile(dir.resolve("nested/data/tact.db")));
        assertEquals(Integer.toString(Database.CURRENT_SCHEMA), database.schemaVersion());
        assertFalse(Database.open(dir.resolve("nested/data/tact.db")).wasCreated());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        PRAGMA journal_mode, wal
        PRAGMA foreign_keys, 1
        PRAGMA busy_timeout, 5000
        """)
    void everyConnectionHasThePragmasSet(String pragma, String expected) throws SQLException {
        Database database = Database.open(dir.resolve("tact.db"));
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(pragma)) {
            result.next();
            assertEquals(expected, result.getString(1));
        }
    }

    @Test
    void refusesADirectoryWithASentence() {
        StoreException failure = assertThrows(StoreException.class, () -> Database.open(dir));

        assertTrue(failure.getMessage().contains("is a directory"), failure.getMessage());
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(40));

        StoreException failure = assertThrows(StoreException.class, () -> Database.open(notes));

        assertTrue(failure.getMessage().startsWith("Could not open the database " + notes), failure.getMessage());
    }

    @Test
    void aMigrationChangedSinceTheFileWasMadeIsOneSentenceAndChangesNothing() throws SQLException, java.io.IOException {
        Path file = dir.resolve("old.db");
        Database.open(file);
        // As a development build leaves it: migration 6 applied with other contents, the newest not yet.
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '6'");
            statement.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '" + Database.CURRENT_SCHEMA + "'");
        }
        long before = Files.size(file);

        StoreException failure = assertThrows(StoreException.class, () -> Database.open(file));

        assertEquals("The database " + file.toAbsolutePath() + " was migrated by another build of Tact: its"
            + " migration 6 differs from this Tact's (it was changed after the database was made). Open it with the"
            + " build that made it, or use a database made by this Tact; nothing was changed.", failure.getMessage());
        assertEquals(before, Files.size(file));
    }

    @Test
    void theCurrentSchemaConstantIsTheNewestMigration() {
        assertEquals(Integer.toString(Database.CURRENT_SCHEMA), Database.open(dir.resolve("v.db")).schemaVersion());
    }

    @Test
    void aDatabaseFromANewerTactIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("newer.db");
        Database database = Database.open(file);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__f.sql',"
                + " 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(refused.getMessage().contains("written by a newer Tact (schema version 99"), refused.getMessage());
        assertThrows(StoreException.class, () -> Database.openForReading(file));
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyCopyCanStillBeRead() throws Exception {
        Path file = dir.resolve("copy.db");
        Database.open(file);
        Files.deleteIfExists(dir.resolve("copy.db-wal"));
        Files.deleteIfExists(dir.resolve("copy.db-shm"));
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setWritable(false), "cannot make the file read-only");

        Database database = Database.openForReading(file);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM decision")) {
            assertTrue(count.next());
            assertEquals(0, count.getInt(1));
        }
    }
}
