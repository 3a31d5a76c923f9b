package dev.tact.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.store.release.Publications;
import dev.tact.ui.BrunchLattice;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Review → Mark published… on the Boozy Brunch lattice: the day as typed, checked, then recorded. */
class PublishViewModelTest {
    @TempDir
    Path dir;

    private DeskBackend backend;
    private EvidenceViewModel evidence;
    private PublishViewModel publishing;
    private Publications publications;

    @BeforeEach
    void theLattice() throws Exception {
        backend = DeskFixtures.backend(dir, "ana");
        publications = new Publications(BrunchLattice.load(dir, dir.resolve("desk.db")), DeskFixtures.CLOCK, "data");
        evidence = new EvidenceViewModel(backend, new InlineRunner(), (title, message) -> true, (id, done) -> { });
        publishing = evidence.releases().publishing();
    }

    private void open(String lineId) {
        evidence.lineProperty().set(DeskFixtures.line(backend, lineId));
        publishing.open(evidence.lineProperty().get());
    }

    @Test
    void theDayIsTodayOnTheDesksClockUntilChanged() {
        open("sp-man");

        assertThat(publishing.dayProperty().get()).isEqualTo("2026-11-28");
        assertThat(publishing.problemBinding().get()).isEmpty();
        assertThat(publishing.canPublishBinding().get()).isTrue();
        assertThat(publishing.noteBinding().get()).isEqualTo("Line sp-man is pending, not approved: mark it only"
            + " if it really ran.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2026-02-30 | "2026-02-30" is not a day: give it as YYYY-MM-DD, e.g. 2026-03-02.
        2 March    | "2 March" is not a day: give it as YYYY-MM-DD, e.g. 2026-03-02.
        2026-11-29 | 2026-11-29 is after today (2026-11-28): a line is marked published once it has run.
        '  '       | Give the day the line ran.
        """)
    void aDayThatIsNoDayOrNotYetIsRefusedAndNothingIsWritten(String typed, String sentence) {
        open("sp-man");
        publishing.dayProperty().set(typed);

        publishing.publish();

        assertThat(publishing.problemBinding().get()).isEqualTo(sentence);
        assertThat(publishing.canPublishBinding().get()).isFalse();
        assertThat(publications.of("sp-man")).isEmpty();
    }

    @Test
    void markingALinePublishedRecordsItShowsItAndALaterCampaignsLineThenHasAFinding() {
        publications.publish("sp-lon", "2026-03-02");
        AtomicInteger told = new AtomicInteger();
        publishing.setOnPublished(told::incrementAndGet);
        open("au-01");
        assertThat(evidence.releases().findings()).as("only London is out").isEmpty();
        open("sp-man");
        publishing.dayProperty().set("2026-03-09");

        publishing.publish();

        assertThat(publishing.doneProperty().get()).isEqualTo("Marked sp-man (version 1) published on 2026-03-09.");
        assertThat(publications.of("sp-man")).singleElement().satisfies(recorded -> {
            assertThat(recorded.publishedOn()).hasToString("2026-03-09");
            assertThat(recorded.publishedBy()).isEqualTo("ana");
        });
        assertThat(evidence.releases().publications()).containsExactly("Published 2026-03-09 · version 1 · marked by ana");
        assertThat(told).hasValue(1);
        open("au-01");
        assertThat(evidence.releases().findings()).singleElement()
            .extracting(found -> found.finding().message("au-01")).asString()
            .contains("sp-lon (published 2026-03-02) and sp-man (published 2026-03-09)").contains("reveals 7 people");
    }
}
