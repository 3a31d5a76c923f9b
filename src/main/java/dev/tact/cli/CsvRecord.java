package dev.tact.cli;

/**
 * One CSV record, written exactly as Commons CSV's {@code CSVFormat.RFC4180} with a {@code '\n'}
 * record separator writes it (minimal quoting): a value is enclosed in double quotes, each quote in
 * it doubled, when it contains a comma, a quote, CR or LF, when its first character is {@code '#'}
 * or below (space, {@code !}, a quote, control characters), when its last character is a space or
 * below, or when it is empty and first in the record. {@code CsvRecordTest} holds it equal to
 * Commons CSV's printer on hand-picked and 200,000 random values.
 *
 * <p>Why not the printer itself: {@code tact score} makes a record for every line, on the worker
 * threads, and the printer's one large quoting method was compiled by C2 three times over (0.8 s of
 * CPU in a 100,000-line run, src/site/decisions/0011-where-the-time-goes.md). This is a loop the JIT
 * compiles in a few milliseconds. Not thread-safe; make one per record.
 */
final class CsvRecord {
    private static final char DELIMITER = ',';
    private static final char QUOTE = '"';
    // Commons CSV quotes a value starting with a character up to '#', the comment marker, because
    // such a start has made parsers fail; and one ending in a character up to the space, which a
    // trimming reader would drop.
    private static final char LAST_QUOTED_START = '#';
    private static final char LAST_QUOTED_END = ' ';

    private final StringBuilder text;
    private boolean first = true;

    /** @param expectedLength characters the record will likely take, a capacity hint, at least 0 */
    CsvRecord(int expectedLength) {
        this.text = new StringBuilder(expectedLength);
    }

    /**
     * Appends a value; {@code null} is written as an empty value.
     *
     * @return this record
     */
    CsvRecord add(String value) {
        String v = value == null ? "" : value;
        if (!first) {
            text.append(DELIMITER);
        }
        if (needsQuotes(v, first)) {
            appendQuoted(v);
        } else {
            text.append(v);
        }
        first = false;
        return this;
    }

    /** Appends a number as {@link Long#toString} writes it. */
    CsvRecord add(long value) {
        if (!first) {
            text.append(DELIMITER);
        }
        // A number starts with a digit or '-' (both above '#') and ends in a digit: never quoted.
        text.append(value);
        first = false;
        return this;
    }

    /** The record with its separator, {@code '\n'}. */
    String end() {
        return text.append('\n').toString();
    }

    private static boolean needsQuotes(String value, boolean firstInRecord) {
        int length = value.length();
        if (length == 0) {
            return firstInRecord;
        }
        if (value.charAt(0) <= LAST_QUOTED_START || value.charAt(length - 1) <= LAST_QUOTED_END) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == DELIMITER || c == QUOTE || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void appendQuoted(String value) {
        text.append(QUOTE);
        int from = 0;
        for (int quote = value.indexOf(QUOTE); quote >= 0; quote = value.indexOf(QUOTE, quote + 1)) {
            text.append(value, from, quote + 1).append(QUOTE);
            from = quote + 1;
        }
        text.append(value, from, value.length()).append(QUOTE);
    }
}
