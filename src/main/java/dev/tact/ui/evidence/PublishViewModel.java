package dev.tact.ui.evidence;

import dev.tact.core.LineStatus;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.lines.DeskLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Review → Mark published…: the day a line ran, checked as it is typed, then recorded with the same
 * {@code Publications} as {@code tact publish --line ID --date DAY}. A day after today is refused:
 * a publication says the line is out, and a line that is only scheduled is not (an approved line is
 * already among what later campaigns are checked against; mark it published when it has run).
 */
public final class PublishViewModel {
    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final Runnable reread;
    private final ObjectProperty<DeskLine> line = new SimpleObjectProperty<>(this, "line");
    private final StringProperty day = new SimpleStringProperty(this, "day", "");
    private final StringBinding problem;
    private final StringBinding note;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private final BooleanBinding canPublish;
    private Runnable onPublished = () -> { };

    /** @param reread reads the open line's evidence again once it is marked */
    PublishViewModel(DeskBackend backend, BackgroundRunner runner, Runnable reread) {
        this.backend = backend;
        this.runner = runner;
        this.reread = reread;
        problem = Bindings.createStringBinding(() -> refusal(day.get()).orElse(""), day);
        note = Bindings.createStringBinding(() -> line.get() == null || line.get().item().line().status()
            == LineStatus.APPROVED ? "" : "Line " + line.get().item().line().id() + " is "
            + line.get().item().line().status().label().toLowerCase(java.util.Locale.ROOT)
            + ", not approved: mark it only if it really ran.", line);
        canPublish = Bindings.createBooleanBinding(() -> line.get() != null && !busy.get()
            && problem.get().isEmpty(), line, busy, problem);
        day.addListener((observable, before, now) -> error.set(""));
    }

    /** Starts marking this line: the day defaults to today on the desk's clock. */
    public void open(DeskLine chosen) {
        line.set(chosen);
        day.set(LocalDate.now(backend.clock()).toString());
        error.set("");
        done.set("");
    }

    // Why the typed day cannot be recorded, as one sentence; empty when it can.
    private Optional<String> refusal(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.of("Give the day the line ran.");
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return Optional.of("\"" + text + "\" is not a day: give it as YYYY-MM-DD, e.g. 2026-03-02.");
        }
        LocalDate today = LocalDate.now(backend.clock());
        return parsed.isAfter(today) ? Optional.of(parsed + " is after today (" + today + "): a line is marked"
            + " published once it has run.") : Optional.empty();
    }

    /** Records the publication in the background; on failure nothing is written and {@link #errorProperty} says why. */
    public void publish() {
        DeskLine chosen = line.get();
        if (chosen == null || !canPublish.get()) {
            return;
        }
        LocalDate ran = LocalDate.parse(day.get().strip());
        String lineId = chosen.item().line().id();
        busy.set(true);
        error.set("");
        runner.run(progress -> backend.releases().publish(lineId, ran), recorded -> {
            busy.set(false);
            done.set("Marked " + recorded.lineId() + " (version " + recorded.version() + ") published on "
                + recorded.publishedOn() + ".");
            reread.run();
            onPublished.run();
        }, failure -> {
            busy.set(false);
            error.set(failure instanceof dev.tact.store.db.StoreException ? failure.getMessage()
                : "Could not mark line " + lineId + " published: " + failure.getMessage());
        });
    }

    /** What else must follow a publication (the queue checks its campaigns again). */
    public void setOnPublished(Runnable action) {
        this.onPublished = action;
    }

    /** The day as typed, YYYY-MM-DD. */
    public StringProperty dayProperty() {
        return day;
    }

    /** Why the typed day is refused, one sentence; empty when it is a day up to today. */
    public StringBinding problemBinding() {
        return problem;
    }

    /** A caution for a line that is not approved; empty otherwise. */
    public StringBinding noteBinding() {
        return note;
    }

    public BooleanBinding canPublishBinding() {
        return canPublish;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Why the store refused, one sentence; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** "Marked w26-09 (version 1) published on 2026-03-02." once recorded; empty before. */
    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    public ReadOnlyObjectProperty<DeskLine> lineProperty() {
        return line;
    }
}
