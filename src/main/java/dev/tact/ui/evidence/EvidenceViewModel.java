package dev.tact.ui.evidence;

import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.DecisionRules;
import dev.tact.core.Verdict;
import dev.tact.core.History;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.Confirmer;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.lines.DeskLine;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * The evidence for the selected line — its assessment, the reader's view, its history — and
 * the decision being made on it. The review rules are explained before the reviewer tries;
 * the store enforces them when the decision is recorded.
 */
public final class EvidenceViewModel {
    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final Confirmer confirmer;
    private dev.tact.ui.PassphrasePrompt passphrase = (title, message) -> java.util.Optional.empty();
    private final BiConsumer<String, dev.tact.store.trail.DecisionLedger.Recorded> onDecided;
    private final ObjectProperty<DeskLine> line = new SimpleObjectProperty<>(this, "line");
    private final ObjectProperty<History> history = new SimpleObjectProperty<>(this, "history");
    private final StringProperty route = new SimpleStringProperty(this, "route", "");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Decision> recorded = new SimpleObjectProperty<>(this, "recorded");
    private final BooleanBinding canConfirm;
    private final javafx.collections.ObservableList<dev.tact.score.Suggestion> suggestions =
        javafx.collections.FXCollections.observableArrayList();
    private final ReleaseEvidence releases;
    private final javafx.collections.ObservableList<dev.tact.score.Precedents.Match> precedents =
        javafx.collections.FXCollections.observableArrayList();
    private Runnable onAccepted = () -> { };
    /** Why nothing is recorded while the team database cannot be reached. */
    public static final String PAUSED = "Decisions are paused: the team database cannot be reached.";
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final DecidedNotice notice = new DecidedNotice(line);
    // The line as the reviewer read it: decisions are checked against this, not a later reload.
    private DeskLine seen;

    /** @param onDecided told the line id and the decision once it is committed */
    public EvidenceViewModel(DeskBackend backend, BackgroundRunner runner, Confirmer confirmer,
                             BiConsumer<String, dev.tact.store.trail.DecisionLedger.Recorded> onDecided) {
        this(backend, runner, confirmer, onDecided, new dev.tact.ui.lines.DisclosureBands(
            campaign -> backend.releases().check(campaign), runner));
    }

    /** @param bands the queue's differencing checks, which the line's findings are read with */
    public EvidenceViewModel(DeskBackend backend, BackgroundRunner runner, Confirmer confirmer,
                             BiConsumer<String, dev.tact.store.trail.DecisionLedger.Recorded> onDecided,
                             dev.tact.ui.lines.DisclosureBands bands) {
        this.releases = new ReleaseEvidence(bands, backend, runner, failure -> message.set(failure));
        this.backend = backend;
        this.runner = runner;
        this.confirmer = confirmer;
        this.onDecided = onDecided;
        line.addListener((observable, before, now) -> showLine(before, now));
        verdict.addListener((observable, before, now) -> explain());
        reason.addListener((observable, before, now) -> explain());
        canConfirm = Bindings.createBooleanBinding(() -> verdict.get() != null && !busy.get() && line.get() != null
            && !paused.get() && refusal().isEmpty(), verdict, reason, busy, line, paused);
    }

