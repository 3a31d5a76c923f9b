package dev.tact.store.lines;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;

import static dev.tact.store.StoreFixtures.STATS_HEADER;
import static dev.tact.store.StoreFixtures.copyImporter;
import static dev.tact.store.StoreFixtures.count;
import static dev.tact.store.StoreFixtures.emptyDatabase;
import static dev.tact.store.StoreFixtures.importStats;
import static dev.tact.store.StoreFixtures.sha256;
import static dev.tact.store.StoreFixtures.text;
import static dev.tact.store.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyImporterTest {
    private static final String HEADER = "id,campaign,channel,author,text,stat_ids";

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void databaseWithStats() throws Exception {
        database = emptyDatabase(dir);
        importStats(database, write(dir, "stats.csv", STATS_HEADER + "\n"
            + "acp,Members who watched A Christmas Prince,2100000,110000000,,,A Christmas Prince,\n"
            + "acp-18d,Members who watched it every day for 18 days,53,110000000,,,A Christmas Prince,18 days\n"));
    }

    private ImportResult importCopy(Path file, CopyImporter.Options options) throws ImportFailedException {
        return copyImporter(database).importCopy(ImportSource.ofFile(file), options, ImportProgress.NONE);
    }

    @Test
    void importsLinesAsPendingWithTheStatsTheyCite() throws Exception {
        Path file = write(dir, "deck.csv", HEADER + "\n"
            + "l1,Holiday,Billboard,maya,\"To the 53 people who watched it every day: who hurt you?\",acp-18d; acp\n"
            + "l2,,,,A trend line with no stat,\n");

        ImportResult result = importCopy(file, CopyImporter.Options.DEFAULT);

        assertEquals(2, result.inserted());
        assertEquals("pending", text(database, "SELECT status FROM copy_line WHERE id = 'l1'"));
        assertEquals("billboard", text(database, "SELECT channel FROM copy_line WHERE id = 'l1'"));
        assertEquals("acp-18d,acp", text(database,
            "SELECT group_concat(stat_id) FROM (SELECT stat_id FROM copy_line_stat WHERE line_id = 'l1' ORDER BY position) AS q"));
        assertEquals("deck", text(database,
            "SELECT c.name FROM copy_line l JOIN campaign c ON c.id = l.campaign_id WHERE l.id = 'l2'"));
        assertEquals(2, count(database, "SELECT count(*) FROM campaign"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown stat       | l1,C,,,Some copy,acp;nope |            2 | 6 | unknown stat "nope"
        missing text       | l1,C,,,,acp |                         2 | 5 | expected the copy
        duplicate id       | l1,C,,,One,\\nl1,C,,,Two, |             3 | 0 | already on line 2 of this file
        wrong field count  | l1,C,Some copy |                       2 | 0 | expected 6 fields
        """)
    void rejectsABadCopyFileAndWritesNothing(String name, String rows, long line, int column, String expected)
        throws Exception {
        Path file = write(dir, "bad.csv", HEADER + "\n" + rows.replace("\\n", "\n") + "\n");
        String before = StoreFixtures.contents(database);

        ImportFailedException failure = assertThrows(ImportFailedException.class,
            () -> importCopy(file, CopyImporter.Options.DEFAULT));

        assertEquals(line, failure.problems().get(0).line(), failure.problems().toString());
        assertEquals(column, failure.problems().get(0).column(), failure.problems().toString());
        assertThat(failure.problems().get(0).message()).contains(expected);
        assertEquals(before, StoreFixtures.contents(database));
    }

    @Test
    void rejectsAHeaderWithoutText() {
        Path file = write(dir, "bad.csv", "id,copy\nl1,Hello\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class,
            () -> importCopy(file, CopyImporter.Options.DEFAULT));

        assertThat(failure.problems()).extracting(ImportProblem::message)
            .anySatisfy(message -> assertThat(message).contains("unknown column"))
            .anySatisfy(message -> assertThat(message).contains("missing required column \"text\""));
    }

    @Test
    void readsPlainTextOneLineOfCopyPerLineIntoTheNamedCampaign() throws Exception {
        Path file = write(dir, "tweets.txt", "First line of copy\n\n  Second, with a comma  \n");

        ImportResult result = importCopy(file,
            new CopyImporter.Options(Optional.of("Spring"), false, CopyImporter.Format.AUTO));

        assertEquals(2, result.rows());
        assertEquals("Second, with a comma", text(database,
            "SELECT text FROM copy_line_version WHERE line_id = 'tweets-3'"));
        assertEquals(2, count(database,
            "SELECT count(*) FROM copy_line l JOIN campaign c ON c.id = l.campaign_id WHERE c.name = 'Spring'"));
    }

    @Test
    void replacingWithChangedTextAddsAVersionAndKeepsTheOldOne() throws Exception {
        importCopy(write(dir, "v1.csv", HEADER + "\nl1,C,,maya,First text,acp\nl2,C,,maya,Stays,\n"),
            CopyImporter.Options.DEFAULT);
        Path changed = write(dir, "v2.csv", HEADER + "\nl1,C,,maya,Second text,acp-18d\nl2,C,,maya,Stays,\n");

        assertThrows(ImportFailedException.class, () -> importCopy(changed, CopyImporter.Options.DEFAULT));
        ImportResult result = importCopy(changed,
            new CopyImporter.Options(Optional.empty(), true, CopyImporter.Format.AUTO));

        assertEquals(2, result.updated());
        assertEquals(2, count(database, "SELECT current_version FROM copy_line WHERE id = 'l1'"));
        assertEquals(1, count(database, "SELECT current_version FROM copy_line WHERE id = 'l2'"));
        assertEquals("First text|Second text", text(database,
            "SELECT group_concat(text, '|') FROM (SELECT text FROM copy_line_version WHERE line_id = 'l1' ORDER BY version) AS q"));
        assertEquals("acp-18d", text(database, "SELECT stat_id FROM copy_line_stat WHERE line_id = 'l1' AND version = 2"));
    }
}
