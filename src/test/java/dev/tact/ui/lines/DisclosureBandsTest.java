package dev.tact.ui.lines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Band;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.ui.BrunchLattice;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's bands with differencing across lines (issue 14), on the Boozy Brunch lattice. */
class DisclosureBandsTest {
    @TempDir
    Path dir;

    private DeskBackend backend;
    private DisclosureBands bands;
    private LinesViewModel queue;

    @BeforeEach
    void aQueueOnTheLattice() throws Exception {
        backend = DeskFixtures.backend(dir, "ana");
        BrunchLattice.load(dir, dir.resolve("desk.db"));
        InlineRunner runner = new InlineRunner();
        bands = new DisclosureBands(campaign -> backend.releases().check(campaign), runner);
        queue = new LinesViewModel(backend::load, runner, bands);
    }

    private DeskLine shown(String id) {
        return queue.visibleItems().stream().filter(line -> line.item().line().id().equals(id)).findFirst()
            .orElseThrow();
    }

    @Test
    void bothLinesOfAPairAreHighInTheQueueAndFirstAmongThePending() {
        assertThat(DeskFixtures.line(backend, "bb-09").assessment().band()).as("alone").isNotEqualTo(Band.HIGH);

        queue.reload();

        assertThat(shown("bb-09").assessment().band()).isEqualTo(Band.HIGH);
        assertThat(shown("bb-10").assessment().band()).isEqualTo(Band.HIGH);
        assertThat(shown("bb-09").assessment().reasons().get(0)).contains("reveals 4 people");
        assertThat(shown("au-01").assessment().band()).as("Spring is not out yet").isNotEqualTo(Band.HIGH);
        int at = queue.visibleItems().indexOf(shown("bb-09"));
        assertThat(queue.visibleItems().subList(0, at)).allMatch(line -> line.assessment().band().needsOverride());
        queue.filters().bandProperty().set("high");
        assertThat(queue.visibleItems()).extracting(line -> line.item().line().id()).contains("bb-09", "bb-10");
    }

    @Test
    void aRewriteThatClosesTheGapGivesTheLineItsOwnBandBack() throws Exception {
        queue.reload();
        Band alone = DeskFixtures.line(backend, "bb-09").assessment().band();
        new CopyImporter(dev.tact.store.db.Database.open(dir.resolve("desk.db")), DeskFixtures.CLOCK, "jon")
            .importCopy(ImportSource.ofFile(Files.writeString(dir.resolve("rewrite.csv"), """
                id,campaign,channel,author,text,stat_ids
                bb-10,Brunch,,jon,"Thousands of you streamed 'Boozy Brunch' this spring.",
                """)), new CopyImporter.Options(java.util.Optional.empty(), true, CopyImporter.Format.AUTO), ImportProgress.NONE);

        queue.reload();

        assertThat(shown("bb-09").assessment().band()).isEqualTo(alone);
        assertThat(shown("bb-09").assessment().reasons()).noneMatch(reason -> reason.contains("reveals"));
    }

    @Test
    void openingAPartnerLineClearsTheFilterThatHidesIt() {
        queue.reload();
        queue.filters().searchProperty().set("bb-09");
        assertThat(queue.visibleItems()).hasSize(1);

        queue.open("bb-10");

        assertThat(queue.selectedProperty().get().item().line().id()).isEqualTo("bb-10");
        assertThat(queue.filters().searchProperty().get()).isEmpty();
        assertThat(queue.contains("no-such-line")).isFalse();
    }

    @Test
    void aPublishedLineShowsWhatALaterCampaignRevealsWithItAndKeepsItsOwnBand() {
        backend.releases().publish("sp-lon", java.time.LocalDate.parse("2026-03-02"));
        backend.releases().publish("sp-man", java.time.LocalDate.parse("2026-03-09"));

        queue.reload();

        assertThat(shown("au-01").assessment().band()).isEqualTo(Band.HIGH);
        assertThat(shown("sp-lon").assessment().band()).as("already out: the new line is the one to change")
            .isNotEqualTo(Band.HIGH);
        java.util.List<DisclosureBands.Found> found = new java.util.ArrayList<>();
        bands.findingsFor(shown("sp-lon"), found::addAll, failure -> { });
        assertThat(found).extracting(DisclosureBands.Found::campaign).contains("Autumn", "Brunch")
            .doesNotContain("Spring");
    }

    @Test
    void onlyAnApprovalGivenOrWithdrawnChecksTheCampaignsAgain() {
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        InlineRunner runner = new InlineRunner();
        LinesViewModel counted = new LinesViewModel(backend::load, runner, new DisclosureBands(campaign -> {
            checks.incrementAndGet();
            return backend.releases().check(campaign);
        }, runner));
        counted.reload();
        int loaded = checks.get();
        assertThat(loaded).as("one check per campaign in the queue").isEqualTo(5);

        counted.decided("bb-10", dev.tact.core.LineStatus.REJECTED, java.util.Optional.empty());
        assertThat(checks).as("a rejection changes nothing that is out").hasValue(loaded);
        counted.decided("bb-10", dev.tact.core.LineStatus.APPROVED, java.util.Optional.empty());
        assertThat(checks).hasValue(2 * loaded);
        counted.decided("bb-10", dev.tact.core.LineStatus.REJECTED, java.util.Optional.empty());
        assertThat(checks).as("an approval withdrawn").hasValue(3 * loaded);
    }
}
