package dev.tact.ui.policy;

import dev.tact.core.Policy;
import dev.tact.score.PolicyCodec;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.lines.LinesViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The policy view: the preset in force and its default thresholds. Changing them re-scores the
 * queue as a preview; saving stores the document as a new policy version.
 */
public final class PolicyViewModel {
    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final LinesViewModel queue;
    private final ObservableList<String> presets = FXCollections.observableArrayList();
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "");
    private final IntegerProperty minCohort = new SimpleIntegerProperty(this, "minCohort", 100);
    private final IntegerProperty medium = new SimpleIntegerProperty(this, "medium", 30);
    private final IntegerProperty high = new SimpleIntegerProperty(this, "high", 60);
    private final BooleanProperty previewing = new SimpleBooleanProperty(this, "previewing");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private String document = "";

    public PolicyViewModel(DeskBackend backend, BackgroundRunner runner, LinesViewModel queue) {
        this.backend = backend;
        this.runner = runner;
        this.queue = queue;
        preset.addListener((observable, before, now) -> {
            if (now != null && !now.isEmpty() && !document.isEmpty()) {
                showThresholds(PolicyCodec.read(document, now).defaults());
            }
        });
    }

    /** Reads the policy in force. */
    public void load() {
        runner.run(progress -> backend.policyDocument(), loaded -> {
            document = loaded;
            presets.setAll(PolicyCodec.presetNames(loaded));
            Policy policy = PolicyCodec.read(loaded, null);
            preset.set(policy.name());
            showThresholds(policy.defaults());
            message.set("");
        }, failure -> message.set("Could not read the policy: " + failure.getMessage()));
    }

    private void showThresholds(Policy.Thresholds thresholds) {
        minCohort.set((int) thresholds.minCohort());
        medium.set(thresholds.medium());
        high.set(thresholds.high());
    }

    /** Re-scores the queue under the edited policy, without saving anything. */
    public void preview() {
        String edited = editedOrSay();
        if (edited == null) {
            return;
        }
        var items = queue.allItems();
        Policy policy = PolicyCodec.read(edited, preset.get());
        runner.run(progress -> backend.preview(items, policy), data -> {
            queue.show(data);
            previewing.set(true);
            message.set("Previewing: the queue is scored under the edited policy. Save it or discard it.");
        }, failure -> message.set("Could not preview: " + failure.getMessage()));
    }

    /** Where the passphrase is asked when saving needs the admin's key and the session's key is locked. */
    public void setPassphrasePrompt(dev.tact.ui.PassphrasePrompt prompt) {
        this.passphrase = prompt;
    }

    private dev.tact.ui.PassphrasePrompt passphrase = (title, text) -> java.util.Optional.empty();

    public void save() {
        String edited = editedOrSay();
        if (edited == null) {
            return;
        }
        java.util.Optional<char[]> typed = java.util.Optional.empty();
        if (!backend.signing().unlocked() && backend.signing().hasKey()) {
            typed = passphrase.ask("Sign the policy version", "A policy version is signed by an admin. Passphrase"
                + " for your reviewer key:");
            if (typed.isEmpty()) {
                message.set("Not saved: a policy version is signed with an admin's key.");
                return;
            }
        }
        java.util.Optional<char[]> unlockWith = typed;
        runner.run(progress -> {
            unlockWith.ifPresent(backend.signing()::unlock);
            return backend.savePolicy(edited);
        }, version -> {
            previewing.set(false);
            document = edited;
            message.set("Saved as policy version " + version + "; it is now in force.");
            queue.reload();
        }, failure -> message.set("Could not save the policy: " + failure.getMessage()));
    }

    /** The dialog closed: an unsaved preview is discarded, so the queue shows the policy in force. */
    public void closed() {
        if (previewing.get()) {
            discard();
        }
    }

    public void discard() {
        previewing.set(false);
        message.set("");
        queue.reload();
        load();
    }

    // The document with the edited thresholds, or null (and the reason shown) when they are invalid.
    private String editedOrSay() {
        try {
            return PolicyCodec.withDefaults(document, preset.get(),
                new Policy.Thresholds(minCohort.get(), medium.get(), high.get()));
        } catch (RuntimeException invalid) {
            message.set(invalid.getMessage());
            return null;
        }
    }

    public ObservableList<String> presets() {
        return presets;
    }

    public StringProperty presetProperty() {
        return preset;
    }

    public IntegerProperty minCohortProperty() {
        return minCohort;
    }

    public IntegerProperty mediumProperty() {
        return medium;
    }

    public IntegerProperty highProperty() {
        return high;
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