    private void showLine(DeskLine before, DeskLine now) {
        // The same line updated in place (a decision just recorded) keeps its message.
        boolean sameLine = before != null && now != null
            && before.item().line().id().equals(now.item().line().id());
        // The same line read again (another desk changed the queue) keeps what the reviewer is
        // typing, and the state they read: if the line itself changed, the store refuses the decision.
        if (!sameLine || seen == null || sameState(seen, now)) {
            seen = now;
        }
        if (!sameLine) {
            verdict.set(null);
            reason.set("");
            message.set("");
            history.set(null);
            route.set("");
            suggestions.clear();
            precedents.clear();
        }
        releases.show(now);
        if (now != null) {
            String lineId = now.item().line().id();
            var copy = now.item().line();
            // The route needs the policy in force: read with the history, off the FX thread.
            runner.run(progress -> {
                History read = backend.history(lineId);
                return java.util.Map.entry(read, backend.routeOf(copy, read));
            }, loaded -> {
                if (line.get() != null && line.get().item().line().id().equals(lineId)) {
                    history.set(loaded.getKey());
                    route.set(loaded.getValue());
                }
            }, failure -> message.set("Could not read the history: " + failure.getMessage()));
            var item = now.item();
            runner.run(progress -> backend.suggest(item), found -> {
                if (line.get() != null && line.get().item().line().id().equals(lineId)) {
                    suggestions.setAll(found);
                }
            }, failure -> message.set("Could not build safer alternatives: " + failure.getMessage()));
            runner.run(progress -> backend.precedents(item), found -> {
                if (line.get() != null && line.get().item().line().id().equals(lineId)) {
                    precedents.setAll(found);
                }
            }, failure -> message.set("Could not find precedents: " + failure.getMessage()));
        }
        explain();
    }

    /** Where the passphrase of the reviewer's key is asked when the session's key is locked. */
    public void setPassphrasePrompt(dev.tact.ui.PassphrasePrompt prompt) {
        this.passphrase = prompt;
    }

    private static boolean sameState(DeskLine read, DeskLine now) {
        return read.item().line().status() == now.item().line().status()
            && read.item().line().version() == now.item().line().version();
    }

    /** Starts a decision: the reason field and the hint follow it. */
    public void start(Verdict chosen) {
        if (paused.get()) {
            message.set(PAUSED);
        } else if (line.get() != null) {
            verdict.set(chosen);
            message.set("");
        }
    }

    public void cancel() {
        verdict.set(null);
        reason.set("");
    }

