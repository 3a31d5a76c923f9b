package dev.tact.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.LineStatus;
import dev.tact.core.Verdict;
import dev.tact.store.db.ChangeFeed;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import dev.tact.ui.draft.DraftViewModel;
import dev.tact.ui.evidence.EvidenceViewModel;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.lines.LinesViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk kept current by its store's change feed, driven by a fake feed, without a toolkit. */
class LiveViewModelTest {
    @TempDir
    Path dir;

    private final FakeFeed feed = new FakeFeed();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<Runnable> ticks = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-28T09:00:00Z");
    private LinesViewModel lines;
    private EvidenceViewModel evidence;
    private DraftViewModel draft;
    private LiveViewModel live;

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private DeskBackend open(String reviewer) {
        DeskBackend backend = DeskFixtures.backend(dir, reviewer);
        InlineRunner runner = new InlineRunner();
        lines = new LinesViewModel(after -> {
            if (after == 0) {
                reads.incrementAndGet();
            }
            return backend.load(after);
        }, runner);
        evidence = new EvidenceViewModel(backend, runner, (title, message) -> true, (lineId, done) -> { });
        evidence.lineProperty().bind(lines.selectedProperty());
        evidence.setOnAccepted(lines::reload);
        draft = new DraftViewModel(backend, runner, saved -> { }, null);
        live = new LiveViewModel(backend, new LiveViewModel.Screens(lines, evidence, draft), feed, runner,
            Runnable::run, clock);
        live.start((period, action) -> ticks.add(action));
        lines.reload();
        return backend;
    }

    private void select(String id) {
        DeskLine line = lines.visibleItems().stream().filter(each -> each.item().line().id().equals(id)).findFirst()
            .orElseThrow();
        lines.select(line);
    }

    @Test
    void aChangeOnAnotherDeskReloadsTheQueueAndKeepsTheSelectionAndTheReasonBeingTyped() {
        open("ana");
        select("hol-04");
        evidence.start(Verdict.REJECT);
        evidence.reasonProperty().set("Too precise for a");
        int before = reads.get();

        feed.listener().changed(List.of(new ChangeFeed.Change("copy_line", Optional.of("hol-02"), OptionalLong.empty(),
            "rita")));

        assertEquals(before + 1, reads.get());
        assertEquals("hol-04", lines.selectedProperty().get().item().line().id());
        assertEquals(Verdict.REJECT, evidence.verdictProperty().get());
        assertEquals("Too precise for a", evidence.reasonProperty().get());
        assertEquals("", evidence.notice().textProperty().get(), "hol-04 itself was not decided");
    }

    @Test
    void aDecisionByAnotherDeskOnTheOpenLineIsShownWithItsAgeAndRecordingIsStillRefused() {
        open("ana");
        select("hol-04");
        evidence.start(Verdict.REJECT);
        evidence.reasonProperty().set("Names too few people");
        var line = lines.selectedProperty().get().item().line();
        long decision = DeskFixtures.backend(dir, "rita.legal").decide("hol-04", Verdict.REJECT, "Singles out a few",
            line.status(), line.version()).decision().id();
        now = Instant.parse("2026-11-28T09:00:20Z");

        feed.listener().changed(List.of(new ChangeFeed.Change("decision", Optional.of("hol-04"),
            OptionalLong.of(decision), "rita.legal")));

        assertThat(evidence.notice().textProperty().get()).startsWith("Decided by rita.legal 20 s ago — reject.");
        now = Instant.parse("2026-11-28T09:03:05Z");
        ticks.forEach(Runnable::run);
        assertThat(evidence.notice().textProperty().get()).startsWith("Decided by rita.legal 3 min ago — reject.");
        assertEquals(LineStatus.REJECTED, lines.selectedProperty().get().item().line().status(), "the queue reloaded");

        evidence.confirm();

        assertThat(evidence.messageProperty().get()).contains("changed");
        assertNull(evidence.recordedProperty().get(), "nothing was recorded on a line changed since it was read");
    }

    @Test
    void offlineShowsTheBannerPausesDecisionsAndAsksTheFeedToCheck() {
        DeskBackend backend = open("ana");
        select("hol-04");

        feed.listener().reachable(false);

        assertTrue(live.offlineProperty().get());
        assertEquals("Offline — the team database at " + backend.address().display() + " cannot be reached. Showing"
            + " what was loaded at 09:00; decisions are paused until it is back.", live.bannerProperty().get());
        assertTrue(evidence.pausedProperty().get());
        assertTrue(draft.offlineProperty().get());
        evidence.start(Verdict.REJECT);
        assertNull(evidence.verdictProperty().get());
        assertEquals(EvidenceViewModel.PAUSED, evidence.messageProperty().get());

        live.sawUnreachable();
        assertEquals(1, feed.checks());
    }

    @Test
    void backOnlineTheBannerGoesAndTheQueueReloads() {
        open("ana");
        feed.listener().reachable(false);
        int before = reads.get();

        feed.listener().reachable(true);

        assertFalse(live.offlineProperty().get());
        assertEquals("", live.bannerProperty().get());
        assertFalse(evidence.pausedProperty().get());
        assertEquals(before + 1, reads.get());
    }

    @Test
    void aPolicyStoredOnAnotherDeskIsTheOneTheReloadAssessesUnder() {
        DeskBackend backend = open("ana");
        String before = lines.statusProperty().get();
        String document = backend.policyDocument().replace("\"name\": \"platform-floor\"",
            "\"name\": \"stricter-floor\"");
        DeskFixtures.backend(dir, "ana").savePolicy(document);

        feed.listener().changed(List.of(new ChangeFeed.Change("policy_version", Optional.empty(),
            OptionalLong.empty(), "ana")));

        assertThat(before).endsWith("policy platform-floor");
        assertThat(lines.statusProperty().get()).contains("policy stricter-floor");
    }

    @Test
    void aCatchUpAfterABreakReloadsTheQueue() {
        open("ana");
        int before = reads.get();

        feed.listener().caughtUp();

        assertEquals(before + 1, reads.get());
    }

    @Test
    void theStatusBarNamesTheFileAndTheReviewer() {
        DeskBackend backend = open("ana");
        assertEquals(backend.address().display() + " · reviewer ana", live.storeLabel());
        live.close();
        assertTrue(feed.closed());
    }

    @Test
    void ticksEveryFewSeconds() {
        List<Duration> periods = new ArrayList<>();
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        InlineRunner runner = new InlineRunner();
        LinesViewModel queue = new LinesViewModel(backend::load, runner);
        EvidenceViewModel pane = new EvidenceViewModel(backend, runner, (t, m) -> true, (l, d) -> { });
        new LiveViewModel(backend, new LiveViewModel.Screens(queue, pane, new DraftViewModel(backend, runner, s -> { })),
            feed, runner, Runnable::run, clock).start((period, action) -> periods.add(period));
        assertEquals(List.of(Duration.ofSeconds(5)), periods);
    }
}
