package dev.tact.ui.evidence;

import dev.tact.core.Decision;
import dev.tact.ui.lines.DeskLine;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Tells the reviewer that the line open in the evidence pane was decided on another desk while
 * they read it ("Decided by rita 20 s ago — approve"), before they try to record their own. It
 * goes when another line is opened; the age is refreshed by whoever owns the clock.
 */
public final class DecidedNotice {
    private final ObservableValue<DeskLine> line;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private Decision shown;

    DecidedNotice(ObservableValue<DeskLine> line) {
        this.line = line;
        line.addListener((observable, before, now) -> {
            if (shown != null && (now == null || !now.item().line().id().equals(shown.lineId()))) {
                clear();
            }
        });
    }

    /** Shows the decision if it is on the open line; {@code now} is the clock's instant. */
    public void show(Decision decision, Instant now) {
        DeskLine open = line.getValue();
        if (open != null && open.item().line().id().equals(decision.lineId())) {
            shown = decision;
            refresh(now);
        }
    }

    /** Recomputes "20 s ago" against the clock's instant. */
    public void refresh(Instant now) {
        if (shown == null) {
            return;
        }
        String when = decidedAt(shown).map(at -> " " + ago(Duration.between(at, now))).orElse("");
        text.set("Decided by " + shown.reviewer() + when + " — " + shown.verdict().code()
            + ". The line changed since you opened it: a decision recorded now is refused; reopen the line"
            + " to decide on it as it stands.");
    }

    public void clear() {
        shown = null;
        text.set("");
    }

    /** The notice, empty when there is none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "just now", "20 s ago", "3 min ago", "2 h ago", "4 days ago" ({@link dev.tact.core.Elapsed}). */
    static String ago(Duration age) {
        return dev.tact.core.Elapsed.since(Instant.EPOCH, Instant.EPOCH.plus(age));
    }

    private static Optional<Instant> decidedAt(Decision decision) {
        try {
            return Optional.of(Instant.parse(decision.decidedAt()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
