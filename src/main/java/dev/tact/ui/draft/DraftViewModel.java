package dev.tact.ui.draft;

import dev.tact.core.Assessment;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblem;
import dev.tact.store.db.ServerUnreachable;
import dev.tact.store.db.StoreException;
import dev.tact.store.lines.KeptDraft;
import dev.tact.store.lines.LineEditor;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.lines.DeskLine;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 * The copywriter's pane: a line being typed, assessed as it changes (the latest keystroke
 * wins; the text field never waits), and saved as a new line or a new version.
 */
public final class DraftViewModel {
    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final Consumer<String> onSaved;
    private final StringProperty lineId = new SimpleStringProperty(this, "lineId", "");
    // The version the writer opened, so a save over someone else's newer one is refused with who
    // and when (LineEditor's version check); 0 for a new line or once saved.
    private int baseVersion;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty campaign = new SimpleStringProperty(this, "campaign", "Drafts");
    private final StringProperty channel = new SimpleStringProperty(this, "channel", "national social");
    private final StringProperty statIds = new SimpleStringProperty(this, "statIds", "");
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>(this, "assessment");
    private final StringProperty assessedText = new SimpleStringProperty(this, "assessedText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final AtomicLong latest = new AtomicLong();
    private final BooleanProperty offline = new SimpleBooleanProperty(this, "offline");
    private final KeptDraft kept;
    private final javafx.collections.ObservableList<dev.tact.score.Suggestion> suggestions =
        javafx.collections.FXCollections.observableArrayList();

    /** @param onSaved told the saved line's id, so the queue can reload */
    public DraftViewModel(DeskBackend backend, BackgroundRunner runner, Consumer<String> onSaved) {
        this(backend, runner, onSaved, null);
    }

    /** @param kept where a draft written while the team database cannot be reached is kept; null for none */
    public DraftViewModel(DeskBackend backend, BackgroundRunner runner, Consumer<String> onSaved, KeptDraft kept) {
        this.backend = backend;
        this.runner = runner;
        this.onSaved = onSaved;
        this.kept = kept;
        text.addListener((observable, before, now) -> keepWhileOffline());
        offline.addListener((observable, before, now) -> {
            keepWhileOffline();
            if (!now) {
                reassess();
            }
        });
        text.addListener((observable, before, now) -> reassess());
        channel.addListener((observable, before, now) -> reassess());
        statIds.addListener((observable, before, now) -> reassess());
    }

    // Each change takes a ticket; work whose ticket is no longer the latest is skipped before it
    // runs and dropped if it finishes late, so a burst of keystrokes costs one assessment.
    private void reassess() {
        long ticket = latest.incrementAndGet();
        String current = text.get();
        if (current == null || current.isBlank()) {
            assessment.set(null);
            suggestions.clear();
            return;
        }
        if (offline.get()) {
            // Assessing reads the stats on the server: it waits until the server is back.
            return;
        }
        String onChannel = channel.get();
        List<String> cited = cited();
        runner.run(progress -> ticket == latest.get() ? backend.assessDraft(current, onChannel, cited) : null,
            result -> {
                if (result != null && ticket == latest.get()) {
                    assessedText.set(current);
                    assessment.set(result);
                }
            }, failure -> message.set("Could not assess: " + failure.getMessage()));
        // The ladder is heavier than the score: it follows when typing pauses, and only if still current.
        runner.run(progress -> ticket == latest.get() ? backend.suggestDraft(current, onChannel, cited) : null,
            found -> {
                if (found != null && ticket == latest.get()) {
                    suggestions.setAll(found);
                }
            }, failure -> suggestions.clear());
    }

    private List<String> cited() {
        return Arrays.stream(statIds.get().split("[;,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Takes a safer alternative as the draft's text, citing the stat it rests on. */
    public void use(dev.tact.score.Suggestion suggestion) {
        suggestion.stat().ifPresent(stat -> statIds.set(stat.id()));
        text.set(suggestion.text());
        message.set("Using suggestion " + suggestion.rank() + "; save it for review when ready.");
    }

    /** Safer ways to say the current draft, best first. */
    public javafx.collections.ObservableList<dev.tact.score.Suggestion> suggestions() {
        return suggestions;
    }

    /** Loads a line to write its next version. */
    public void edit(DeskLine line) {
        var copy = line.item().line();
        lineId.set(copy.id());
        baseVersion = copy.version();
        campaign.set(copy.campaign());
        channel.set(copy.channel());
        statIds.set(String.join("; ", copy.statIds()));
        text.set(copy.text());
        message.set("Editing line " + copy.id() + ": saving makes version " + (copy.version() + 1) + ", back to pending.");
    }

    /** Starts a new line in the same campaign. */
    public void startNew() {
        lineId.set("");
        baseVersion = 0;
        text.set("");
        statIds.set("");
        message.set("");
    }

    public void save() {
        if (saving.get()) {
            return;
        }
        LineEditor.Draft draft = draft();
        if (offline.get()) {
            keepLocally(draft);
            return;
        }
        saving.set(true);
        runner.run(progress -> backend.saveDraft(draft), saved -> {
            saving.set(false);
            lineId.set(saved);
            baseVersion = 0;
            message.set("Saved line " + saved + "; it is pending review.");
            discardKept();
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (ServerUnreachable.in(failure)) {
                keepLocally(draft);
                return;
            }
            message.set(failure instanceof ImportFailedException problems
                ? problems.problems().stream().map(ImportProblem::message).collect(Collectors.joining("; "))
                : "Could not save: " + failure.getMessage());
        });
    }

    private LineEditor.Draft draft() {
        LineEditor.Draft draft = new LineEditor.Draft(lineId.get(), campaign.get(), channel.get(), backend.reviewer(),
            text.get(), cited());
        return baseVersion > 0 ? draft.basedOn(baseVersion) : draft;
    }

    // Kept on the FX thread, not the runner: the runner may be waiting on the unreachable server,
    // and what was typed must be on disk before the window can close. The file is a few hundred bytes.
    private void keepWhileOffline() {
        if (offline.get() && kept != null && text.get() != null && !text.get().isBlank()) {
            keepLocally(draft());
        }
    }

    private void keepLocally(LineEditor.Draft draft) {
        if (kept == null) {
            message.set("Could not save: the team database cannot be reached.");
            return;
        }
        try {
            kept.keep(draft);
            message.set("Offline: the draft is kept on this computer (" + kept.file() + ") and offered again when the"
                + " team database is back.");
        } catch (StoreException e) {
            message.set(e.getMessage());
        }
    }

    private void discardKept() {
        try {
            if (kept != null) {
                kept.discard();
            }
        } catch (StoreException e) {
            message.set(e.getMessage());
        }
    }

    /**
     * Offers the draft kept while offline: back in the pane if the pane is empty (or already
     * holds it), with a message to save it; nothing when none was kept.
     */
    public void offerKept() {
        Optional<LineEditor.Draft> found;
        try {
            found = kept == null ? Optional.empty() : kept.read();
        } catch (StoreException e) {
            message.set(e.getMessage());
            return;
        }
        found.ifPresent(draft -> {
            if (text.get().isBlank() || text.get().equals(draft.text())) {
                lineId.set(draft.lineId());
                campaign.set(draft.campaign());
                channel.set(draft.channel());
                statIds.set(String.join("; ", draft.statIds()));
                text.set(draft.text());
                message.set("The team database is back: save the draft you wrote offline (Ctrl+S) to put it up for"
                    + " review.");
            } else {
                message.set("A draft you wrote offline is kept in " + kept.file() + "; save or clear this one first.");
            }
        });
    }

    /** True while the team database cannot be reached: drafts are kept on this computer then. */
    public BooleanProperty offlineProperty() {
        return offline;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty statIdsProperty() {
        return statIds;
    }

    public ReadOnlyStringProperty lineIdProperty() {
        return lineId;
    }

    /** The text the current assessment is of: its span offsets point into this. */
    public ReadOnlyStringProperty assessedTextProperty() {
        return assessedText;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }
}
