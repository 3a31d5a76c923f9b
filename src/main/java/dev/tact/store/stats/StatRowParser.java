package dev.tact.store.stats;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.TableRow;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks one stats CSV row against the format and turns it into a row to insert. */
final class StatRowParser {
    private static final JsonStringEncoder JSON_STRING = JsonStringEncoder.getInstance();
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}([,.'\u00A0\u202F ]\\d{3})+");
    private static final Pattern EXPONENT = Pattern.compile("-?\\d+([.,]\\d+)?[eE][+-]?\\d+");
    private static final Pattern PLAIN = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d*[.,]\\d+");

    /** A checked row, ready to bind; dims is the JSON object of its non-empty dim_* values. */
    record StatRow(long line, String id, String description, long cohortSize, Long baseSize,
                   String period, String source, String dims, int dimCount) {
    }

    private final StatsColumns columns;
    private final ImportProblems problems;
    private final int id;
    private final int description;
    private final int cohortSize;
    private final int baseSize;
    private final int period;
    private final int source;

    StatRowParser(StatsColumns columns, ImportProblems problems) {
        this.columns = columns;
        this.problems = problems;
        this.id = columns.indexOf("id");
        this.description = columns.indexOf("description");
        this.cohortSize = columns.indexOf("cohort_size");
        this.baseSize = columns.indexOf("base_size");
        this.period = columns.indexOf("period");
        this.source = columns.indexOf("source");
    }

    /** The row if it is valid; otherwise empty, with each of its problems recorded. */
    Optional<StatRow> parse(TableRow record) {
        long line = record.line();
        if (record.size() != columns.count()) {
            problems.add(line, 0, "", "expected " + columns.count() + " fields as in the header, found "
                + record.size());
            return Optional.empty();
        }
        String idValue = required(record, id, line);
        String descriptionValue = required(record, description, line);
        Long cohort = count(record, cohortSize, line, true);
        Long base = baseSize < 0 ? null : count(record, baseSize, line, false);
        if (cohort != null && base != null && base < cohort) {
            problems.add(line, baseSize + 1, "base_size", "expected a base of at least cohort_size ("
                + cohort + "), found " + base + ": the cohort is drawn from its base");
            return Optional.empty();
        }
        if (idValue == null || descriptionValue == null || cohort == null || (base == null && hasValue(record,
            baseSize))) {
            return Optional.empty();
        }
        StringBuilder dims = new StringBuilder(96).append('{');
        int dimCount = appendDimensions(record, dims);
        return Optional.of(new StatRow(line, idValue, descriptionValue, cohort, base, optional(record, period),
            optional(record, source), dims.append('}').toString(), dimCount));
    }

    private String required(TableRow record, int column, long line) {
        String value = record.value(column);
        if (value.isEmpty()) {
            problems.add(line, column + 1, columns.name(column), "expected a value, found an empty field"
                + record.emptyNote(column));
            return null;
        }
        return value;
    }

    private Long count(TableRow record, int column, long line, boolean required) {
        String raw = record.value(column);
        if (raw.isEmpty()) {
            if (required) {
                problems.add(line, column + 1, columns.name(column),
                    "expected a whole number of people (0 or more), found an empty field" + record.emptyNote(column));
            }
            return null;
        }
        String cause = notPlain(record.raw(column));
        if (cause == null) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                cause = ": too large for a count of people";
            }
        }
        problems.add(line, column + 1, columns.name(column),
            "expected a whole number of people (0 or more), found \"" + record.raw(column) + "\"" + cause);
        return null;
    }

    /**
     * Why a field is not a plain whole number (ASCII digits, no sign, no leading zero but in 0
     * itself), or null when it is one; empty when there is no likelier cause to name. Java would read
     * {@code +7}, {@code 012}, {@code -0} and Arabic-Indic digits as numbers; a count written so was
     * most likely not meant as written.
     */
    static String notPlain(String field) {
        if (isPlain(field)) {
            return null;
        }
        String stripped = field.strip();
        if (!stripped.equals(field) || stripped.chars().anyMatch(Character::isWhitespace)) {
            String cause = likelyCause(stripped);
            return PLAIN.matcher(stripped).matches() ? ": spaces around the number: remove them"
                : cause.isEmpty() ? ": spaces in the number: remove them" : cause;
        }
        if (stripped.startsWith("+")) {
            return ": a plus sign: write the plain number";
        }
        if (stripped.startsWith("-")) {
            return stripped.matches("-0+") ? ": a minus sign: write 0" : likelyCause(stripped);
        }
        if (stripped.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ": leading zeros: write the number without them (is it a code rather than a count?)";
        }
        if (stripped.chars().allMatch(Character::isDigit)) {
            return ": digits other than 0-9: write the number with the digits 0-9";
        }
        return likelyCause(stripped);
    }

    // The pattern 0|[1-9][0-9]* as a loop: it runs on two fields of every row of a million-row import.
    private static boolean isPlain(String field) {
        int length = field.length();
        if (length == 0 || (field.charAt(0) == '0' && length > 1)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    // Spreadsheets format counts for display; the cause is named so the fix is obvious.
    private static String likelyCause(String raw) {
        if (THOUSANDS.matcher(raw).matches()) {
            return ": thousands separators: format the column as a plain number";
        }
        if (EXPONENT.matcher(raw).matches()) {
            return ": scientific notation (a spreadsheet shortened the number): format the column as a plain number";
        }
        if (DECIMAL.matcher(raw).matches()) {
            return ": a count of people has no decimals";
        }
        return "";
    }

    private static boolean hasValue(TableRow record, int column) {
        return column >= 0 && !record.value(column).isEmpty();
    }

    private static String optional(TableRow record, int column) {
        return column < 0 ? "" : record.value(column);
    }

    // The dims JSON object is written here rather than by an ObjectMapper: this runs once per
    // row of a million-row import, and building a map and a generator per row doubled parse time.
    // Jackson still does the string escaping. Names come sorted, so equal dims give equal JSON.
    private int appendDimensions(TableRow record, StringBuilder json) {
        int count = 0;
        for (StatsColumns.Dimension dimension : columns.dimensions()) {
            String value = record.value(dimension.index());
            if (!value.isEmpty()) {
                appendMember(json, count++ == 0, dimension.name(), value);
            }
        }
        return count;
    }

    private static void appendMember(StringBuilder json, boolean first, String name, String value) {
        json.append(first ? "\"" : ",\"").append(name).append("\":\"");
        appendQuoted(json, value);
        json.append('"');
    }

    /**
     * The value as the inside of a JSON string, exactly as Jackson's encoder writes it. Jackson
     * appends character by character; most dimension values need no escape, so those are
     * appended whole, and only a value with a quote, a backslash or a control character goes
     * through Jackson.
     */
    static void appendQuoted(StringBuilder json, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                JSON_STRING.quoteAsString(value, json);
                return;
            }
        }
        json.append(value);
    }

    /**
     * The stored form of a stat's dimensions: a JSON object with names in sorted order, written
     * exactly as an import writes it, so equal dimensions give equal text (and one index lookup).
     */
    static String dimsJson(java.util.SortedMap<String, String> dims) {
        StringBuilder json = new StringBuilder(96).append('{');
        boolean first = true;
        for (var entry : dims.entrySet()) {
            appendMember(json, first, entry.getKey(), entry.getValue());
            first = false;
        }
        return json.append('}').toString();
    }
}
