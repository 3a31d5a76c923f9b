package dev.tact.store.files;

import java.util.List;

/** An import found problems in its file and wrote nothing. */
public final class ImportFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final long totalProblems;

    ImportFailedException(String file, List<ImportProblem> problems, long totalProblems) {
        super(file + ": " + totalProblems + (totalProblems == 1 ? " problem" : " problems")
            + ", nothing was imported");
        this.problems = List.copyOf(problems);
        this.totalProblems = totalProblems;
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
