package dev.tact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The desk in a small window: every button and label readable, none cut to "…". */
@Tag("ui")
class DeskLayoutTest extends FxRobot {
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

    @Test
    void nothingInTheToolbarEvidenceDecisionOrDraftIsCutShortAt1024By680() throws Exception {
        FxToolkit.registerPrimaryStage();
        desk = FxToolkit.setupApplication(TactApp.class, "--db=" + dir.resolve("desk.db"), "--reviewer=ana");
        TableView<DeskLine> table = DeskFixtures.queue(this);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        Stage stage = (Stage) Window.getWindows().get(0);
        interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(680);
        });
        // The riskiest line has the longest hint; a started decision shows every row of the box.
        clickOn(table).type(KeyCode.HOME).type(KeyCode.R);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#evidencePane").queryAs(Parent.class)
            .lookupAll(".label").stream().noneMatch(node -> "Loading…".equals(((Labeled) node).getText())));
        interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getWidth()).isEqualTo(1024);
        List<String> checked = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        checkPanes(checked, cut);
        // Filtered to nothing: the clear button shows in the toolbar and the evidence pane has no line.
        type(KeyCode.ESCAPE);
        clickOn("#filterField").write("no line says this");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, table.getItems()::isEmpty);
        WaitForAsyncUtils.waitForFxEvents();
        checkPanes(checked, cut);
        // The draft tab, empty and with a line scored.
        clickOn("Draft");
        WaitForAsyncUtils.waitForFxEvents();
        checkPanes(checked, cut);
        clickOn("#draftText").write("To the 7 people in Bath who played sea shanties every night: we see you.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#draftBand").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        checkPanes(checked, cut);

        assertThat(cut).as("labels shown shortened at 1024x680").isEmpty();
        assertThat(checked).as("the skins drew the labels that were checked").contains("Approve", "Reject",
            "Changes", "Record decision", "Cancel", "All statuses", "Evidence", "Clear filters",
            "Select a line in the queue (J/K or arrows) to see its evidence.", "Campaign", "Cites",
            "Save for review", "high");
    }

    private void checkPanes(List<String> checked, List<String> cut) {
        for (String pane : List.of("#deskHeader", "#filterBar", "#sideTabs")) {
            truncated(lookup(pane).queryAs(Parent.class), checked, cut);
        }
    }

    // A Labeled is cut when the text its skin draws differs from its own text (the skin puts in "…").
    private static void truncated(Parent parent, List<String> checked, List<String> cut) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                labeled.getChildrenUnmodifiable().stream()
                    .filter(node -> node instanceof Text && node.getStyleClass().contains("text"))
                    .map(node -> ((Text) node).getText())
                    .forEach(shown -> {
                        checked.add(labeled.getText());
                        if (!shown.equals(labeled.getText())) {
                            cut.add(labeled.getText() + " shown as " + shown);
                        }
                    });
            }
            if (child instanceof Parent inner) {
                truncated(inner, checked, cut);
            }
        }
    }
}
