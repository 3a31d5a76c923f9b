package dev.tact.store.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects an import's problems: keeps the first ones in file order, counts them all. Safe to
 * use from the parsing and the writing thread at once.
 */
public final class ImportProblems {
    /** How many problems are kept to report; the rest are only counted. */
    public static final int REPORTED = 20;

    private final String file;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long total;
    private String sheet = "";
    private int firstColumn;

    public ImportProblems(String file) {
        this.file = file;
    }

    /**
     * Problems from now on are in a workbook's sheet whose table starts at a 0-based sheet column:
     * a table column (1-based) is reported as the sheet's column, so the reference is Excel's.
     */
    synchronized void inSheet(String name, int tableFirstColumn) {
        this.sheet = name;
        this.firstColumn = tableFirstColumn;
    }

    public synchronized void add(long line, int column, String columnName, String message) {
        total++;
        int reported = column > 0 && !sheet.isEmpty() ? column + firstColumn : column;
        kept.add(new ImportProblem(file, line, reported, columnName, message, sheet));
        if (kept.size() > REPORTED * 4) {
            trim();
        }
    }

    public void add(long line, String message) {
        add(line, 0, "", message);
    }

    public synchronized boolean isEmpty() {
        return total == 0;
    }

    /** Throws when any problem was found, with the first ones sorted by position. */
    public synchronized void throwIfAny() throws ImportFailedException {
        if (total > 0) {
            trim();
            throw new ImportFailedException(file, kept, total);
        }
    }

    // Problems from row checks and from the database arrive in two ordered streams; sorting
    // before trimming keeps the earliest of both.
    private void trim() {
        kept.sort(Comparator.comparingLong(ImportProblem::line).thenComparingInt(ImportProblem::column));
        if (kept.size() > REPORTED) {
            kept.subList(REPORTED, kept.size()).clear();
        }
    }
}
