package dev.tact.store.stats;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.files.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Stats exports in the shapes spreadsheets and warehouses write them (delimiter, line endings,
 * final line end, byte-order mark, header case, trailing delimiter, quoting, empty markers, or
 * an .xlsx), well formed or with one fault somewhere: every file imports with exactly its values,
 * or is refused at the fault's line (and column, for a field) with the database unchanged.
 */
class ExportShapesProperties {
    private static final String STORED = "SELECT group_concat(id || '|' || description || '|' || cohort_size || '|'"
        + " || ifnull(base_size, '-') || '|' || dims, '\n') FROM (SELECT * FROM stat ORDER BY source_line) AS q";

    /** One stat as generated; a null base or title is written as an empty field or marker. */
    record Stat(String id, String description, long cohort, Long base, String title) {
        String stored() {
            return id + "|" + description + "|" + cohort + "|" + (base == null ? "-" : base) + "|"
                + (title == null ? "{}" : "{\"title\":\"" + title + "\"}");
        }
    }

    private static final String UNCLOSED = "\u0000unclosed";

    /** How the file is written. */
    record Shape(char delimiter, String lineEnd, boolean finalLineEnd, boolean byteOrderMark, int headerCase,
                 boolean trailingDelimiter, boolean quoteAll, String emptyMarker) {
    }

    /** The one fault a file may carry, at a row, and where the import must say it is. */
    enum Fault {
        NONE(0), THOUSANDS(3), EXPONENT(3), NEGATIVE(3), BASE_BELOW_COHORT(4), DUPLICATE_ID(1), EMPTY_DESCRIPTION(2),
        MISSING_FIELD(0), UNCLOSED_QUOTE(0);

        final int column;

        Fault(int column) {
            this.column = column;
        }
    }

