package dev.tact.store.files;

/**
 * One thing wrong with an import file, located the way an editor (or Excel's Go To) jumps to it.
 *
 * @param file       the file name as given
 * @param line       physical line in a text file or row in a sheet, the header usually 1; 0 for the whole file
 * @param column     1-based: the field for a field problem (in a sheet, the sheet's column: A is 1),
 *                   the character for a text problem; 0 when the problem concerns the whole line or file
 * @param columnName the column's header name, empty when not a field problem
 * @param message    what was expected and what was found
 * @param sheet      the workbook sheet the problem is in, empty for a text file
 */
public record ImportProblem(String file, long line, int column, String columnName, String message, String sheet) {

    public ImportProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
        columnName = columnName == null ? "" : columnName;
        sheet = sheet == null ? "" : sheet;
    }

    /** A problem in a text file. */
    public ImportProblem(String file, long line, int column, String columnName, String message) {
        this(file, line, column, columnName, message, "");
    }

    /**
     * {@code file:line:column: column_name: message} for a text file, {@code file: Sheet!C4:
     * column_name: message} for a sheet; one line, 0 parts left out.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            text.append(": ").append(sheetLocation());
        } else {
            if (line > 0) {
                text.append(':').append(line);
            }
            if (line > 0 && column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!columnName.isEmpty()) {
            text.append(columnName).append(": ");
        }
        return text.append(message).toString();
    }

    /** Excel's own reference: {@code Stats!C4}, {@code 'Q3 stats'!C4}, or {@code Stats row 4}. */
    public String sheetLocation() {
        String name = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
        if (line == 0) {
            return name;
        }
        return column > 0 ? name + "!" + columnLetters(column) + line : name + " row " + line;
    }

    /** Excel's column letters for a 1-based column: 1 is A, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
