package dev.tact.store.files;

/**
 * One data row of an import table (a CSV, TSV or Excel sheet) and where it starts: the physical
 * line of a text file, the row number of a sheet. A trailing unnamed, empty field (Excel for Mac
 * ends rows with a delimiter) is not counted.
 *
 * @param fields the row's fields by 0-based column
 * @param size   the fields that count: the row's, less an ignored trailing one
 * @param line   1-based line or sheet row; the header is usually 1
 */
public record TableRow(Fields fields, int size, long line) {

    /** A row's fields by 0-based column, as read (unstripped). */
    @FunctionalInterface
    interface Fields {
        String get(int column);
    }

    /** The field as written in the file, unstripped. */
    public String raw(int column) {
        return fields.get(column);
    }

    /** The field stripped, and empty when it holds an empty marker. */
    public String value(int column) {
        String value = fields.get(column).strip();
        return isEmptyMarker(value) ? "" : value;
    }

    /** Whether the field holds an empty marker rather than nothing at all. */
    boolean hasEmptyMarker(int column) {
        return isEmptyMarker(fields.get(column).strip());
    }

    /**
     * Warehouse unloads write {@code \N} (MySQL, Hive) or {@code NULL} for a missing value; stored
     * as text they would be dimensions and sources no stat really has, so they read as empty.
     */
    static boolean isEmptyMarker(String stripped) {
        // Asked of every field of every row: the length and first letter rule out nearly all.
        return switch (stripped.length()) {
            case 2 -> stripped.charAt(0) == '\\' && (stripped.charAt(1) == 'N' || stripped.charAt(1) == 'n');
            case 4 -> (stripped.charAt(0) == 'N' || stripped.charAt(0) == 'n') && stripped.equalsIgnoreCase("NULL");
            default -> false;
        };
    }

    /** A note for a message about an empty field, saying when it was a marker. */
    public String emptyNote(int column) {
        return hasEmptyMarker(column) ? " (\"" + fields.get(column).strip() + "\" marks an empty field)" : "";
    }
}