    /** Records the decision in the background; approving a high line asks for confirmation first. */
    public void confirm() {
        DeskLine current = line.get();
        Verdict chosen = verdict.get();
        if (current == null || chosen == null || !canConfirm.get() || paused.get()) {
            return;
        }
        if (DecisionRules.isOverride(chosen, current.assessment().band()) && !confirmer.confirm("Override a high band?",
            "Line " + current.item().line().id() + " scores " + current.assessment().score()
                + " (high). Approve it anyway, on your written reason?")) {
            return;
        }
        java.util.Optional<char[]> unlockWith = java.util.Optional.empty();
        if (!backend.signing().unlocked()) {
            if (!backend.signing().hasKey()) {
                message.set("You have no reviewer key yet. Run `tact keys init`, then have an admin enrol it"
                    + " (`tact reviewers add`; the first reviewer of a database enrols themself with --self).");
                return;
            }
            unlockWith = passphrase.ask("Sign your decision", "Passphrase for your reviewer key ("
                + backend.signing().configDirectory() + "):");
            if (unlockWith.isEmpty()) {
                message.set("Not recorded: a decision is signed with your key, and its passphrase was not given.");
                return;
            }
        }
        busy.set(true);
        String lineId = current.item().line().id();
        String why = reason.get();
        var seenStatus = seen.item().line().status();
        int seenVersion = seen.item().line().version();
        java.util.Optional<char[]> typed = unlockWith;
        runner.run(progress -> {
            // Unlocking derives the key from the passphrase (PBKDF2): slow by design, so not on the FX thread.
            typed.ifPresent(backend.signing()::unlock);
            return backend.decide(lineId, chosen, why, seenStatus, seenVersion);
        }, done -> {
            busy.set(false);
            verdict.set(null);
            reason.set("");
            Decision decision = done.decision();
            seen = null;
            // The queue updates the line first (which may reselect it), then the message is shown.
            onDecided.accept(lineId, done);
            String step = decision.role().isEmpty() ? "" : " as " + decision.role();
            String waits = done.lineStatus() == decision.verdict().status() ? ""
                : "; the line waits for the rest of its route: " + done.route().describe();
            message.set(String.format(Locale.ROOT, "Recorded: %s %s line %s%s (decision %d)%s.", decision.reviewer(),
                decision.verdict().status().label().toLowerCase(Locale.ROOT), lineId, step, decision.id(), waits));
            recorded.set(decision);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof DecisionRefusedException
                || failure instanceof dev.tact.store.trail.WrongPassphraseException ? failure.getMessage()
                : "Could not record the decision: " + failure.getMessage());
            if (failure instanceof dev.tact.core.LineChangedException) {
                // Told now: the next decision is checked against the line as the reload brings it.
                seen = null;
                onAccepted.run();
            }
        });
    }

    // Says what the rules require before the reviewer tries.
    private void explain() {
        DeskLine current = line.get();
        if (current == null) {
            hint.set("Select a line to see its evidence.");
            return;
        }
        hint.set(refusal().orElseGet(() -> verdict.get() == null
            ? standingNotice(current) : "Ctrl+Enter to record, Esc to cancel."));
    }

    private String standingNotice(DeskLine current) {
        String author = current.item().line().author();
        if (!author.isBlank() && author.equalsIgnoreCase(backend.reviewer())) {
            return "You wrote this line: another reviewer must approve it.";
        }
        return switch (current.assessment().band()) {
            case HIGH -> "High: approving needs a written override reason. A approve · R reject · C request changes";
            case UNASSESSED -> "Not assessed (" + current.assessment().languageName()
                + " is not covered): read it yourself; approving needs a written reason. A · R · C";
            default -> "A approve · R reject · C request changes";
        };
    }

    private Optional<String> refusal() {
        if (verdict.get() == null || line.get() == null) {
            return Optional.empty();
        }
        try {
            DecisionRules.check(verdict.get(), backend.reviewer(), reason.get(), line.get().item().line().author(),
                line.get().assessment().band());
            return Optional.empty();
        } catch (DecisionRefusedException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Accepts a safer alternative: a new version of the line, back to pending. */
    public void accept(dev.tact.score.Suggestion suggestion) {
        DeskLine current = line.get();
        if (current == null) {
            return;
        }
        runner.run(progress -> backend.accept(current.item(), suggestion), saved -> {
            message.set("Line " + saved + " now reads the suggestion (a new version, pending review).");
            onAccepted.run();
        }, failure -> message.set("Could not use the suggestion: " + failure.getMessage()));
    }

    /** What to do after a suggestion became the line's new version (reload the queue). */
    public void setOnAccepted(Runnable action) {
        this.onAccepted = action;
    }

    /** What the open line reveals with other lines, when it went out, and marking it published. */
    public ReleaseEvidence releases() {
        return releases;
    }

    /** The nearest labelled corpus cases, most similar first (at most two). */
    public javafx.collections.ObservableList<dev.tact.score.Precedents.Match> precedents() {
        return precedents;
    }

    /** The generalization ladder for the line, best first. */
    public javafx.collections.ObservableList<dev.tact.score.Suggestion> suggestions() {
        return suggestions;
    }

    public ObjectProperty<DeskLine> lineProperty() {
        return line;
    }

    public ReadOnlyObjectProperty<History> historyProperty() {
        return history;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The line's approval route and who has signed which step ("Route for billboard: brand ✓ ana · legal: to sign"). */
    public ReadOnlyStringProperty routeProperty() {
        return route;
    }

    /** The decision recorded last in this session, null before the first. */
    public ReadOnlyObjectProperty<Decision> recordedProperty() {
        return recorded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while the team database cannot be reached: nothing is recorded then. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** "Decided by rita 20 s ago — approve" while the open line was decided on another desk. */
    public DecidedNotice notice() {
        return notice;
    }

    public BooleanBinding canConfirmBinding() {
        return canConfirm;
    }
}
