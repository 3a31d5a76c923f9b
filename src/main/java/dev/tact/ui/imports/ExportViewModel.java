package dev.tact.ui.imports;

import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** File → Export sign-off report: the campaign's report written in the background, its outcome as a sentence. */
public final class ExportViewModel {
    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public ExportViewModel(DeskBackend backend, BackgroundRunner runner) {
        this.backend = backend;
        this.runner = runner;
    }

    /** Writes the report of a campaign to a .pdf or .csv file. */
    public void export(String campaign, Path out) {
        message.set("Writing the sign-off report for \"" + campaign + "\"…");
        runner.run(progress -> backend.exportReport(campaign, out),
            lines -> message.set("Wrote the sign-off report for \"" + campaign + "\" (" + lines + " line"
                + (lines == 1 ? "" : "s") + ") to " + out + "."),
            failure -> message.set("Could not write the report: " + failure.getMessage()));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
