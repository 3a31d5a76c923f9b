package dev.tact.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Band;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import dev.tact.store.db.Database;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.release.Publications;
import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What lines reveal together, at the real desk (issue 14), on the Boozy Brunch lattice beside the
 * demo: both lines of a pair high in the queue, the finding on both with links between them, and
 * Review → Mark published… (Ctrl+Shift+P) growing what later campaigns are checked against.
 */
@Tag("ui")
class DeskDisclosureTest extends FxRobot {
    @TempDir
    Path dir;

    private Application desk;
    private Database database;
    private TableView<DeskLine> table;

    @BeforeEach
    void theLattice() throws Exception {
        String config = DeskKeys.configFor(dir, "ana");
        database = BrunchLattice.load(dir, dir.resolve("desk.db"));
        new Publications(database, DeskFixtures.CLOCK, "data").publish("sp-lon", "2026-03-02");
        FxToolkit.registerPrimaryStage();
        desk = FxToolkit.setupApplication(TactApp.class, "--db=" + dir.resolve("desk.db"), "--reviewer=ana", config);
        table = DeskFixtures.queue(this);
        waitUntil(() -> table.getItems().size() > 20);
    }

    @AfterEach
    void closeTheDesk() throws Exception {
        FxToolkit.cleanupStages();
        if (desk != null) {
            FxToolkit.cleanupApplication(desk);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Band band(String lineId) {
        return table.getItems().stream().filter(line -> line.item().line().id().equals(lineId)).findFirst()
            .map(line -> line.assessment().band()).orElse(null);
    }

    private String selectedId() {
        DeskLine selected = table.getSelectionModel().getSelectedItem();
        return selected == null ? "" : selected.item().line().id();
    }

    private void openAlone(String lineId) throws Exception {
        clickOn("#filterField").write(lineId);
        waitUntil(() -> table.getItems().size() == 1);
        clickOn(table).type(KeyCode.HOME);
        waitUntil(() -> selectedId().equals(lineId));
    }

    @Test
    void bothLinesOfAPairAreHighInTheQueueAndEachFindingLinksToTheOtherLine() throws Exception {
        waitUntil(() -> band("bb-09") == Band.HIGH && band("bb-10") == Band.HIGH);
        int at = table.getItems().indexOf(table.getItems().stream()
            .filter(line -> line.item().line().id().equals("bb-09")).findFirst().orElseThrow());
        assertThat(table.getItems().subList(0, at)).as("pending high lines first")
            .allMatch(line -> line.assessment().band().needsOverride());
        openAlone("bb-09");

        waitUntil(() -> lookup("#partner-bb-10").tryQuery().isPresent());
        assertThat(lookup("#disclosures .disclosure-finding").queryAs(TextFlow.class).getAccessibleText())
            .startsWith("Together with bb-10 (in this campaign) this reveals 4 people: 3,445 − 3,441");
        clickOn("#partner-bb-10");

        waitUntil(() -> selectedId().equals("bb-10"));
        assertEquals("", lookup("#filterField").queryTextInputControl().getText(), "the filter that hid it is cleared");
        waitUntil(() -> lookup("#partner-bb-09").tryQuery().isPresent());
        waitUntil(() -> lookup("#closes1").tryQuery().isPresent());
        assertEquals("Closes the gap with bb-09", lookup("#closes1").queryAs(Label.class).getText());
        clickOn("#partner-bb-09");
        waitUntil(() -> selectedId().equals("bb-09"));
    }

    @Test
    void markingALinePublishedFromTheDeskMakesALaterCampaignsLineHigh() throws Exception {
        assertThat(new CampaignDisclosure(database, new Assessor(PolicyCodec.defaults())).check("Autumn").findings())
            .as("only London is out").isEmpty();
        openAlone("sp-man");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        typeDay("2026-03-09");
        assertThat(lookup("#publishNote").queryAs(Label.class).getText()).contains("sp-man is pending, not approved");
        clickOn("#publishConfirm");

        waitUntil(() -> lookup("#publishDate").tryQuery().isEmpty());
        waitUntil(() -> lookup("#publications").tryQuery().isPresent());
        assertThat(lookup("#publications .label").queryAs(Label.class).getText())
            .isEqualTo("Published 2026-03-09 · version 1 · marked by ana");
        clickOn("#clearFiltersButton");
        waitUntil(() -> band("au-01") == Band.HIGH);
        assertThat(new Publications(database, DeskFixtures.CLOCK, "data").of("sp-man")).singleElement()
            .satisfies(recorded -> assertEquals(LocalDate.parse("2026-03-09"), recorded.publishedOn()));
    }

    @Test
    void aDayThatIsNoDayOrNotYetIsRefusedAndNothingIsWritten() throws Exception {
        openAlone("sp-man");
        clickOn("Review").clickOn("Mark published…");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        typeDay("2026-02-30");
        assertThat(lookup("#publishProblem").queryAs(Label.class).getText())
            .isEqualTo("\"2026-02-30\" is not a day: give it as YYYY-MM-DD, e.g. 2026-03-02.");
        assertTrue(lookup("#publishConfirm").queryButton().isDisabled());
        typeDay(tomorrow);
        assertThat(lookup("#publishProblem").queryAs(Label.class).getText()).startsWith(tomorrow + " is after today");
        assertTrue(lookup("#publishConfirm").queryButton().isDisabled());
        clickOn("#publishConfirm");
        clickOn(lookup(".dialog-pane .button").match(node -> "Cancel".equals(((javafx.scene.control.Button) node)
            .getText())).queryButton());

        waitUntil(() -> lookup("#publishDate").tryQuery().isEmpty());
        assertThat(new Publications(database, DeskFixtures.CLOCK, "data").of("sp-man")).isEmpty();
    }

    private void typeDay(String day) throws Exception {
        waitUntil(() -> lookup("#publishDate").tryQuery().isPresent());
        DatePicker picker = lookup("#publishDate").query();
        clickOn(picker.getEditor());
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(day);
        waitUntil(() -> picker.getEditor().getText().equals(day));
    }
}
