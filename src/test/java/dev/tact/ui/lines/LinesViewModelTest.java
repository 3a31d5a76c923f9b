package dev.tact.ui.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tact.core.Band;
import dev.tact.core.CohortLookup;
import dev.tact.core.CopyLine;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import dev.tact.store.db.DatabaseSummary;
import dev.tact.store.db.StoreException;
import dev.tact.ui.InlineRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinesViewModelTest {
    private static final DatabaseSummary SUMMARY = new DatabaseSummary("/data/tact.db", "1", 1234, 2, 3, 0);
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final List<DeskLine> ITEMS = List.of(
        item("w1", "Wrapped", "maya", "13.8 million of you watched Stranger Things"),
        item("w2", "Wrapped", "jon", "To the 53 people who watched A Christmas Prince"),
        item("h1", "Holiday", "jon", "Happy holidays from all of us"));

    private static DeskLine item(String id, String campaign, String author, String text) {
        ReviewItem item = new ReviewItem(new CopyLine(id, campaign, "billboard", author, text, List.of(),
            LineStatus.PENDING, 1), List.of());
        return new DeskLine(item, ASSESSOR.assess(item, CohortLookup.NONE));
    }

    @Test
    void reloadShowsTheLinesAndWhatTheDatabaseHolds() {
        LinesViewModel model = new LinesViewModel(after -> new DeskData(ITEMS, "platform-floor", SUMMARY), new InlineRunner());

        model.reload();

        assertEquals(3, model.visibleItems().size());
        assertEquals("3 lines in 2 campaigns · 3 pending · 1 high · 1,234 stats · policy platform-floor",
            model.statusProperty().get());
        assertEquals("w2", model.visibleItems().get(0).item().line().id(), "the high line comes first");
        assertEquals("/data/tact.db", model.databaseLocationProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void anUnassessedLineComesFirstAndCountsAsNeedingAPerson() {
        List<DeskLine> lines = List.of(ITEMS.get(0), ITEMS.get(1), item("j1", "Japan", "aiko", "この曲を53回聴いた人へ：大丈夫？"));
        LinesViewModel model = new LinesViewModel(after -> new DeskData(lines, "platform-floor", SUMMARY),
            new InlineRunner());

        model.reload();

        assertThat(model.visibleItems()).extracting(found -> found.item().line().id()).containsExactly("j1", "w2", "w1");
        assertThat(model.statusProperty().get()).contains("1 high · 1 unassessed (need a person)");
    }

    @Test
    void theFilterMatchesTextAuthorAndCampaignIgnoringCase() {
        LinesViewModel model = new LinesViewModel(after -> new DeskData(ITEMS, "platform-floor", SUMMARY), new InlineRunner());
        model.reload();

        model.filters().searchProperty().set("christmas");
        assertThat(model.visibleItems()).extracting(found -> found.item().line().id()).containsExactly("w2");

        model.filters().searchProperty().set("JON");
        assertThat(model.visibleItems()).extracting(found -> found.item().line().id()).containsExactly("w2", "h1");

        model.filters().searchProperty().set("  ");
        assertEquals(3, model.visibleItems().size());
    }

    @Test
    void theFilterMatchesTheBand() {
        LinesViewModel model = new LinesViewModel(after -> new DeskData(ITEMS, "platform-floor", SUMMARY),
            new InlineRunner());
        model.reload();

        model.filters().searchProperty().set("high");

        assertThat(model.visibleItems()).extracting(found -> found.item().line().id()).containsExactly("w2");
    }

    @Test
    void filtersCombineStatusCampaignAndChannel() {
        LinesViewModel model = new LinesViewModel(after -> new DeskData(ITEMS, "platform-floor", SUMMARY),
            new InlineRunner());
        model.reload();

        model.filters().campaignProperty().set("Wrapped");
        assertThat(model.visibleItems()).hasSize(2);
        model.filters().statusProperty().set("Approved");
        assertThat(model.visibleItems()).isEmpty();
        model.filters().statusProperty().set(LinesViewModel.ALL);
        model.filters().channelProperty().set("email");
        assertThat(model.visibleItems()).isEmpty();
        assertThat(model.filters().campaigns()).containsExactly(LinesViewModel.ALL, "Holiday", "Wrapped");
    }

    @Test
    void aDecisionMovesTheLineInPlace() {
        LinesViewModel model = new LinesViewModel(after -> new DeskData(ITEMS, "platform-floor", SUMMARY),
            new InlineRunner());
        model.reload();
        model.selectedProperty().set(model.visibleItems().get(0));

        model.decided("w2", dev.tact.core.LineStatus.REJECTED, java.util.Optional.empty());

        assertEquals(dev.tact.core.LineStatus.REJECTED, line(model, "w2").item().line().status());
        assertEquals(2, model.pendingProperty().get());
        assertEquals(dev.tact.core.LineStatus.PENDING, model.selectedProperty().get().item().line().status(),
            "the selection moved on to a line still to decide");
    }

    @Test
    void aLargeQueueArrivesPageByPageAndEndsInQueueOrder() {
        List<DeskLine> reversed = new java.util.ArrayList<>(ITEMS);
        java.util.Collections.reverse(reversed);
        LinesViewModel model = new LinesViewModel(after -> after == 0
            ? new DeskData(reversed.subList(0, 2), "platform-floor", SUMMARY, 2)
            : new DeskData(reversed.subList(2, 3), "platform-floor", SUMMARY, -1), new InlineRunner());

        model.reload();

        assertEquals(3, model.visibleItems().size());
        assertEquals("w2", model.visibleItems().get(0).item().line().id(), "the high line comes first overall");
    }

    @Test
    void aFailedLoadBecomesASentenceAndKeepsWhatWasShown() {
        boolean[] fail = {false};
        LinesViewModel model = new LinesViewModel(after -> {
            if (fail[0]) {
                throw new StoreException("Could not read the copy lines from /data/tact.db: disk I/O error");
            }
            return new DeskData(ITEMS, "platform-floor", SUMMARY);
        }, new InlineRunner());
        model.reload();

        fail[0] = true;
        model.reload();

        assertEquals("Could not read the copy lines from /data/tact.db: disk I/O error", model.errorProperty().get());
        assertEquals(3, model.visibleItems().size());
        assertFalse(model.loadingProperty().get());
    }

    private static LinesViewModel loaded(List<DeskLine> lines) {
        LinesViewModel model = new LinesViewModel(after -> new DeskData(lines, "platform-floor", SUMMARY),
            new InlineRunner());
        model.reload();
        return model;
    }

    private static String selectedId(LinesViewModel model) {
        return model.selectedProperty().get().item().line().id();
    }

    @Test
    void aDecisionSelectsTheNextLineToDecideInTheTablesOrderWrappingToTheTop() {
        LinesViewModel model = loaded(ITEMS);
        model.sortedItems().setComparator(java.util.Comparator.comparing(line -> line.item().line().id()));
        model.selectedProperty().set(model.sortedItems().get(1));

        model.decided("w1", LineStatus.REJECTED, Optional.empty());
        assertEquals("w2", selectedId(model), "the next line in the table's order");
        model.decided("w2", LineStatus.CHANGES_REQUESTED, Optional.empty());
        assertEquals("h1", selectedId(model), "past the end, back to the first line still to decide");
        model.decided("h1", LineStatus.APPROVED, Optional.empty());
        assertEquals("w2", selectedId(model), "a line sent back for changes still needs a decision");
        model.decided("w2", LineStatus.APPROVED, Optional.empty());
        assertEquals("w2", selectedId(model), "nothing left to decide: the selection stays");
    }

    @Test
    void aDecisionOnALineThatIsNotSelectedLeavesTheSelectionAlone() {
        LinesViewModel model = loaded(ITEMS);
        model.selectedProperty().set(model.sortedItems().get(0));
        String before = selectedId(model);
        String other = model.sortedItems().get(2).item().line().id();

        model.decided(other, LineStatus.REJECTED, Optional.empty());

        assertEquals(before, selectedId(model));
    }

    @Test
    void theEmptyQueueTellsNoLinesFromLinesTheFiltersHide() {
        LinesViewModel empty = loaded(List.of());
        assertEquals(LinesViewModel.NO_LINES, empty.placeholderBinding().get());

        LinesViewModel model = loaded(ITEMS);
        model.filters().bandProperty().set("low");
        model.filters().searchProperty().set("nothing says this");
        assertThat(model.visibleItems()).isEmpty();
        assertEquals("No lines match the filters (3 hidden)", model.placeholderBinding().get());
        assertThat(model.filters().activeBinding().get()).isTrue();

        model.clearFilters();
        assertEquals(3, model.visibleItems().size());
        assertEquals(0, model.hiddenBinding().get());
        assertThat(model.filters().activeBinding().get()).isFalse();
    }

    @Test
    void anApprovalOnAnOverrideIsMarkedUntilTheLineMovesOn() {
        LinesViewModel model = loaded(ITEMS);
        var override = new DeskLine.ApprovalOverride(Band.HIGH, "ana", "tested well");

        model.decided("w2", LineStatus.APPROVED, Optional.of(override));
        DeskLine approved = line(model, "w2");
        assertEquals("Approved · override", approved.statusText());
        assertEquals("Approved by ana over a high band: tested well", approved.override().orElseThrow().note());
        model.filters().searchProperty().set("override");
        assertThat(model.visibleItems()).containsExactly(approved);

        model.decided("w2", LineStatus.CHANGES_REQUESTED, Optional.of(override));
        assertThat(model.visibleItems()).isEmpty();
        model.clearFilters();
        assertEquals("Changes requested", line(model, "w2").statusText());
    }

    private static DeskLine line(LinesViewModel model, String id) {
        return model.visibleItems().stream().filter(line -> line.item().line().id().equals(id)).findFirst()
            .orElseThrow();
    }
}
