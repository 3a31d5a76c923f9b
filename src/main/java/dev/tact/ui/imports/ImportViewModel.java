package dev.tact.ui.imports;

import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.files.ImportResult;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Imports a stats or copy file from the desk: progress while it runs, the problems if it fails. */
public final class ImportViewModel {
    /** What a file holds. */
    public enum Kind { STATS, COPY }

    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final Runnable onImported;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** @param onImported called after a successful import, to reload the queue */
    public ImportViewModel(DeskBackend backend, BackgroundRunner runner, Runnable onImported) {
        this.backend = backend;
        this.runner = runner;
        this.onImported = onImported;
    }

    public void importFile(Kind kind, Path file) {
        running.set(true);
        problems.clear();
        summary.set("Importing " + file.getFileName() + "…");
        runner.run(progress -> kind == Kind.STATS
            ? backend.importStats(file, (read, total, rows) -> progress.update(total > 0 ? (double) read / total : -1,
                String.format(Locale.ROOT, "Importing %s: %,d rows", file.getFileName(), rows)))
            : backend.importCopy(file, (read, total, rows) -> progress.update(total > 0 ? (double) read / total : -1,
                String.format(Locale.ROOT, "Importing %s: %,d lines", file.getFileName(), rows))),
            this::done, this::failed);
    }

    // The summary and problems are set before running turns false: the view shows the result
    // when the task ends, and must not find "Importing…" still there.
    private void done(ImportResult result) {
        String readAs = result.readAs().isEmpty() ? "" : " (read as " + result.readAs() + ")";
        summary.set(String.format(Locale.ROOT, "Imported %,d %s from %s%s: %,d new, %,d updated.", result.rows(),
            result.rows() == 1 ? "row" : "rows",
            Path.of(result.file()).getFileName(), readAs, result.inserted(), result.updated()));
        running.set(false);
        onImported.run();
    }

    private void failed(Throwable failure) {
        if (failure instanceof ImportFailedException refused) {
            refused.problems().stream().map(ImportProblem::toString).forEach(problems::add);
            long more = refused.totalProblems() - refused.problems().size();
            if (more > 0) {
                problems.add(String.format(Locale.ROOT, "… and %,d more", more));
            }
            summary.set(refused.getMessage() + ".");
        } else {
            summary.set("The import failed: " + failure.getMessage());
        }
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The import's problems, one line each (file:line:column: what was expected). */
    public ObservableList<String> problems() {
        return problems;
    }
}
