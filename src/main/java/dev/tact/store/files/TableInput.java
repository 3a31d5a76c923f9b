package dev.tact.store.files;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An import table read row by row, header first: a CSV or TSV ({@link CsvInput}) or a sheet of an
 * Excel workbook ({@link WorkbookInput}). A file that cannot be read further becomes one recorded
 * problem and ends the rows; none of the methods throws for bad content.
 */
public interface TableInput extends AutoCloseable {

    /**
     * The header's column names, stripped; empty (with a problem recorded) when there is none or
     * the file's layout is unclear. An unnamed last column is dropped.
     */
    Optional<List<String>> header();

    /** Moves to the next data row; false at the end or when the file cannot be read further. */
    boolean next();

    /** The current row, after {@link #next()} returned true. */
    TableRow row();

    /** Data rows read so far, the header not counted. */
    long rowsRead();

    /** How the file was read, for the import summary ("semicolon-separated", "sheet Stats of x.xlsx"); empty for a plain CSV. */
    String readAs();

    /** Bytes of the file read so far, for progress. */
    long bytesRead();

    /** SHA-256 of the file's bytes in lower-case hex, once it is read. */
    String sha256Hex();

    @Override
    void close() throws IOException;
}
