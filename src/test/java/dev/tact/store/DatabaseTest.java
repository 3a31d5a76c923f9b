package dev.tact.store;

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

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsDirectoryAtTheCurrentSchemaVersion() {
        Database database = Database.open(dir.resolve("nested/data/tact.db"));

        assertTrue(database.wasCreated());
        assertTrue(Files.isRegularFile(dir.resolve("nested/data/tact.db")));
        assertEquals("5", database.schemaVersion());
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
}
