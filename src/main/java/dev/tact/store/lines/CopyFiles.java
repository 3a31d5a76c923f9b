package dev.tact.store.lines;
import dev.tact.store.files.FileRead;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.ImportSource;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a copy file (a table or plain text, as {@code import-copy} takes it) row by row without a
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
        return read(source, format, statId -> true, "", sink);
    }

    /**
     * Reads copy lines to score, refusing a row that cites a stat the caller does not know: a cited
     * id that binds to nothing must not quietly leave the line to be matched to another stat.
     *
     * @param knownStat   whether a cited stat id exists
     * @param unknownHint what to do about an unknown one, ending the problem's message
     */
    public static long read(ImportSource source, CopyImporter.Format format, java.util.function.Predicate<String> knownStat,
                            String unknownHint, Sink sink) throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        CopyFileReader reader = new CopyFileReader(source.name(), Optional.empty(), problems).allowingExtraColumns();
        long rows = 0;
        try {
            rows = reader.read(source, format, row -> {
                for (String statId : row.statIds()) {
                    if (!knownStat.test(statId)) {
                        problems.add(row.line(), row.statIdsColumn(), "stat_ids", "unknown stat \"" + statId + "\": "
                            + unknownHint);
                    }
                }
                if (problems.isEmpty()) {
                    sink.accept(row);
                }
            }).rows();
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
        }
        problems.throwIfAny();
        return rows;
    }

    // Google Sheets offers .tsv; its delimiter is found from the header like any other table's.
    // A workbook is known by its bytes whatever its name.
    private static boolean hasTableExtension(String name) {
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".xlsx");
    }

    /** Whether the file is read as a table (with a header) rather than as one line of copy per line. */
    static boolean isTable(ImportSource source, CopyImporter.Format format) {
        return switch (format) {
            case CSV -> true;
            case TEXT -> false;
            case AUTO -> hasTableExtension(source.name().toLowerCase(Locale.ROOT));
        };
    }
}