    @Provide
    Arbitrary<List<Stat>> stats() {
        Arbitrary<String> words = Arbitraries.of("Members", "who", "watched", "A Christmas Prince", "every day,",
            "in \"Brooklyn\"", "— late", "🎄", "café", "“smart” quotes", "at 3am;", "tab\there", "Zürich");
        Arbitrary<String> description = words.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join(" ", list));
        Arbitrary<Long> cohort = Arbitraries.longs().between(0, 5_000_000);
        Arbitrary<Long> extra = Arbitraries.longs().between(0, 100_000_000).injectNull(0.3);
        Arbitrary<String> title = Arbitraries.of("A Christmas Prince", "The Office", "Zürich, at night").injectNull(0.3);
        return Combinators.combine(description, cohort, extra, title)
            .as((text, size, more, name) -> new Stat("", text, size, more == null ? null : size + more, name))
            .list().ofMinSize(1).ofMaxSize(30)
            .map(list -> {
                List<Stat> numbered = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    Stat stat = list.get(i);
                    numbered.add(new Stat("s" + i, stat.description(), stat.cohort(), stat.base(), stat.title()));
                }
                return numbered;
            });
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.of(',', ';', '\t'), Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of("", "\\N", "NULL", "null"))
            .as(Shape::new);
    }

    @Property(tries = 80)
    void aCsvImportsExactlyOrIsRefusedAtItsFault(@ForAll("stats") List<Stat> stats, @ForAll("shapes") Shape shape,
                                                  @ForAll Fault fault, @ForAll("rowIndex") int at) throws Exception {
        Path dir = Files.createTempDirectory("tact-shapes");
        try {
            Database database = StoreFixtures.emptyDatabase(dir);
            String before = StoreFixtures.contents(database);
            int faultRow = fault == Fault.DUPLICATE_ID ? Math.max(1, at % stats.size()) : at % stats.size();
            CsvWriter writer = new CsvWriter(shape);
            String content = writer.write(stats, fault == Fault.DUPLICATE_ID && stats.size() < 2 ? Fault.NONE : fault,
                faultRow);
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            if (shape.byteOrderMark()) {
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            }
            Path file = StoreFixtures.write(dir, "stats.csv", bytes);

            if (fault == Fault.NONE || fault == Fault.DUPLICATE_ID && stats.size() < 2) {
                ImportResult result = StoreFixtures.importStats(database, file);
                assertEquals(stats.size(), result.rows());
                assertEquals(expected(stats), StoreFixtures.text(database, STORED));
            } else {
                refusedAt(database, file, before, writer.faultLine(), fault);
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    @Property(tries = 15)
    void aWorkbookImportsExactlyOrIsRefusedAtItsCell(@ForAll("stats") List<Stat> stats, @ForAll("rowIndex") int at,
                                                     @ForAll("cellFaults") Fault fault) throws Exception {
        Path dir = Files.createTempDirectory("tact-shapes");
        try {
            Database database = StoreFixtures.emptyDatabase(dir);
            String before = StoreFixtures.contents(database);
            int faultRow = at % stats.size();
            Path file = dir.resolve("stats.xlsx");
            writeWorkbook(file, stats, fault, faultRow);

            if (fault == Fault.NONE) {
                StoreFixtures.importStats(database, file);
                assertEquals(expected(stats), StoreFixtures.text(database, STORED));
            } else {
                ImportFailedException failure = assertThrows(ImportFailedException.class,
                    () -> StoreFixtures.importStats(database, file));
                ImportProblem first = failure.problems().get(0);
                assertEquals(faultRow + 2, first.line(), first.toString());
                assertEquals(fault.column, first.column(), first.toString());
                assertThat(first.toString()).startsWith(file + ": Stats!" + ImportProblem.columnLetters(fault.column)
                    + (faultRow + 2) + ": ");
                assertEquals(before, StoreFixtures.contents(database));
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    @Provide
    Arbitrary<Integer> rowIndex() {
        return Arbitraries.integers().between(0, 1_000);
    }

    @Provide
    Arbitrary<Fault> cellFaults() {
        return Arbitraries.of(Fault.NONE, Fault.THOUSANDS, Fault.NEGATIVE, Fault.EMPTY_DESCRIPTION,
            Fault.BASE_BELOW_COHORT);
    }

    private static void refusedAt(Database database, Path file, String before, long line, Fault fault) {
        ImportFailedException failure = assertThrows(ImportFailedException.class,
            () -> StoreFixtures.importStats(database, file));
        ImportProblem first = failure.problems().get(0);
        assertEquals(line, first.line(), fault + ": " + first);
        assertEquals(fault.column, first.column(), fault + ": " + first);
        assertThat(first.toString()).startsWith(file + ":" + line + (fault.column > 0 ? ":" + fault.column : "") + ": ");
        assertEquals(before, StoreFixtures.contents(database), "the database must be unchanged");
    }

    private static String expected(List<Stat> stats) {
        return stats.stream().map(Stat::stored).collect(Collectors.joining("\n"));
    }

    /** Writes a stats CSV in a shape, one fault at a row, and knows the physical line the fault is on. */
    private static final class CsvWriter {
        private final Shape shape;
        private long line = 1;
        private long faultLine;

        CsvWriter(Shape shape) {
            this.shape = shape;
        }

        long faultLine() {
            return faultLine;
        }

        String write(List<Stat> stats, Fault fault, int faultRow) {
            List<String> header = List.of("id", "description", "cohort_size", "base_size", "dim_title");
            StringBuilder out = new StringBuilder(record(header.stream().map(this::headerCase).toList(), true));
            for (int i = 0; i < stats.size(); i++) {
                out.append(shape.lineEnd());
                line++;
                if (i == faultRow) {
                    faultLine = line;
                }
                Fault here = i == faultRow ? fault : Fault.NONE;
                // A short row that still ended in a delimiter would read as an empty last field.
                String row = record(fields(stats.get(i), here, stats), here != Fault.MISSING_FIELD);
                out.append(row);
                line += row.chars().filter(c -> c == '\n').count();
            }
            if (shape.finalLineEnd()) {
                out.append(shape.lineEnd());
            }
            return out.toString();
        }

        private String headerCase(String name) {
            return switch (shape.headerCase()) {
                case 1 -> name.toUpperCase(Locale.ROOT);
                case 2 -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
                default -> name;
            };
        }

        private List<String> fields(Stat stat, Fault fault, List<Stat> all) {
            String cohort = Long.toString(stat.cohort());
            String base = stat.base() == null ? shape.emptyMarker() : Long.toString(stat.base());
            List<String> fields = new ArrayList<>(List.of(stat.id(), stat.description(), cohort, base,
                stat.title() == null ? shape.emptyMarker() : stat.title()));
            switch (fault) {
                case THOUSANDS -> fields.set(2, "3,445");
                case EXPONENT -> fields.set(2, "2.10E+06");
                case NEGATIVE -> fields.set(2, "-4");
                case BASE_BELOW_COHORT -> {
                    fields.set(2, "150");
                    fields.set(3, "100");
                }
                case DUPLICATE_ID -> fields.set(0, all.get(0).id());
                case EMPTY_DESCRIPTION -> fields.set(1, shape.emptyMarker());
                case MISSING_FIELD -> fields.remove(4);
                case UNCLOSED_QUOTE -> fields.set(1, UNCLOSED);
                default -> {
                }
            }
            return fields;
        }

        private String record(List<String> fields, boolean trailing) {
            String delimiter = String.valueOf(shape.delimiter());
            String joined = fields.stream().map(this::quoted).collect(Collectors.joining(delimiter));
            return shape.trailingDelimiter() && trailing ? joined + delimiter : joined;
        }

        private String quoted(String field) {
            if (field.equals(UNCLOSED)) {
                return "\"People who";
            }
            boolean needed = field.indexOf(shape.delimiter()) >= 0 || field.contains("\"") || field.contains("\n")
                || field.contains("\r");
            return needed || shape.quoteAll() ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
        }
    }

    private static void writeWorkbook(Path file, List<Stat> stats, Fault fault, int faultRow) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Stats");
            Row header = sheet.createRow(0);
            List<String> names = List.of("ID", "Description", "Cohort_Size", "base_size", "dim_title");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            for (int r = 0; r < stats.size(); r++) {
                Stat stat = stats.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(stat.id());
                if (!(r == faultRow && fault == Fault.EMPTY_DESCRIPTION)) {
                    row.createCell(1).setCellValue(stat.description());
                }
                if (r == faultRow && fault == Fault.THOUSANDS) {
                    row.createCell(2).setCellValue("3,445");
                } else if (r == faultRow && fault == Fault.NEGATIVE) {
                    row.createCell(2).setCellValue(-4);
                } else if (r == faultRow && fault == Fault.BASE_BELOW_COHORT) {
                    row.createCell(2).setCellValue(150);
                    row.createCell(3).setCellValue(100);
                } else {
                    row.createCell(2).setCellValue(stat.cohort());
                    if (stat.base() != null) {
                        row.createCell(3).setCellValue(stat.base());
                    }
                }
                if (stat.title() != null) {
                    row.createCell(4).setCellValue(stat.title());
                }
            }
            workbook.write(out);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
