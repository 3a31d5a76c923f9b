package dev.tact.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.store.lines.KeptDraft;
import dev.tact.ui.evidence.EvidenceViewModel;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.live.FakeFeed;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The live desk, headless: the offline banner and paused decisions, and the Connect dialog's refusal. */
@Tag("ui")
class LiveDeskTest extends FxRobot {
    @TempDir
    Path dir;

    private Application app;
    private Desk desk;

    @AfterEach
    void closeTheDesk() throws Exception {
        if (desk != null) {
            FxToolkit.setupFixture(desk::close);
        }
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void whenTheFeedReportsOfflineTheBannerShowsAndDecisionsArePausedUntilItIsBack() throws Exception {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        FakeFeed feed = new FakeFeed();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            desk = new Desk(backend, feed, new FxBackgroundRunner(), DeskFixtures.CLOCK,
                new KeptDraft(dir.resolve("drafts/desk.json")), new Desk.Hooks((title, message) -> true,
                (title, message) -> Optional.empty(), () -> { }, () -> { }));
            Scene scene = new Scene(desk.build(), 1366, 800);
            desk.installKeys(scene);
            stage.setScene(scene);
            stage.show();
            desk.start();
        });
        TableView<DeskLine> table = DeskFixtures.queue(this);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        clickOn(table).type(KeyCode.HOME);
        Button reject = lookup("#rejectButton").queryButton();
        Label banner = lookup("#offlineBanner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reject.isDisabled());
        assertFalse(banner.isVisible());

        feed.listener().reachable(false);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(banner.isVisible());
        assertEquals("Offline — the team database at " + backend.address().display() + " cannot be reached. Showing"
            + " what was loaded at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(
                DeskFixtures.CLOCK.instant().atZone(DeskFixtures.CLOCK.getZone())) + "; decisions are paused until it"
            + " is back.", banner.getText());
        assertTrue(reject.isDisabled());
        assertTrue(lookup("#approveButton").queryButton().isDisabled());
        assertEquals(EvidenceViewModel.PAUSED, reject.getTooltip().getText());
        type(KeyCode.R);
        assertEquals(EvidenceViewModel.PAUSED, lookup("#decisionMessage").queryAs(Label.class).getText());
        assertTrue(lookup("#reasonField").query().isDisabled(), "no decision was started");
        assertThat(table.getItems()).isNotEmpty();

        feed.listener().reachable(true);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(banner.isVisible());
        assertFalse(reject.isDisabled());
        assertEquals("Reject (R)", reject.getTooltip().getText());
    }

    @Test
    void theConnectDialogRefusesAMalformedUrlWithTheReasonAndStaysOpen() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TactApp.class, "--db=" + dir.resolve("desk.db"), "--reviewer=ana",
            DeskKeys.configFor(dir, "ana"));
        TableView<DeskLine> table = DeskFixtures.queue(this);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertEquals(dir.resolve("desk.db").toAbsolutePath() + " · reviewer ana",
            lookup("#storeLabel").queryAs(Label.class).getText());

        clickOn(table).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT,
            KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#serverUrl").tryQuery().isPresent());
        clickOn("#serverUrl").write("postgresql://rita@db.example.com");
        clickOn("#connectButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("The server address postgresql://rita@db.example.com needs a host and a database name: write it"
            + " as postgresql://user@host:5432/database.", lookup("#connectError").queryAs(Label.class).getText());
        assertTrue(lookup("#serverUrl").tryQuery().isPresent(), "the dialog stays open");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(java.util.prefs.Preferences.userNodeForPackage(TactApp.class).get("teamDatabase", null));
        assertEquals(dir.resolve("desk.db").toAbsolutePath() + " · reviewer ana",
            lookup("#storeLabel").queryAs(Label.class).getText(), "the desk stays on its file");
    }
}
