package dev.tact.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV import file read row by row (RFC 4180 quoting, header first), each row with the
 * physical line it starts on. A file that cannot be parsed further (bad quoting, bad UTF-8)
 * becomes one problem and ends the rows.
 */
final class CsvInput implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setIgnoreEmptyLines(true)
        .get();

    private final DecodedInput input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ImportProblems problems;
    private CSVRecord current;
    private long currentLine;

    CsvInput(DecodedInput input, ImportProblems problems) throws IOException {
        this.input = input;
        this.parser = CSVParser.builder().setReader(input).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.problems = problems;
    }

    /** The header's column names, or empty (with a problem recorded) when the file has none. */
    Optional<List<String>> header() {
        if (!next()) {
            if (problems.isEmpty()) {
                problems.add(1, "the file is empty: expected a header row and data rows");
            }
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(current.size());
        current.forEach(name -> names.add(name.strip()));
        return Optional.of(names);
    }

    /** Moves to the next row; false at the end of the file or when it cannot be read further. */
    boolean next() {
        long startLine = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
            currentLine = startLine;
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            reportUnreadable(e, startLine);
            return false;
        }
    }

    private void reportUnreadable(RuntimeException e, long startLine) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEncodingException encoding) {
                problems.add(encoding.line(), encoding.column(), "",
                    "invalid UTF-8: the file must be saved as UTF-8 text");
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

    CSVRecord record() {
        return current;
    }

    /** The physical line the current row starts on; the header is line 1. */
    long line() {
        return currentLine;
    }

    /** Data rows read so far, the header not counted. */
    long rowsRead() {
        return Math.max(0, parser.getRecordNumber() - 1);
    }

    DecodedInput input() {
        return input;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
