package dev.tact.store.files;

import java.util.List;

/** An import found problems in its file and wrote nothing. */
public final class ImportFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final long totalProblems;

    private final String counted;

    ImportFailedException(String file, List<ImportProblem> problems, long totalProblems) {
        super(counted(file, totalProblems) + ", nothing was imported");
        this.counted = counted(file, totalProblems);
        this.problems = List.copyOf(problems);
        this.totalProblems = totalProblems;
    }

    private static String counted(String file, long totalProblems) {
        return file + ": " + totalProblems + (totalProblems == 1 ? " problem" : " problems");
    }

    /** The file and how many problems it has ("copy.csv: 3 problems"), for a command that does not import. */
    public String counted() {
        return counted;
    }

    /** The first problems found, in file order (at most {@link ImportProblems#REPORTED} of them). */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many problems the file has in all. */
    public long totalProblems() {
        return totalProblems;
    }
}
