package dev.tact.store.lines;
import dev.tact.store.StoreFixtures;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;
import dev.tact.store.db.Database;

import static dev.tact.store.StoreFixtures.copyImporter;
import static dev.tact.store.StoreFixtures.emptyDatabase;
import static dev.tact.store.StoreFixtures.importStats;
import static dev.tact.store.StoreFixtures.sha256;
import static dev.tact.store.StoreFixtures.text;
import static dev.tact.store.StoreFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copy decks as people export them, imported and scored alike. */
class CopyFormatsTest {
    private static final String STORED = "SELECT group_concat(l.id || '|' || c.name || '|' || ifnull(l.channel, '-')"
        + " || '|' || ifnull(l.author, '-') || '|' || v.text || '|' || ifnull((SELECT group_concat(stat_id, ';')"
        + " FROM copy_line_stat s WHERE s.line_id = l.id), ''), ' / ') FROM copy_line l"
        + " JOIN campaign c ON c.id = l.campaign_id JOIN copy_line_version v ON v.line_id = l.id"
        + " AND v.version = l.current_version";

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void databaseWithStats() throws Exception {
        database = emptyDatabase(dir);
        importStats(database, write(dir, "stats.csv", "id,description,cohort_size\nacp,Members,2100000\n"
            + "acp-18d,Members every day,53\n"));
    }

    private Path file(String name, String content) {
        return write(dir, name, content.replace("<LF>", "\n").replace("<CR>", "\r").replace("<TAB>", "\t"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
        text without a final line end ¦ deck.txt ¦ One<LF>Two \
                                      ¦ deck-1|deck|||One| / deck-2|deck|||Two| ¦ ``
        text with CR-only line ends   ¦ deck.txt ¦ One<CR>Two<CR> \
                                      ¦ deck-1|deck|||One| / deck-2|deck|||Two| ¦ ``
        CSV, quoted last field, no end ¦ deck.csv ¦ id,text<LF>l1,"Hi, you" \
                                      ¦ l1|deck|||Hi, you| ¦ ``
        Google Sheets .tsv            ¦ deck.tsv ¦ id<TAB>channel<TAB>author<TAB>text<TAB>stat_ids<LF>l1<TAB>Billboard<TAB>maya<TAB>Hi, 53 of you<TAB>acp-18d<LF> \
                                      ¦ l1|deck|billboard|maya|Hi, 53 of you|acp-18d ¦ tab-separated
        tabs in a file named .csv     ¦ deck.csv ¦ id<TAB>text<LF>l1<TAB>Hi, you<LF> \
                                      ¦ l1|deck|||Hi, you| ¦ tab-separated
        semicolons, stat_ids quoted   ¦ deck.csv ¦ id;text;stat_ids<LF>l1;Hi, you;"acp;acp-18d"<LF> \
                                      ¦ l1|deck|||Hi, you|acp;acp-18d ¦ semicolon-separated
        header in capitals, trailing , ¦ deck.csv ¦ ID,Campaign,Text,<LF>l1,Spring,Hi,<LF> \
                                      ¦ l1|Spring|||Hi| ¦ ``
        empty markers                 ¦ deck.csv ¦ id,campaign,channel,author,text,stat_ids<LF>l1,NULL,\\N,null,Hi,NULL<LF> \
                                      ¦ l1|deck|||Hi| ¦ ``
        """)
    void importsTheDeckWithTheRightValues(String name, String fileName, String content, String stored, String readAs)
        throws Exception {
        Path file = file(fileName, content);

        ImportResult result = copyImporter(database).importCopy(ImportSource.ofFile(file),
            CopyImporter.Options.DEFAULT, ImportProgress.NONE);

        assertEquals(stored, text(database, STORED));
        assertEquals(readAs, result.readAs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
        text without a final line end ¦ deck.txt ¦ One<LF>Two     ¦ deck-1:One / deck-2:Two
        CSV without a final line end  ¦ deck.csv ¦ id,text<LF>l1,"Hi" ¦ l1:Hi
        tab-separated deck            ¦ deck.tsv ¦ id<TAB>text<LF>l1<TAB>Hi ¦ l1:Hi
        """)
    void scoringReadsTheSameRows(String name, String fileName, String content, String rows) throws Exception {
        List<String> read = new ArrayList<>();

        CopyFiles.read(ImportSource.ofFile(file(fileName, content)), CopyImporter.Format.AUTO,
            row -> read.add(row.id() + ":" + row.text()));

        assertEquals(rows, String.join(" / ", read));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
        unclear delimiter ¦ id;text,channel<LF>l1;Hi,email \
                          ¦ :1: cannot tell the delimiter: the header reads as well with ',' as with ';'; save the file with one delimiter throughout (Excel's 'CSV UTF-8' uses ',')
        marker as the copy ¦ id,text<LF>l1,NULL \
                          ¦ :2:2: text: expected the copy, found an empty field ("NULL" marks an empty field)
        """)
    void refusesWithTheFixAndWritesNothing(String name, String content, String message) throws Exception {
        Path file = file("bad.csv", content);
        String before = StoreFixtures.contents(database);

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> copyImporter(database)
            .importCopy(ImportSource.ofFile(file), CopyImporter.Options.DEFAULT, ImportProgress.NONE));

        assertEquals(file + message, failure.problems().get(0).toString());
        assertEquals(before, StoreFixtures.contents(database));
    }

    @Test
    void aDirectoryIsNamedAsOneWhenImportingAndScoring() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("decks"));

        ImportFailedException imported = assertThrows(ImportFailedException.class, () -> copyImporter(database)
            .importCopy(ImportSource.ofFile(folder), CopyImporter.Options.DEFAULT, ImportProgress.NONE));
        ImportFailedException scored = assertThrows(ImportFailedException.class,
            () -> CopyFiles.read(ImportSource.ofFile(folder), CopyImporter.Format.AUTO, row -> { }));

        assertEquals(folder + ": cannot be read: is a directory", imported.problems().get(0).toString());
        assertEquals(folder + ": cannot be read: is a directory", scored.problems().get(0).toString());
    }
}
