package dev.tact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real desk, headless: a new database is created with the demo and its lines are shown. */
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

    private TableView<DeskLine> openDesk() throws Exception {
        FxToolkit.registerPrimaryStage();
        desk = FxToolkit.setupApplication(TactApp.class, "--db=" + dir.resolve("desk.db"));
        TableView<DeskLine> table = lookup("#linesTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void opensOnTheDemoLinesOfANewDatabase() throws Exception {
        TableView<DeskLine> table = openDesk();

        Stage stage = (Stage) Window.getWindows().get(0);
        assertTrue(stage.getTitle().contains("Tact"), stage.getTitle());
        assertTrue(table.getItems().size() >= 20, "demo lines shown: " + table.getItems().size());
        assertEquals("Score", table.getColumns().get(5).getText());
        assertEquals("Cohort", table.getColumns().get(6).getText());
        assertTrue(table.getItems().stream().anyMatch(line -> line.assessment().cohort().isPresent()
            && line.assessment().cohort().get().size() == 53), "the 53-person line is bound to its stat");
    }

    @Test
    void typingInTheFilterNarrowsTheLines() throws Exception {
        TableView<DeskLine> table = openDesk();

        clickOn("#filterField").write("Christmas Prince");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(table.getItems().stream().allMatch(line -> line.item().line().text().contains("Christmas Prince")));
        assertTrue(table.getItems().size() >= 2 && table.getItems().size() < 10, "" + table.getItems().size());
    }
}
