package dev.tact.store;

/**
 * One thing wrong with an import file, located the way an editor jumps to it.
 *
 * @param file       the file name as given
 * @param line       physical line in the file, the header is line 1
 * @param column     1-based: the CSV field for a field problem, the character for a text problem;
 *                   0 when the problem concerns the whole line or file
 * @param columnName the CSV column's header name, empty when not a field problem
 * @param message    what was expected and what was found
 */
public record ImportProblem(String file, long line, int column, String columnName, String message) {

    public ImportProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
        columnName = columnName == null ? "" : columnName;
    }

    /** {@code file:line:column: column_name: message}, one line; 0 parts are left out. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (line > 0 && column > 0) {
            text.append(':').append(column);
        }
        text.append(": ");
        if (!columnName.isEmpty()) {
            text.append(columnName).append(": ");
        }
        return text.append(message).toString();
    }
}
