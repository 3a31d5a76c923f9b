package dev.tact.store.stats;
import dev.tact.store.StoreFixtures;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;

import static dev.tact.store.StoreFixtures.emptyDatabase;
import static dev.tact.store.StoreFixtures.importStats;
import static dev.tact.store.StoreFixtures.sha256;
import static dev.tact.store.StoreFixtures.statsImporter;
import static dev.tact.store.StoreFixtures.text;
import static dev.tact.store.StoreFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stats files spreadsheets and warehouses really write: read right, or refused with the fix named. */
class StatsFormatsTest {
    private static final String STORED = "SELECT group_concat(id || '|' || description || '|' || cohort_size || '|'"
        + " || ifnull(base_size, '-') || '|' || ifnull(period, '-') || '|' || ifnull(source, '-') || '|' || dims,"
        + " ' / ')"
        + " FROM (SELECT * FROM stat ORDER BY source_line) AS q";

    @TempDir
    Path dir;

    /** Writes the case's content with <LF>, <CR> and <TAB> spelled out, so the table shows them. */
    private Path file(String name, String content) {
        return write(dir, name, content.replace("<LF>", "\n").replace("<CR>", "\r").replace("<TAB>", "\t"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
        no line ending at the end   ¦ id,description,cohort_size<LF>n1,M,5 \
                                    ¦ n1|M|5|-|||{} ¦ ``
        quoted last field, no end   ¦ id,cohort_size,description<LF>n1,5,"Members, all" \
                                    ¦ n1|Members, all|5|-|||{} ¦ ``
        CR-only line endings        ¦ id,description,cohort_size<CR>n1,M,5<CR>n2,W,6 \
                                    ¦ n1|M|5|-|||{} / n2|W|6|-|||{} ¦ ``
        semicolons (European Excel) ¦ id;description;cohort_size;base_size<LF>n1;Members, all;5;10<LF> \
                                    ¦ n1|Members, all|5|10|||{} ¦ semicolon-separated
        quoted semicolon header     ¦ "id";"description";"cohort_size"<LF>"n1";"M";"5"<LF> \
                                    ¦ n1|M|5|-|||{} ¦ semicolon-separated
        tabs (Google Sheets .tsv)   ¦ id<TAB>description<TAB>cohort_size<TAB>dim_title<LF>n1<TAB>M, W<TAB>5<TAB>Prince<LF> \
                                    ¦ n1|M, W|5|-|||{"title":"Prince"} ¦ tab-separated
        trailing delimiter          ¦ id,description,cohort_size,<LF>n1,M,5,<LF>n2,W,6<LF> \
                                    ¦ n1|M|5|-|||{} / n2|W|6|-|||{} ¦ ``
        header in capitals          ¦ ID,Description,Cohort_Size,DIM_Title<LF>n1,M,5,Prince<LF> \
                                    ¦ n1|M|5|-|||{"title":"Prince"} ¦ ``
        empty markers               ¦ id,description,cohort_size,base_size,period,source,dim_title,dim_day<LF>n1,M,5,\\N,NULL,null,\\n,Mon<LF> \
                                    ¦ n1|M|5|-|||{"day":"Mon"} ¦ ``
        """)
    void importsTheFileWithTheRightValues(String name, String content, String stored, String readAs)
        throws Exception {
        Database database = emptyDatabase(dir);

        ImportResult result = importStats(database, file("stats.csv", content));

        assertEquals(stored, text(database, STORED));
        assertEquals(readAs, result.readAs());
    }

    @Test
    void emptyMarkersLeaveTheDimensionOutOfTheLattice() throws Exception {
        Database database = emptyDatabase(dir);

        importStats(database, file("stats.csv", "id,description,cohort_size,dim_title<LF>n1,M,5,NULL<LF>"));

        assertEquals("0|{}", text(database, "SELECT dim_count || '|' || dims FROM stat"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        thousands separator   | id,description,cohort_size<LF>n1,M,"3,445" \
                              | :2:3: cohort_size: expected a whole number of people (0 or more), found "3,445": thousands separators: format the column as a plain number
        thousands, European   | id;description;cohort_size<LF>n1;M;3.445.000 \
                              | :2:3: cohort_size: expected a whole number of people (0 or more), found "3.445.000": thousands separators: format the column as a plain number
        exponent              | id,description,cohort_size,base_size<LF>n1,M,5,2.10E+06 \
                              | :2:4: base_size: expected a whole number of people (0 or more), found "2.10E+06": scientific notation (a spreadsheet shortened the number): format the column as a plain number
        decimal               | id,description,cohort_size<LF>n1,M,12.5 \
                              | :2:3: cohort_size: expected a whole number of people (0 or more), found "12.5": a count of people has no decimals
        marker where required | id,description,cohort_size<LF>n1,NULL,5 \
                              | :2:2: description: expected a value, found an empty field ("NULL" marks an empty field)
        marker as the count   | id,description,cohort_size<LF>n1,M,\\N \
                              | :2:3: cohort_size: expected a whole number of people (0 or more), found an empty field ("\\N" marks an empty field)
        unclear delimiter     | id,description;cohort_size<LF>n1,M;5 \
                              | :1: cannot tell the delimiter: the header reads as well with ',' as with ';'; save the file with one delimiter throughout (Excel's 'CSV UTF-8' uses ',')
        value in unnamed column | id,description,cohort_size,<LF>n1,M,5,oops \
                              | :2: expected 3 fields as in the header, found 4
        CR-only, bad row      | id,description,cohort_size<CR>n1,M,5<CR>n2,W,x \
                              | :3:3: cohort_size: expected a whole number of people (0 or more), found "x"
        """)
    void refusesWithTheCauseAndTheFixAndWritesNothing(String name, String content, String message) throws Exception {
        Database database = emptyDatabase(dir);
        Path file = file("bad.csv", content);
        String before = StoreFixtures.contents(database);

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(file + message, failure.problems().get(0).toString());
        assertEquals(before, StoreFixtures.contents(database), "the database file must be byte-for-byte unchanged");
    }

    @Test
    void namesWindows1252AndImportsItWhenTheEncodingIsGiven() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = write(dir, "excel.csv", "id,description,cohort_size\nn1,Café regulars,5\n"
            .getBytes(Charset.forName("windows-1252")));
        String before = StoreFixtures.contents(database);

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(file + ":2:7: invalid UTF-8: this looks like Windows-1252 from Excel's 'CSV' — save as"
            + " 'CSV UTF-8' or pass --encoding windows-1252", failure.problems().get(0).toString());
        assertEquals(before, StoreFixtures.contents(database));

        statsImporter(database).importStats(ImportSource.ofFile(file).withEncoding(Charset.forName("windows-1252")),
            false, ImportProgress.NONE);
        assertEquals("Café regulars", text(database, "SELECT description FROM stat"));
    }

    @Test
    void namesUtf16FromExcelsUnicodeText() throws Exception {
        Database database = emptyDatabase(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.writeBytes("id\tdescription\tcohort_size\n".getBytes(StandardCharsets.UTF_16LE));
        Path file = write(dir, "unicode.txt", bytes.toByteArray());

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(file + ":1:1: invalid UTF-8: this looks like UTF-16 from Excel's 'Unicode Text' — save as"
            + " 'CSV UTF-8'", failure.problems().get(0).toString());
    }

    @Test
    void aDirectoryIsNamedAsOne() throws Exception {
        Database database = emptyDatabase(dir);
        Path folder = Files.createDirectory(dir.resolve("exports"));

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, folder));

        assertEquals(folder + ": cannot be read: is a directory", failure.problems().get(0).toString());
    }

