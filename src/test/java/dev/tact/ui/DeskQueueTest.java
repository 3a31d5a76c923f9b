package dev.tact.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.LineStatus;
import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The queue as a reviewer works it: empty states, moving on after a decision, overrides marked. */
@Tag("ui")
class DeskQueueTest extends FxRobot {
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

    private TableView<DeskLine> openDesk(String... extra) throws Exception {
        FxToolkit.registerPrimaryStage();
        String[] args = new String[extra.length + 3];
        args[0] = "--db=" + dir.resolve("desk.db");
        args[1] = "--reviewer=ana";
        // An empty database stays empty: no reviewer is enrolled in it.
        args[2] = java.util.Arrays.asList(extra).contains("--no-demo=true") ? "--config=" + dir.resolve("no-key")
            : DeskKeys.configFor(dir, "ana");
        System.arraycopy(extra, 0, args, 3, extra.length);
        desk = FxToolkit.setupApplication(TactApp.class, args);
        TableView<DeskLine> table = DeskFixtures.queue(this);
        waitUntil(() -> lookup("#statusBar").<StatusBar>query().getText().contains(" lines in "));
        return table;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String id(DeskLine line) {
        return line.item().line().id();
    }

    private String placeholder() {
        return lookup("#queuePlaceholder").queryAs(Label.class).getText();
    }

    @Test
    void anEmptyDatabaseSaysHowToImport() throws Exception {
        TableView<DeskLine> table = openDesk("--no-demo=true");

        assertThat(table.getItems()).isEmpty();
        assertEquals("No copy lines yet. Import some with: tact import-copy FILE", placeholder());
        assertFalse(lookup("#placeholderClearFilters").queryAs(Hyperlink.class).isVisible());
    }

    @Test
    void filtersThatHideEveryLineSaySoAndEscInTheSearchClearsThem() throws Exception {
        TableView<DeskLine> table = openDesk();
        int all = table.getItems().size();

        interact(() -> lookup("#bandFilter").<ChoiceBox<String>>query().setValue("low"));
        clickOn("#filterField").write("no line says this");
        waitUntil(table.getItems()::isEmpty);

        assertEquals("No lines match the filters (" + all + " hidden)", placeholder());
        assertTrue(lookup("#placeholderClearFilters").queryAs(Hyperlink.class).isVisible());
        type(KeyCode.ESCAPE);
        waitUntil(() -> table.getItems().size() == all);
        assertEquals("All", lookup("#bandFilter").<ChoiceBox<String>>query().getValue());
        assertEquals("", lookup("#filterField").queryTextInputControl().getText());
    }

    @Test
    void theClearFiltersLinkBringsTheLinesBack() throws Exception {
        TableView<DeskLine> table = openDesk();
        int all = table.getItems().size();
        interact(() -> lookup("#statusFilter").<ChoiceBox<String>>query().setValue("Rejected"));
        waitUntil(table.getItems()::isEmpty);

        clickOn("#placeholderClearFilters");

        waitUntil(() -> table.getItems().size() == all);
        assertEquals("All", lookup("#statusFilter").<ChoiceBox<String>>query().getValue());
    }

    @Test
    void aDecisionMovesTheSelectionToTheNextLineToDecide() throws Exception {
        TableView<DeskLine> table = openDesk();
        clickOn(table).type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        String first = id(table.getItems().get(0));
        String second = id(table.getItems().stream().skip(1).filter(DeskLine::needsDecision).findFirst().orElseThrow());
        String third = id(table.getItems().stream().skip(1).filter(DeskLine::needsDecision).skip(1).findFirst()
            .orElseThrow());

        rejectWithTheKeyboard("Singles out a handful of people");
        waitUntil(() -> statusOf(table, first) == LineStatus.REJECTED);

        assertEquals(second, id(table.getSelectionModel().getSelectedItem()));
        assertTrue(table.isFocused(), "the queue has the focus for the next keystroke");
        rejectWithTheKeyboard("Too close to one person");
        waitUntil(() -> statusOf(table, second) == LineStatus.REJECTED);
        assertEquals(third, id(table.getSelectionModel().getSelectedItem()));
    }

    // The first decision of the session asks for the key's passphrase; later ones sign with it unasked.
    private boolean unlocked;

    private void rejectWithTheKeyboard(String reason) throws Exception {
        type(KeyCode.R).write(reason).press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        if (!unlocked) {
            DeskKeys.typePassphrase(this);
            unlocked = true;
        }
    }

    // Read on the JavaFX thread: the queue's items are replaced there (a refresh, the differencing bands)
    // while the test thread polls, and a read across a replacement could miss the line.
    private static LineStatus statusOf(TableView<DeskLine> table, String lineId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().filter(line -> id(line).equals(lineId))
            .findFirst().orElseThrow().item().line().status()).get(20, TimeUnit.SECONDS);
    }

    @Test
    void anApprovalOverAHighBandIsMarkedInTheQueueAndStaysMarkedAfterAReload() throws Exception {
        TableView<DeskLine> table = openDesk();
        clickOn("#filterField").write("w26-16");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn(table).type(KeyCode.HOME).type(KeyCode.A).write("Parents of newborns laughed at it in testing");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        // The desk asks before overriding a high band.
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match(node -> "OK".equals(((javafx.scene.control.Button) node)
            .getText())).queryButton());
        DeskKeys.typePassphrase(this);
        waitUntil(() -> statusOf(table, "w26-16") == LineStatus.APPROVED);

        assertOverrideMarked();
        // After a reload the row comes from the store, not from the decision just made.
        DeskLine decided = table.getItems().get(0);
        type(KeyCode.F5);
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0) != decided);
        assertTrue(table.getItems().get(0).override().isPresent());
        assertOverrideMarked();
    }

    /** A billboard line needs brand and legal: the brand approval alone leaves it pending, and the route says so. */
    @Test
    void aBillboardLineWaitsForLegalAfterBrandApprovesAndTheRouteSaysWhoSigned() throws Exception {
        TableView<DeskLine> table = openDesk();
        clickOn("#filterField").write("w26-02");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn(table).type(KeyCode.HOME);
        waitUntil(() -> lookup("#routeStatus").queryAs(Label.class).getText()
            .equals("Route for billboard: brand: to sign · legal: to sign"));

        type(KeyCode.A).press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        DeskKeys.typePassphrase(this);

        waitUntil(() -> lookup("#decisionMessage").queryAs(Label.class).getText().contains("as brand"));
        assertThat(lookup("#decisionMessage").queryAs(Label.class).getText())
            .contains("the line waits for the rest of its route: brand ✓ ana · legal: to sign");
        assertEquals(LineStatus.PENDING, statusOf(table, "w26-02"));
        clickOn(table).type(KeyCode.HOME);
        waitUntil(() -> lookup("#routeStatus").queryAs(Label.class).getText()
            .equals("Route for billboard: brand ✓ ana · legal: to sign"));
    }

    private void assertOverrideMarked() throws Exception {
        waitUntil(() -> lookup("#linesTable .status-override").tryQuery().isPresent());
        Label mark = lookup("#linesTable .status-override").queryAs(Label.class);
        assertEquals("override", mark.getText());
        TableCell<?, ?> cell = (TableCell<?, ?>) mark.getParent().getParent();
        assertEquals("Approved · override", cell.getAccessibleText());
        assertThat(cell.getTooltip().getText())
            .isEqualTo("Approved by ana over a high band: Parents of newborns laughed at it in testing");
    }
}
