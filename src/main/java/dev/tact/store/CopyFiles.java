package dev.tact.store;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a copy file (CSV or plain text, as {@code import-copy} takes it) row by row without a
 * database, for scoring. Problems are reported the same way as an import's.
 */
public final class CopyFiles {

    /** Takes each row, in file order. */
    @FunctionalInterface
    public interface Sink {
        void accept(CopyRow row) throws IOException;
    }

    private CopyFiles() {
    }

    /**
     * Reads copy lines to score: columns beyond id, campaign, channel, author, text and stat_ids are
     * skipped (a labelled corpus scores as it is).
     *
     * @return the number of rows read
     * @throws ImportFailedException when the file has problems; rows before the first one may
     *                               already have been handed to the sink
     */
    public static long read(ImportSource source, CopyImporter.Format format, Sink sink) throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        CopyFileReader reader = new CopyFileReader(source.name(), Optional.empty(), problems).allowingExtraColumns();
        long rows = 0;
        try (DecodedInput input = new DecodedInput(source.opener().open(), source.encoding())) {
            CopyFileReader.RowSink<IOException> rowSink = row -> {
                if (problems.isEmpty()) {
                    sink.accept(row);
                }
            };
            rows = (isCsv(source, format) ? reader.readCsv(input, rowSink) : reader.readText(input, rowSink)).rows();
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
        }
        problems.throwIfAny();
        return rows;
    }

    // Google Sheets offers .tsv; its delimiter is found from the header like any other table's.
    private static boolean hasTableExtension(String name) {
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    static boolean isCsv(ImportSource source, CopyImporter.Format format) {
        return switch (format) {
            case CSV -> true;
            case TEXT -> false;
            case AUTO -> hasTableExtension(source.name().toLowerCase(Locale.ROOT));
        };
    }
}
