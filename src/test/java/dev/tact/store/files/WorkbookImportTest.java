package dev.tact.store.files;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.lines.CopyImporter;

import static dev.tact.store.StoreFixtures.copyImporter;
import static dev.tact.store.StoreFixtures.emptyDatabase;
import static dev.tact.store.StoreFixtures.importStats;
import static dev.tact.store.StoreFixtures.sha256;
import static dev.tact.store.StoreFixtures.text;
import static dev.tact.store.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stat sheets and copy decks kept in Excel, imported from the .xlsx with the same checks as a CSV. */
class WorkbookImportTest {
    private static final String STATS = "SELECT group_concat(id || '|' || description || '|' || cohort_size || '|'"
        + " || ifnull(base_size, '-') || '|' || ifnull(period, '-') || '|' || dims, ' / ')"
        + " FROM (SELECT * FROM stat ORDER BY source_line) AS q";

    @TempDir
    Path dir;

    /** A workbook built cell by cell, as Excel writes it. */
    private final class Book {
        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle thousands = workbook.createCellStyle();
        private final CellStyle date = workbook.createCellStyle();
        private Sheet sheet;

        Book() {
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        Book sheet(String name) {
            sheet = workbook.createSheet(name);
            return this;
        }

        /** Cells from column {@code first} (0 is A); a Number is a numeric cell, "=…" a formula, null an empty cell. */
        Book row(int rowIndex, int first, Object... cells) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < cells.length; i++) {
                Object value = cells[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(first + i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(thousands);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value.toString().startsWith("=")) {
                    cell.setCellFormula(value.toString().substring(1));
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        Book hide() {
            workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
            return this;
        }

        Book veryHide() {
            workbook.setSheetVisibility(workbook.getSheetIndex(sheet), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            return this;
        }

        Path save(String name) throws Exception {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return saveAsWritten(name);
        }

        /** Saved without calculating its formulas, as some programs other than Excel write them. */
        Path saveAsWritten(String name) throws Exception {
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
            return file;
        }
    }

    @Test
    void importsAStatSheetAsExcelStoresItNotAsItShowsIt() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Read me").row(0, 0, "This workbook holds the Q3 stats.")
            .sheet("Q3 stats")
            .row(2, 1, "ID", "Description", "Cohort_Size", "base_size", "period", "dim_title")
            .row(3, 1, "acp", "Members who watched A Christmas Prince", 2_100_000, 110_000_000,
                LocalDate.of(2025, 12, 1), "A Christmas Prince")
            .row(5, 1, "acp-18d", "Members who watched it every day, 18 days", "=50+3", null, null, "NULL")
            .save("stats.xlsx");

        ImportResult result = importStats(database, file);

        assertEquals(2, result.rows());
        assertEquals("sheet Q3 stats", result.readAs());
        assertEquals(sha256(file), result.sha256());
        assertEquals("acp|Members who watched A Christmas Prince|2100000|110000000|2025-12-01|{\"title\":\"A Christmas"
            + " Prince\"} / acp-18d|Members who watched it every day, 18 days|53|-||{}", text(database, STATS));
    }

    @Test
    void refusesABadCellWithItsSheetReferenceAndWritesNothing() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Stats")
            .row(0, 0, "id", "description", "cohort_size")
            .row(1, 0, "n1", "Members", 12.5)
            .row(2, 0, "n2", "Members", "3,445")
            .row(3, 0, "n3", "Members", "=1/0")
            .row(4, 0, "n4", null, 7)
            .save("stats.xlsx");
        String before = StoreFixtures.contents(database);

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertThat(failure.problems()).extracting(ImportProblem::toString).containsExactly(
            file + ": Stats!C2: cohort_size: expected a whole number of people (0 or more), found \"12.5\": a count"
                + " of people has no decimals",
            file + ": Stats!C3: cohort_size: expected a whole number of people (0 or more), found \"3,445\": thousands"
                + " separators: format the column as a plain number",
            file + ": Stats!C4: the cell holds the Excel error #DIV/0!: fix the formula, or paste the values",
            file + ": Stats!B5: description: expected a value, found an empty field");
        assertEquals(before, StoreFixtures.contents(database), "the database file must be byte-for-byte unchanged");
    }

    @Test
    void aTableOffsetInTheSheetIsReportedInTheSheetsOwnColumns() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Stats")
            .row(1, 2, "id", "description", "cohort_size")
            .row(2, 2, "n1", "Members", "many")
            .row(3, 0, "stray", null, "n2", "Members", 4)
            .save("stats.xlsx");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertThat(failure.problems()).extracting(ImportProblem::toString).containsExactly(
            file + ": Stats!E3: cohort_size: expected a whole number of people (0 or more), found \"many\"",
            file + ": Stats row 4: a value left of the table, in column A: the header starts at column C");
    }

    @Test
    void aWorkbookWithTwoImportSheetsIsRefusedWithTheirNames() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Stats").row(0, 0, "id", "description", "cohort_size").row(1, 0, "a", "M", 5)
            .sheet("Stats (old)").row(0, 0, "id", "description", "cohort_size").row(1, 0, "a", "M", 4)
            .sheet("Hidden").row(0, 0, "id", "description", "cohort_size").hide()
            .save("stats.xlsx");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertEquals(file + ": the workbook has 2 sheets with an import header (Stats, Stats (old)): keep the one to"
            + " import and move the others to another workbook, or save that sheet as CSV UTF-8",
            failure.problems().get(0).toString());
    }

