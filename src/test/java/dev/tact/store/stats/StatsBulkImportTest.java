package dev.tact.store.stats;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblem;

import static dev.tact.store.StoreFixtures.STATS_HEADER;
import static dev.tact.store.StoreFixtures.count;
import static dev.tact.store.StoreFixtures.emptyDatabase;
import static dev.tact.store.StoreFixtures.importStats;
import static dev.tact.store.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports larger than one INSERT statement: every row is stored exactly as the file gives it,
 * whichever statement carried it (the full many-row ones or the rows left over at the end), and
 * duplicates are found inside a statement, across statements and in the leftover rows.
 */
class StatsBulkImportTest {
    private static final int ROWS = StatBatchWriter.ROWS_PER_STATEMENT;

    @TempDir
    Path dir;

    @Test
    void storesEveryRowOfSeveralStatementsAsWritten() throws Exception {
        Database database = emptyDatabase(dir);
        int rows = 2 * ROWS + 37;
        String csv = IntStream.range(0, rows).mapToObj(StatsBulkImportTest::csvRow).collect(Collectors.joining("\n"));
        importStats(database, write(dir, "bulk.csv", STATS_HEADER + "\n" + csv + "\n"));

        long importId = count(database, "SELECT id FROM import_log");
        List<String> expected = IntStream.range(0, rows).mapToObj(i -> storedRow(i, importId)).toList();
        assertEquals(expected, stored(database));
    }

    @Test
    void findsDuplicatesInsideAcrossAndAfterFullStatements() throws Exception {
        Database database = emptyDatabase(dir);
        int rows = 2 * ROWS + 30;
        List<String> ids = IntStream.range(0, rows).mapToObj(i -> "s" + i).collect(Collectors.toCollection(ArrayList::new));
        ids.set(ROWS + 5, "s3");            // the second statement repeats a row of the first
        ids.set(ROWS + 10, "s" + (ROWS + 1)); // and one of its own
        ids.set(2 * ROWS + 20, "s" + (ROWS + 2)); // a leftover row repeats one of the second statement
        String csv = ids.stream().map(id -> id + ",People,1,,,,,").collect(Collectors.joining("\n"));
        Path file = write(dir, "dupes.csv", STATS_HEADER + "\n" + csv + "\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        // File lines are 1-based and the header is line 1, so row i is on line i + 2.
        assertThat(failure.problems()).extracting(ImportProblem::line)
            .containsExactly(ROWS + 7L, ROWS + 12L, 2L * ROWS + 22);
        assertThat(failure.problems().get(0).message()).isEqualTo("duplicate id \"s3\": already on line 5 of this file");
        assertThat(failure.problems().get(1).message()).contains("already on line " + (ROWS + 3));
        assertThat(failure.problems().get(2).message()).contains("already on line " + (ROWS + 4));
        assertEquals(0, count(database, "SELECT count(*) FROM stat"));
    }

    // Every seventh row has no base, every third no dimensions; descriptions quote and use commas.
    private static String csvRow(int i) {
        String base = i % 7 == 0 ? "" : Integer.toString(i * 10 + 5);
        String title = i % 3 == 0 ? "" : "Title " + (i % 5);
        return "id-" + i + ",\"People, who said \"\"hi\"\" " + i + "\"," + i + "," + base + ",2026-0" + (1 + i % 9)
            + ",src-" + (i % 4) + "," + title + "," + (i % 2 == 0 ? "past week" : "");
    }

    private static String storedRow(int i, long importId) {
        String base = i % 7 == 0 ? "null" : Integer.toString(i * 10 + 5);
        List<String> dims = new ArrayList<>();
        if (i % 3 != 0) {
            dims.add("\"title\":\"Title " + (i % 5) + "\"");
        }
        if (i % 2 == 0) {
            dims.add("\"window\":\"past week\"");
        }
        return String.join("|", "id-" + i, "People, who said \"hi\" " + i, Integer.toString(i), base,
            "2026-0" + (1 + i % 9), "src-" + (i % 4), "{" + String.join(",", dims) + "}",
            Integer.toString(dims.size()), Long.toString(importId), Integer.toString(i + 2));
    }

    private static List<String> stored(Database database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, description, cohort_size, base_size, period, source,"
                 + " dims, dim_count, import_id, source_line FROM stat ORDER BY source_line")) {
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= 10; column++) {
                    values.add(String.valueOf(row.getString(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
