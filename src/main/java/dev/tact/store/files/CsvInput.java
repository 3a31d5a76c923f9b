package dev.tact.store.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV or TSV import file read row by row (RFC 4180 quoting, header first), each row with the
 * physical line it starts on. The delimiter (comma, semicolon or tab) is taken from the header.
 * A file that cannot be parsed further (bad quoting, bad encoding) becomes one problem and ends
 * the rows.
 */
final class CsvInput implements TableInput {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setIgnoreEmptyLines(true)
        .get();
    private static final int HEADER_PEEK_CHARS = 64 * 1024;

    private final DecodedInput input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ImportProblems problems;
    private final Optional<Delimiter> delimiter;
    private int headerSize = -1;
    private boolean trailingColumn;
    private TableRow current;

    /** @param knownColumn whether a lower-case header name is one of the format's, to tell the delimiter */
    CsvInput(DecodedInput input, ImportProblems problems, Predicate<String> knownColumn) throws IOException {
        this.input = input;
        this.problems = problems;
        BufferedReader reader = new BufferedReader(input, HEADER_PEEK_CHARS);
        String firstLine = peekFirstLine(reader);
        List<Delimiter> candidates = looksUtf16(firstLine) ? List.of() : Delimiter.detect(firstLine, knownColumn);
        if (looksUtf16(firstLine)) {
            problems.add(1, "the header has a NUL byte beside each letter: this looks like UTF-16 (Excel's 'Unicode"
                + " Text') without a byte order mark — save as 'CSV UTF-8'");
        } else if (candidates.size() > 1) {
            problems.add(1, Delimiter.ambiguity(candidates));
        }
        this.delimiter = candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        CSVFormat format = FORMAT.builder().setDelimiter(delimiter.orElse(Delimiter.COMMA).character()).get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.records = parser.iterator();
    }

    // UTF-16 read as UTF-8 keeps every ASCII letter and puts a NUL beside it: "i\0d\0,\0".
    private static boolean looksUtf16(String firstLine) {
        long nuls = firstLine.chars().filter(c -> c == 0).count();
        return nuls > 0 && nuls * 3 >= firstLine.length();
    }

    // Reads the first line and goes back to the file's start. An unreadable byte ends the peek
    // early; the parser then meets it again and reports it with its position.
    private static String peekFirstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        reader.mark(HEADER_PEEK_CHARS);
        try {
            for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r'; c = reader.read()) {
                line.append((char) c);
                if (line.length() == HEADER_PEEK_CHARS - 1) {
                    break;
                }
            }
        } catch (IOException e) {
            // see above: reported when the parser reads it
        }
        reader.reset();
        return line.toString();
    }

    /** {@inheritDoc} Each row's empty field under a dropped unnamed last column is dropped too. */
    @Override
    public Optional<List<String>> header() {
        if (delimiter.isEmpty()) {
            return Optional.empty();
        }
        if (!next()) {
            if (problems.isEmpty()) {
                problems.add(1, "the file is empty: expected a header row and data rows");
            }
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            names.add(current.raw(i).strip());
        }
        if (names.size() > 1 && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
            trailingColumn = true;
        }
        headerSize = names.size();
        return Optional.of(names);
    }

    @Override
    public boolean next() {
        long startLine = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return false;
            }
            CSVRecord record = records.next();
            boolean dropLast = trailingColumn && record.size() == headerSize + 1 && record.get(headerSize).isBlank();
            current = new TableRow(record::get, dropLast ? headerSize : record.size(), startLine);
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            reportUnreadable(e, startLine);
            return false;
        }
    }

    private void reportUnreadable(RuntimeException e, long startLine) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEncodingException encoding) {
                problems.add(encoding.line(), encoding.column(), "", encoding.explanation());
                return;
            }
        }
        String detail = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            problems.add(startLine, "malformed quoting: a quoted field opened in this row is never closed");
        } else {
            problems.add(startLine, "malformed quoting: expected a delimiter or line end after a closing quote"
                + " (write a quote inside a quoted field as \"\")");
        }
    }

    @Override
    public TableRow row() {
        return current;
    }

    @Override
    public long rowsRead() {
        return Math.max(0, parser.getRecordNumber() - 1);
    }

    /** Empty for commas, else e.g. "semicolon-separated". */
    @Override
    public String readAs() {
        return delimiter.map(Delimiter::readAs).orElse("");
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public String sha256Hex() {
        return input.sha256Hex();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
