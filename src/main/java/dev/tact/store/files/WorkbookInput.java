package dev.tact.store.files;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.ExcelRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One sheet of an Excel workbook (.xlsx, Office Open XML) read row by row as an import table,
 * streamed so a large stats sheet is never held whole. The sheet is the only visible one whose
 * first non-empty row names a known column; the table starts at that row's first non-empty cell.
 * Cells are read as Excel stores them, not as it displays them: a number formatted "3,445" is
 * 3445, a date is ISO 8601, a formula gives its last computed result. A cell holding an Excel error
 * (#N/A, #REF!) is a problem at its reference.
 */
final class WorkbookInput implements TableInput {
    private static final int ROW_CACHE = 256;
    /** How many rows with content are searched for the header, title and notes above it allowed. */
    static final int HEADER_SEARCH_ROWS = 20;
    // Excel shows and keeps 15 significant digits: =0.1+0.2 is 0.3 there, not 0.30000000000000004.
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);
    private static final int BUFFER_BYTES = 8192;
    private static final Pattern ERROR_CODE = Pattern.compile("#[A-Z0-9/_]+[!?]?");

    private final String file;
    private final MeasuredStream in;
    private final ImportProblems problems;
    private final Predicate<String> knownColumn;
    private Workbook workbook;
    private String sheetName = "";
    private Iterator<Row> rows;
    private int firstColumn;
    private int width;
    private long rowsRead;
    private TableRow current;

    /** @param knownColumn whether a lower-case header name is one of the format's, to tell the sheet */
    WorkbookInput(String file, InputStream raw, ImportProblems problems, Predicate<String> knownColumn) {
        this.file = file;
        this.in = new MeasuredStream(raw);
        this.problems = problems;
        this.knownColumn = knownColumn;
    }

    @Override
    public Optional<List<String>> header() {
        try {
            workbook = StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER_BYTES)
                .setReadComments(false).setReadHyperlinks(false).setReadShapes(false).open(in);
        } catch (ExcelRuntimeException e) {
            problems.add(0, "cannot be read as an Excel workbook (.xlsx): " + reason(e)
                + "; save it from Excel as .xlsx or as CSV UTF-8");
            return Optional.empty();
        }
        try {
            return chooseSheet();
        } catch (ExcelRuntimeException e) {
            problems.add(0, "cannot be read as an Excel workbook (.xlsx): " + reason(e));
            return Optional.empty();
        }
    }

    private Optional<List<String>> chooseSheet() {
        List<String> matching = new ArrayList<>();
        List<String> visible = new ArrayList<>();
        List<String> hiddenWithHeader = new ArrayList<>();
        Optional<List<String>> chosen = Optional.empty();
        Sheet fallback = null;
        Row fallbackRow = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            Iterator<Row> sheetRows = sheet.rowIterator();
            HeaderSearch found = findHeader(sheetRows);
            if (hidden) {
                found.header.ifPresent(row -> hiddenWithHeader.add(sheet.getSheetName()));
                continue;
            }
            visible.add(sheet.getSheetName());
            if (found.header.isPresent()) {
                matching.add(sheet.getSheetName());
                if (matching.size() == 1) {
                    chosen = Optional.of(use(sheet.getSheetName(), found.header.get(), sheetRows));
                }
            } else if (fallback == null && found.first.isPresent()) {
                fallback = sheet;
                fallbackRow = found.first.get();
            }
        }
        if (matching.size() > 1) {
            problems.inSheet("", 0);
            problems.add(0, "the workbook has " + matching.size() + " sheets with an import header ("
                + String.join(", ", matching) + "): keep the one to import and move the others to another"
                + " workbook, or save that sheet as CSV UTF-8");
            return Optional.empty();
        }
        if (chosen.isEmpty() && fallback != null) {
            return Optional.of(noHeaderFound(fallback.getSheetName(), fallbackRow, hiddenWithHeader));
        }
        if (chosen.isEmpty()) {
            problems.add(0, !hiddenWithHeader.isEmpty() ? hiddenOnly(hiddenWithHeader)
                : visible.isEmpty() ? "the workbook has no visible sheet"
                : "the workbook is empty: expected a header row and data rows on sheet " + visible.get(0));
        }
        return chosen;
    }

    private static String hiddenOnly(List<String> hidden) {
        return "only the hidden sheet " + String.join(", ", hidden) + " holds an import header: unhide it in Excel"
            + " (right-click a sheet tab, Unhide) or save that sheet as CSV UTF-8";
    }

    // No visible sheet names a known column: the first row of the first sheet with content is
    // reported as the header taken, so "missing required column" says where it looked.
    private List<String> noHeaderFound(String sheetName, Row first, List<String> hiddenWithHeader) {
        List<String> names = use(sheetName, first, java.util.Collections.emptyIterator());
        String shown = names.stream().filter(name -> !name.isEmpty()).findFirst().orElse("");
        problems.add(first.getRowNum() + 1L, 0, "", "no row among the first " + HEADER_SEARCH_ROWS
            + " of the sheet names a known column, so row " + (first.getRowNum() + 1) + " (\"" + shown
            + "\") was taken as the header" + (hiddenWithHeader.isEmpty() ? ""
                : "; " + hiddenOnly(hiddenWithHeader)));
        return names;
    }

    /** A sheet's first non-empty row and, within the first rows, the first that names a known column. */
    private record HeaderSearch(Optional<Row> first, Optional<Row> header) {
    }

    // A title ("Cohort export Q4") or a note often sits above the table: the header is the first
    // row, among the first few with content, that names a column of the format.
    private HeaderSearch findHeader(Iterator<Row> sheetRows) {
        Optional<Row> first = Optional.empty();
        for (int seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
            Optional<Row> row = firstNonEmpty(sheetRows);
            if (row.isEmpty()) {
                break;
            }
            first = first.or(() -> row);
            if (names(row.get()).stream().anyMatch(name -> knownColumn.test(name.toLowerCase(Locale.ROOT)))) {
                return new HeaderSearch(first, row);
            }
        }
        return new HeaderSearch(first, Optional.empty());
    }

    private List<String> use(String name, Row header, Iterator<Row> sheetRows) {
        sheetName = name;
        rows = sheetRows;
        firstColumn = Math.max(0, header.getFirstCellNum());
        problems.inSheet(name, firstColumn);
        List<String> names = names(header);
        width = names.size();
        return names;
    }

    // The header's cells from its first non-empty one to its last, blanks between kept.
    private static List<String> names(Row header) {
        List<String> names = new ArrayList<>();
        int first = Math.max(0, header.getFirstCellNum());
        for (Cell cell : header) {
            int at = cell.getColumnIndex() - first;
            while (names.size() < at) {
                names.add("");
            }
            if (at >= 0) {
                names.add(plain(cell).strip());
            }
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    private static Optional<Row> firstNonEmpty(Iterator<Row> sheetRows) {
        while (sheetRows.hasNext()) {
            Row row = sheetRows.next();
            for (Cell cell : row) {
                if (!plain(cell).isBlank()) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean next() {
        if (rows == null) {
            return false;
        }
        long line = 0;
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                line = row.getRowNum() + 1L;
                if (isBlank(row)) {
                    continue;
                }
                rowsRead++;
                Optional<String[]> fields = fields(row, line);
                if (fields.isPresent()) {
                    String[] values = fields.get();
                    current = new TableRow(column -> values[column], values.length, line);
                    return true;
                }
            }
        } catch (ExcelRuntimeException e) {
            problems.add(line + 1, "cannot be read further as an Excel workbook: " + reason(e));
        }
        return false;
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (isError(cell) || !plain(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isError(Cell cell) {
        return cell.getCellType() == CellType.ERROR
            || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
    }

    // A row's cells as text, from the table's first column on; cells past the header widen it (the
    // readers then say the row does not match the header). A cell left of the table or holding an
    // error is a problem that leaves the row out, so the row is reported once.
    private Optional<String[]> fields(Row row, long line) {
        List<String> values = new ArrayList<>(width);
        boolean usable = true;
        for (Cell cell : row) {
            int at = cell.getColumnIndex() - firstColumn;
            if (isError(cell)) {
                problems.add(line, Math.max(at, 0) + 1, "", "the cell holds the Excel error " + errorText(cell)
                    + ": fix the formula, or paste the values");
                usable = false;
                continue;
            }
            if (isUncalculated(cell)) {
                problems.add(line, Math.max(at, 0) + 1, "", "formula not calculated (=" + formula(cell)
                    + "): open and save the workbook in Excel, or paste the values");
                usable = false;
                continue;
            }
            String value = plain(cell);
            if (at < 0) {
                if (!value.isBlank()) {
                    problems.add(line, 0, "", "a value left of the table, in column "
                        + ImportProblem.columnLetters(cell.getColumnIndex() + 1) + ": the header starts at column "
                        + ImportProblem.columnLetters(firstColumn + 1));
                    usable = false;
                }
                continue;
            }
            while (values.size() < at) {
                values.add("");
            }
            values.add(value);
        }
        while (values.size() > width && values.get(values.size() - 1).isBlank()) {
            values.remove(values.size() - 1);
        }
        while (values.size() < width) {
            values.add("");
        }
        return usable ? Optional.of(values.toArray(String[]::new)) : Optional.empty();
    }

    // A workbook written by a program other than Excel may hold a formula without its result;
    // read as empty, the row would lose a value without a word.
    private static boolean isUncalculated(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return false;
        }
        try {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue().isEmpty() && !formula(cell).contains("\"\"");
                case NUMERIC, BOOLEAN, ERROR -> false;
                default -> true;
            };
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    private static String formula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException notKept) {
            return "…";
        }
    }

    /** A cell as Excel stores it: text, a plain number, an ISO date, TRUE/FALSE, or empty. */
    static String plain(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
                : BigDecimal.valueOf(cell.getNumericCellValue()).round(EXCEL_DIGITS).stripTrailingZeros()
                    .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.toString();
    }

    // The streaming cell keeps an error as its text (#DIV/0!) rather than as a code.
    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException notACode) {
            try {
                Matcher code = ERROR_CODE.matcher(String.valueOf(cell.getStringCellValue()));
                return code.find() ? code.group() : "#ERROR";
            } catch (RuntimeException notText) {
                return "#ERROR";
            }
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    @Override
    public TableRow row() {
        return current;
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public String readAs() {
        return sheetName.isEmpty() ? "" : "sheet " + sheetName;
    }

    @Override
    public long bytesRead() {
        return in.count();
    }

    @Override
    public String sha256Hex() {
        return in.sha256Hex();
    }

    @Override
    public void close() throws IOException {
        try {
            if (workbook != null) {
                workbook.close();
            }
        } finally {
            in.close();
        }
    }
}
