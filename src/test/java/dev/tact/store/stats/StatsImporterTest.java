package dev.tact.store.stats;
import dev.tact.store.StoreFixtures;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;

import static dev.tact.store.StoreFixtures.STATS_HEADER;
import static dev.tact.store.StoreFixtures.count;
import static dev.tact.store.StoreFixtures.emptyDatabase;
import static dev.tact.store.StoreFixtures.importStats;
import static dev.tact.store.StoreFixtures.sha256;
import static dev.tact.store.StoreFixtures.statsImporter;
import static dev.tact.store.StoreFixtures.text;
import static dev.tact.store.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsImporterTest {
    @TempDir
    Path dir;

    @Test
    void importsEveryRowWithItsDimensionsAndLogsTheFile() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = write(dir, "stats.csv", STATS_HEADER + "\n"
            + "acp,Members who watched A Christmas Prince,2100000,110000000,2025-12,streamflix,A Christmas Prince,\n"
            + "acp-18d,\"Members who watched it \"\"every day\"\", 18 days\",53,,,streamflix,A Christmas Prince,"
            + "for the past 18 days\n");

        ImportResult result = importStats(database, file);

        assertEquals(2, result.rows());
        assertEquals(2, result.inserted());
        assertEquals(sha256(file), result.sha256());
        assertEquals("{\"title\":\"A Christmas Prince\",\"window\":\"for the past 18 days\"}",
            text(database, "SELECT dims FROM stat WHERE id = 'acp-18d'"));
        assertEquals("Members who watched it \"every day\", 18 days",
            text(database, "SELECT description FROM stat WHERE id = 'acp-18d'"));
        assertEquals(0, count(database, "SELECT count(*) FROM stat WHERE id = 'acp-18d' AND base_size IS NOT NULL"));
        assertEquals(sha256(file) + "|2|tester|2026-11-28T09:00:00Z", text(database,
            "SELECT sha256 || '|' || rows || '|' || imported_by || '|' || imported_at FROM import_log"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        missing required column | id,description\\ns1,People |                   1 | 0 | missing required column "cohort_size"
        non-integer count       | HEADER\\ns1,People,12.5,100,,,, |               2 | 3 | found "12.5"
        negative count          | HEADER\\ns1,People,10,100,,,,\\ns2,People,-4,,,,, | 3 | 3 | found "-4"
        base below cohort       | HEADER\\ns1,People,150,100,,,, |                2 | 4 | at least cohort_size (150), found 100
        duplicate id in file    | HEADER\\ns1,People,1,,,,,\\ns2,People,2,,,,,\\ns1,Again,3,,,,, | 4 | 1 | already on line 2 of this file
        empty required value    | HEADER\\ns1,,1,,,,, |                          2 | 2 | expected a value
        wrong field count       | HEADER\\ns1,People,1 |                         2 | 0 | expected 8 fields as in the header, found 3
        unknown column          | id,description,cohort_size,size\\ns1,People,1,2 | 1 | 4 | unknown column
        stray quote             | HEADER\\ns1,People,1,,,,,\\ns2,"People "who" watched",2,,,,, | 3 | 0 | malformed quoting
        unterminated quote      | HEADER\\ns1,People,1,,,,,\\ns2,"People who,2,,,,,\\ns3,x,1,,,,, | 3 | 0 | never closed
        empty file              | `` |                                          1 | 0 | the file is empty
        """)
    void rejectsAMalformedFileWithItsLineAndWritesNothing(String name, String content, long line, int column,
                                                          String expected) throws Exception {
        Database database = emptyDatabase(dir);
        String csv = content.replace("HEADER", STATS_HEADER).replace("\\n", "\n");
        Path file = write(dir, "bad.csv", csv);
        String before = StoreFixtures.contents(database);

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        ImportProblem first = failure.problems().get(0);
        assertEquals(line, first.line(), first.toString());
        assertEquals(column, first.column(), first.toString());
        assertThat(first.message()).contains(expected);
        assertThat(first.toString()).startsWith(file.toString() + ":" + line);
        assertEquals(before, StoreFixtures.contents(database), "the database file must be byte-for-byte unchanged");
    }

    @Test
    void reportsInvalidUtf8WithItsLineAndColumn() throws Exception {
        Database database = emptyDatabase(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((STATS_HEADER + "\ns1,People,1,,,,,\ns2,Caf").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes(",2,,,,,\n".getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "latin.csv", bytes.toByteArray());

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals("latin.csv", Path.of(failure.problems().get(0).file()).getFileName().toString());
        assertEquals(3, failure.problems().get(0).line());
        assertEquals(7, failure.problems().get(0).column());
        assertThat(failure.problems().get(0).message()).contains("invalid UTF-8");
        assertEquals(0, count(database, "SELECT count(*) FROM stat"));
    }

    @Test
    void countsPhysicalLinesThroughMultiLineFieldsAndCrlf() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = write(dir, "multi.csv", "\uFEFF" + STATS_HEADER + "\r\n"
            + "s1,\"People who\r\nwatched\r\ntwice\",1,,,,,\r\n"
            + "s2,People,x,,,,,\r\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(5, failure.problems().get(0).line());
        assertEquals("cohort_size", failure.problems().get(0).columnName());
    }

    @Test
    void refusesAnIdAlreadyInTheDatabaseUnlessReplacing() throws Exception {
        Database database = emptyDatabase(dir);
        importStats(database, write(dir, "first.csv", STATS_HEADER + "\ns1,People,10,,,,,\n"));
        Path again = write(dir, "again.csv", STATS_HEADER + "\ns2,Others,5,,,,,\ns1,People,12,,,,,\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, again));
        assertThat(failure.problems().get(0).toString())
            .endsWith(":3:1: id: id \"s1\" is already in the database (from " + dir.resolve("first.csv")
                + ", line 2): pass --replace to update it");
        assertEquals(1, count(database, "SELECT count(*) FROM stat"));

        ImportResult replaced = statsImporter(database).importStats(ImportSource.ofFile(again), true,
            ImportProgress.NONE);
        assertEquals(1, replaced.inserted());
        assertEquals(1, replaced.updated());
        assertEquals(12, count(database, "SELECT cohort_size FROM stat WHERE id = 's1'"));
    }

    @Test
    void replacingStillRefusesADuplicateWithinTheFile() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = write(dir, "dupes.csv", STATS_HEADER + "\ns1,People,10,,,,,\ns1,People,11,,,,,\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> statsImporter(database)
            .importStats(ImportSource.ofFile(file), true, ImportProgress.NONE));

        assertThat(failure.problems().get(0).message()).contains("already on line 2");
    }

    @Test
    void findsDuplicatesAcrossFullStatementsAndKeepsTheFirstTwentyProblems() throws Exception {
        Database database = emptyDatabase(dir);
        String rows = IntStream.rangeClosed(1, 300)
            .mapToObj(i -> "s" + (i <= 250 ? i : i - 240) + ",People," + i + ",,,,,")
            .collect(Collectors.joining("\n"));
        Path file = write(dir, "many.csv", STATS_HEADER + "\n" + rows + "\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(50, failure.totalProblems());
        assertEquals(ImportProblems.REPORTED, failure.problems().size());
        assertEquals(252, failure.problems().get(0).line());
        assertThat(failure.problems().get(0).message()).contains("\"s11\": already on line 12");
        assertEquals(0, count(database, "SELECT count(*) FROM stat"));
    }

    @Test
    void reportsAMissingFileAsAProblem() {
        Database database = emptyDatabase(dir);

        ImportFailedException failure = assertThrows(ImportFailedException.class,
            () -> importStats(database, dir.resolve("nowhere.csv")));

        assertThat(failure.problems().get(0).toString()).endsWith("nowhere.csv: cannot be read: no such file");
        assertTrue(failure.getMessage().contains("nothing was imported"));
    }
}