    @ParameterizedTest(name = "cohort_size {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        +7      | found "+7": a plus sign: write the plain number
        012     | found "012": leading zeros: write the number without them
        -0      | found "-0": a minus sign: write 0
        '"7 "'  | found "7 ": spaces around the number: remove them
        ٣       | found "٣": digits other than 0-9: write the number with the digits 0-9
        """)
    void aCountIsAPlainWholeNumber(String field, String message) throws Exception {
        Database database = emptyDatabase(dir);
        Path file = write(dir, "s.csv", "id,description,cohort_size,base_size\na,M," + field + ",\nb,M,7,+9\n");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        org.assertj.core.api.Assertions.assertThat(failure.problems()).extracting(ImportProblem::toString)
            .containsExactly(
                file + ":2:3: cohort_size: expected a whole number of people (0 or more), " + message
                    + (message.startsWith("found \"012\"") ? " (is it a code rather than a count?)" : ""),
                file + ":3:4: base_size: expected a whole number of people (0 or more), found \"+9\": a plus sign:"
                    + " write the plain number");
    }

    @org.junit.jupiter.api.Test
    void zeroAndPlainNumbersStillImport() throws Exception {
        Database database = emptyDatabase(dir);
        importStats(database, write(dir, "s.csv", "id,description,cohort_size,base_size\na,M,0,0\nb,M,70,100\n"));

        assertEquals("0,70", text(database, "SELECT group_concat(CAST(cohort_size AS TEXT)) FROM (SELECT * FROM stat ORDER BY id) AS q"));
    }

    @org.junit.jupiter.api.Test
    void utf16WithoutAByteOrderMarkIsNamedOnce() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = write(dir, "s.csv", "id,description,cohort_size\na,M,5\n".getBytes(StandardCharsets.UTF_16LE));

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(1, failure.totalProblems());
        org.assertj.core.api.Assertions.assertThat(failure.problems().get(0).toString()).isEqualTo(file + ":1: the"
            + " header has a NUL byte beside each letter: this looks like UTF-16 (Excel's 'Unicode Text') without a"
            + " byte order mark — save as 'CSV UTF-8'");
    }
}
