package dev.tact.store;

import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a CSV import file and the physical line it starts on. A trailing unnamed,
 * empty field (Excel for Mac ends rows with a delimiter) is not counted.
 *
 * @param size the fields that count: the record's, less an ignored trailing one
 */
record CsvRow(CSVRecord record, int size, long line) {

    /** The field as written in the file, unstripped. */
    String raw(int column) {
        return record.get(column);
    }

    /** The field stripped, and empty when it holds an empty marker. */
    String value(int column) {
        String value = record.get(column).strip();
        return isEmptyMarker(value) ? "" : value;
    }

    /** Whether the field holds an empty marker rather than nothing at all. */
    boolean hasEmptyMarker(int column) {
        return isEmptyMarker(record.get(column).strip());
    }

    /**
     * Warehouse unloads write {@code \N} (MySQL, Hive) or {@code NULL} for a missing value; stored
     * as text they would be dimensions and sources no stat really has, so they read as empty.
     */
    static boolean isEmptyMarker(String stripped) {
        return stripped.length() <= 4 && (stripped.equalsIgnoreCase("NULL") || stripped.equalsIgnoreCase("\\N"));
    }

    /** A note for a message about an empty field, saying when it was a marker. */
    String emptyNote(int column) {
        return hasEmptyMarker(column) ? " (\"" + record.get(column).strip() + "\" marks an empty field)" : "";
    }
}