    @Test
    void aHiddenSheetIsNotImported() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Draft").row(0, 0, "id", "description", "cohort_size").row(1, 0, "x", "M", 1)
            .hide()
            .sheet("Stats").row(0, 0, "id", "description", "cohort_size").row(1, 0, "a", "M", 5)
            .save("stats.xlsx");

        importStats(database, file);

        assertEquals("a|M|5|-||{}", text(database, STATS));
    }

    @Test
    void importsACopyDeckFromAWorkbookEvenNamedCsv() throws Exception {
        Database database = emptyDatabase(dir);
        importStats(database, write(dir, "stats.csv", "id,description,cohort_size\nacp-18d,Members,53\n"));
        Path file = new Book().sheet("Deck")
            .row(0, 0, "id", "channel", "text", "stat_ids")
            .row(1, 0, 101, "Billboard", "To the 53 people who watched it every day", "acp-18d")
            .save("deck.csv");

        ImportResult result = copyImporter(database).importCopy(ImportSource.ofFile(file), CopyImporter.Options.DEFAULT,
            ImportProgress.NONE);

        assertEquals("sheet Deck", result.readAs());
        assertEquals("101|billboard|To the 53 people who watched it every day|acp-18d", text(database,
            "SELECT l.id || '|' || l.channel || '|' || v.text || '|' || s.stat_id FROM copy_line l"
                + " JOIN copy_line_version v ON v.line_id = l.id JOIN copy_line_stat s ON s.line_id = l.id"));
    }

    @Test
    void legacyAndBrokenWorkbooksAreRefusedWithTheFix() throws Exception {
        Database database = emptyDatabase(dir);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path legacy = write(dir, "stats.xls", ole2);
        Path broken = write(dir, "stats.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});

        List<String> messages = new ArrayList<>();
        for (Path file : List.of(legacy, broken)) {
            messages.add(assertThrows(ImportFailedException.class, () -> importStats(database, file))
                .problems().get(0).toString());
        }

        assertEquals(legacy + ": this is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which"
            + " Tact does not open: save it from Excel unprotected as .xlsx, or as CSV UTF-8", messages.get(0));
        assertThat(messages.get(1)).startsWith(broken + ": cannot be read as an Excel workbook (.xlsx): ")
            .endsWith("; save it from Excel as .xlsx or as CSV UTF-8");
    }

    @Test
    void aTitleAboveTheTableIsNotTakenForTheHeader() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Export").row(0, 0, "Cohort export Q4")
            .row(2, 2, "id", "description", "cohort_size").row(3, 2, "a", "Members", 5)
            .save("stats.xlsx");

        importStats(database, file);

        assertEquals("a|Members|5|-||{}", text(database, STATS));
    }

    @Test
    void aSheetWithoutAKnownColumnSaysWhichRowWasTakenAsTheHeader() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Notes").row(0, 0, "Cohort export Q4").row(1, 0, "ident", "desc")
            .save("stats.xlsx");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertThat(failure.problems()).extracting(ImportProblem::toString).contains(file + ": Notes row 1: no row"
            + " among the first 20 of the sheet names a known column, so row 1 (\"Cohort export Q4\") was taken as"
            + " the header");
    }

    @Test
    void aNotesSheetBeforeTheStatsIsPassedOver() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Notes").row(0, 0, "Read me first", "then the stats").row(1, 0, "2nd note")
            .sheet("Data").row(0, 0, "Q4 cohorts").row(1, 0, "id", "description", "cohort_size")
            .row(2, 0, "a", "Members", 5)
            .save("stats.xlsx");

        ImportResult result = importStats(database, file);

        assertEquals("sheet Data", result.readAs());
        assertEquals("a|Members|5|-||{}", text(database, STATS));
    }

    @Test
    void aTableOnlyOnAHiddenSheetIsSaidToBeHidden() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Stats").row(0, 0, "id", "description", "cohort_size").row(1, 0, "a", "M", 5)
            .veryHide().sheet("Cover").save("stats.xlsx");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertThat(failure.problems().get(0).toString()).contains("only the hidden sheet Stats holds an import header:"
            + " unhide it");
    }

    @Test
    void aFormulaWithoutItsResultIsRefusedNotReadAsEmpty() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Stats").row(0, 0, "id", "description", "cohort_size", "period")
            .row(1, 0, "a", "Members", 5, "=\"Q\"&4").saveAsWritten("stats.xlsx");

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importStats(database, file));

        assertThat(failure.problems()).extracting(ImportProblem::toString).containsExactly(file + ": Stats!D2:"
            + " formula not calculated (=\"Q\"&4): open and save the workbook in Excel, or paste the values");
    }

    @Test
    void numbersKeepExcelsFifteenDigits() throws Exception {
        Database database = emptyDatabase(dir);
        Path file = new Book().sheet("Stats").row(0, 0, "id", "description", "cohort_size", "period")
            .row(1, 0, "a", "Members", 5, "=0.1+0.2").save("stats.xlsx");

        importStats(database, file);

        assertEquals("a|Members|5|-|0.3|{}", text(database, STATS));
    }
}
