package dev.tact.ui;

import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A desk backend on a real demo database in a temporary directory. */
public final class DeskFixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    private DeskFixtures() {
    }

    /** A backend whose session signs as the reviewer, enrolled (the first one as admin) in the demo database. */
    public static DeskBackend backend(Path dir, String reviewer) {
        Path file = dir.resolve("desk.db");
        dev.tact.store.db.Database database = dev.tact.store.db.DemoData.open(file, true, CLOCK, reviewer);
        SigningSession signing = new SigningSession(dir.resolve("config-" + reviewer), CLOCK,
            SigningSession.DEFAULT_IDLE);
        signing.use(dev.tact.store.trail.Reviewers.of(database).as(reviewer));
        return new DeskBackend(new dev.tact.store.db.DatabaseAddress.File(file), CLOCK, reviewer, true, signing);
    }

    /**
     * The queue of the desk the app opened, once it is built: the app shows its window first and
     * builds the desk into it after the first frame (TactApp, OpeningScene).
     */
    public static javafx.scene.control.TableView<DeskLine> queue(org.testfx.api.FxRobot robot)
        throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
            () -> robot.lookup("#linesTable").tryQuery().isPresent());
        return robot.lookup("#linesTable").queryTableView();
    }

    public static DeskLine line(DeskBackend backend, String id) {
        return backend.load(0).lines().stream().filter(line -> line.item().line().id().equals(id)).findFirst()
            .orElseThrow();
    }
}
