package dev.tact.cli;

import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;

/** Runs one import for a command: the progress bar, the one-line summary, the problems. */
final class ImportRunner {
    static final int BAD_INPUT = 2;

    /** An import to run, told where to report progress. */
    @FunctionalInterface
    interface Import {
        ImportResult run(ImportProgress progress) throws ImportFailedException;
    }

    private ImportRunner() {
    }

    static int run(CommandLine commandLine, Clock clock, String noun, Import work) {
        long start = clock.millis();
        ImportProgress progress = TerminalProgress.forStderr(commandLine.getErr(), clock);
        try {
            ImportResult result = work.run(progress);
            TerminalProgress.finish(progress);
            commandLine.getOut().println(summary(result, noun, clock.millis() - start));
            return CommandLine.ExitCode.OK;
        } catch (ImportFailedException e) {
            TerminalProgress.finish(progress);
            return reportProblems(commandLine, e);
        }
    }

    /** Prints a file's problems, one line each, and returns the bad-input exit status. */
    static int reportProblems(CommandLine commandLine, ImportFailedException e) {
        return reportProblems(commandLine, e, "nothing was imported");
    }

    /**
     * {@link #reportProblems(CommandLine, ImportFailedException)} for a command that reads a file
     * without importing it, ending with what it did not do ("nothing was scored").
     */
    static int reportProblems(CommandLine commandLine, ImportFailedException e, String outcome) {
        for (ImportProblem problem : e.problems()) {
            commandLine.getErr().println(problem);
        }
        long unshown = e.totalProblems() - e.problems().size();
        if (unshown > 0) {
            commandLine.getErr().printf(Locale.ROOT, "... and %,d more%n", unshown);
        }
        commandLine.getErr().println(e.counted() + ", " + outcome + ".");
        return BAD_INPUT;
    }

    // "1 stat", "1 copy line": the nouns the commands pass are plurals ending in "s".
    private static String singular(String noun) {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    static String summary(ImportResult result, String noun, long elapsedMillis) {
        long rate = elapsedMillis > 0 ? result.rows() * 1000 / elapsedMillis : result.rows();
        String readAs = result.readAs().isEmpty() ? "" : " (read as " + result.readAs() + ")";
        return String.format(Locale.ROOT, "Imported %,d %s from %s%s in %.1f s (%,d rows/s): %,d new, %,d updated.",
            result.rows(), result.rows() == 1 ? singular(noun) : noun, result.file(), readAs, elapsedMillis / 1000.0, rate,
            result.inserted(),
            result.updated());
    }
}
