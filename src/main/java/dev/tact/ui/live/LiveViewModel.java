package dev.tact.ui.live;

import dev.tact.core.Decision;
import dev.tact.core.History;
import dev.tact.store.db.ChangeFeed;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.draft.DraftViewModel;
import dev.tact.ui.evidence.EvidenceViewModel;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.lines.LinesViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a desk on a team database current: what others decide, edit or import reloads the
 * queue (the feed has already folded a burst into one batch), a decision on the line open in
 * the evidence pane is shown there, and while the server cannot be reached the desk says so,
 * stays readable, pauses decisions and keeps drafts on this computer.
 */
public final class LiveViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LiveViewModel.class);
    private static final Duration NOTICE_REFRESH = Duration.ofSeconds(5);
    private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("HH:mm");

    private final DeskBackend backend;
    private final LinesViewModel lines;
    private final EvidenceViewModel evidence;
    private final DraftViewModel draft;
    private final ChangeFeed feed;
    private final BackgroundRunner runner;
    private final Executor fxThread;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private Instant loadedAt;

    /** The view models a live desk keeps current. */
    public record Screens(LinesViewModel lines, EvidenceViewModel evidence, DraftViewModel draft) {
    }

    /**
     * @param feed     the backend's change feed, not started yet
     * @param fxThread runs the feed's news on the JavaFX thread ({@code Platform::runLater} in the desk)
     */
    public LiveViewModel(DeskBackend backend, Screens screens, ChangeFeed feed, BackgroundRunner runner,
                         Executor fxThread, Clock clock) {
        this.backend = backend;
        this.lines = screens.lines();
        this.evidence = screens.evidence();
        this.draft = screens.draft();
        this.feed = feed;
        this.runner = runner;
        this.fxThread = fxThread;
        this.clock = clock;
        evidence.pausedProperty().bind(offline);
        draft.offlineProperty().bind(offline);
        lines.loadingProperty().addListener((observable, before, loading) -> {
            if (!loading && lines.errorProperty().get().isEmpty()) {
                loadedAt = clock.instant();
            }
        });
    }

    /** Starts listening, and refreshes the age of a decision shown on the open line. */
    public void start(Ticker ticker) {
        feed.start(new ChangeFeed.Listener() {
            @Override
            public void changed(List<ChangeFeed.Change> batch) {
                fxThread.execute(() -> onChanged(batch));
            }

            @Override
            public void caughtUp() {
                fxThread.execute(LiveViewModel.this::onCaughtUp);
            }

            @Override
            public void reachable(boolean online) {
                fxThread.execute(() -> onReachable(online));
            }
        });
        ticker.every(NOTICE_REFRESH, () -> evidence.notice().refresh(clock.instant()));
    }

    /** Stops listening (the desk closes or opens another store). */
    public void close() {
        feed.close();
    }

    /** A backend call could not reach the server: offline until the feed finds it again. */
    public void sawUnreachable() {
        setOffline(true);
        feed.checkNow();
    }

    private void onChanged(List<ChangeFeed.Change> batch) {
        if (offline.get()) {
            setOffline(false);
        }
        boolean policy = batch.stream().anyMatch(change -> change.table().equals("policy_version"));
        boolean stats = batch.stream().anyMatch(change -> change.table().equals("stat"));
        if (policy || stats) {
            // Queued before the reload on the same runner, so the reload assesses under the new policy.
            runner.run(progress -> {
                backend.othersChanged(policy, stats);
                return policy;
            }, done -> { }, failure -> LOG.warn("could not reread the policy: {}", failure.getMessage()));
        }
        lines.refresh();
        DeskLine open = evidence.lineProperty().get();
        if (open == null) {
            return;
        }
        String lineId = open.item().line().id();
        if (batch.stream().anyMatch(change -> change.decides(lineId))) {
            runner.run(progress -> backend.history(lineId), this::showLatest,
                failure -> LOG.warn("could not read the history of {}: {}", lineId, failure.getMessage()));
        }
    }

    // The newest decision on the open line, unless this desk recorded it.
    private void showLatest(History history) {
        Decision recordedHere = evidence.recordedProperty().get();
        history.decisions().stream().findFirst()
            .filter(decision -> recordedHere == null || recordedHere.id() != decision.id())
            .ifPresent(decision -> evidence.notice().show(decision, clock.instant()));
    }

    private void onCaughtUp() {
        lines.refresh();
        draft.offerKept();
    }

    private void onReachable(boolean online) {
        boolean wasOffline = offline.get();
        setOffline(!online);
        if (online && wasOffline) {
            lines.reload();
            draft.offerKept();
        }
    }

    private void setOffline(boolean now) {
        offline.set(now);
        banner.set(now ? bannerText() : "");
    }

    private String bannerText() {
        String loaded = loadedAt == null ? "Nothing was loaded yet"
            : "Showing what was loaded at " + LOADED_AT.format(loadedAt.atZone(clock.getZone()));
        return "Offline — the team database at " + backend.address().display() + " cannot be reached. " + loaded
            + "; decisions are paused until it is back.";
    }

    /** Which store is open and as whom: "postgresql://… · login rita", or the file and the reviewer. */
    public String storeLabel() {
        return backend.address().display() + (backend.address() instanceof dev.tact.store.db.DatabaseAddress.Server
            ? " · login " : " · reviewer ") + backend.login();
    }

    /** True while the team database cannot be reached. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** The offline banner's sentence, empty while online. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }
}
