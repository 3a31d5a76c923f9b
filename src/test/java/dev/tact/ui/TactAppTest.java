package dev.tact.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Band;
import dev.tact.core.LineStatus;
import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real desk, headless, driven as a reviewer would: keyboard first. */
@Tag("ui")
class TactAppTest extends FxRobot {
    @TempDir
    Path dir;

    private Application desk;

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        if (desk != null) {
            FxToolkit.cleanupApplication(desk);
        }
    }

    private TableView<DeskLine> openDesk(String reviewer) throws Exception {
        FxToolkit.registerPrimaryStage();
        desk = FxToolkit.setupApplication(TactApp.class, "--db=" + dir.resolve("desk.db"), "--reviewer=" + reviewer,
            DeskKeys.configFor(dir, reviewer));
        TableView<DeskLine> table = DeskFixtures.queue(this);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        return table;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheDemoQueueWithPendingHighLinesFirst() throws Exception {
        TableView<DeskLine> table = openDesk("ana");

        Stage stage = (Stage) Window.getWindows().get(0);
        assertTrue(stage.getTitle().contains("Tact"), stage.getTitle());
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(20);
        assertEquals(Band.HIGH, table.getItems().get(0).assessment().band());
        assertTrue(table.getItems().stream().anyMatch(line -> line.assessment().cohort().isPresent()
            && line.assessment().cohort().get().size() == 53), "the 53-person line is bound to its stat");
    }

    @Test
    void aReviewerRejectsWithTheKeyboardAndTheReasonRuleHolds() throws Exception {
        TableView<DeskLine> table = openDesk("ana");
        clickOn(table).type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        String lineId = table.getSelectionModel().getSelectedItem().item().line().id();

        type(KeyCode.J).type(KeyCode.K).type(KeyCode.R);
        Button confirm = lookup("#confirmButton").queryButton();
        assertTrue(confirm.isDisabled(), "a rejection without a reason cannot be recorded");
        assertThat(lookup("#decisionHint").queryAs(Label.class).getText()).contains("give a reason");

        write("Singles out a handful of people").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        DeskKeys.typePassphrase(this);
        waitUntil(() -> table.getItems().stream().anyMatch(line -> line.item().line().id().equals(lineId)
            && line.item().line().status() == LineStatus.REJECTED));
        assertThat(lookup("#decisionMessage").queryAs(Label.class).getText()).startsWith("Recorded: ana rejected");
    }

    @Test
    void anAuthorCannotApproveTheirOwnLine() throws Exception {
        TableView<DeskLine> table = openDesk("jon.ortiz");
        clickOn("#filterField").write("hol-02");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn(table).type(KeyCode.HOME).type(KeyCode.A);
        write("I like it");

        assertTrue(lookup("#confirmButton").queryButton().isDisabled());
        assertThat(lookup("#decisionHint").queryAs(Label.class).getText()).contains("jon.ortiz wrote this line");
    }

    @Test
    void filtersAndSearchNarrowTheQueue() throws Exception {
        TableView<DeskLine> table = openDesk("ana");

        interact(() -> lookup("#bandFilter").<ChoiceBox<String>>query().setValue("low"));
        waitUntil(() -> table.getItems().stream().allMatch(line -> line.assessment().band() == Band.LOW));
        int low = table.getItems().size();
        clickOn("#filterField").write("Stranger Things");
        waitUntil(() -> table.getItems().size() < low);

        assertTrue(table.getItems().stream().allMatch(line -> line.item().line().text().contains("Stranger Things")));
    }

    @Test
    void aDraftIsScoredLiveAsItIsTyped() throws Exception {
        openDesk("ana");
        clickOn("Draft");
        clickOn("#draftText").write("To the 7 people in Bath who played sea shanties every night: we see you.");

        waitUntil(() -> lookup("#draftBand").tryQuery().isPresent());
        assertEquals("high", lookup("#draftBand").queryAs(Label.class).getText());
    }
}
