package dev.tact.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.store.db.Database;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.stats.StatsImporter;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence pane names what a line reveals together with another line of its campaign (issue #14). */
class DisclosureEvidenceTest {
    private static final String STATS = """
        id,description,cohort_size,base_size,source,dim_title,dim_day,dim_place
        bb-wed,Streamed Boozy Brunch on a Wednesday,3445,140000000,brunch,Boozy Brunch,Wednesday,
        bb-wed-x,Streamed Boozy Brunch on a Wednesday outside Leeds,3441,140000000,brunch,Boozy Brunch,Wednesday,not Leeds
        """;
    private static final String COPY = """
        id,campaign,channel,author,text,stat_ids
        bb-1,Brunch,,maya,"3,445 people streamed 'Boozy Brunch' on a Wednesday.",bb-wed
        bb-2,Brunch,,maya,"3,441 of them did it outside Leeds.",bb-wed-x
        """;

    @TempDir
    Path dir;

    @Test
    void aLineThatRevealsFourPeopleWithAnotherShowsTheFindingNamingBothLines() throws Exception {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        Database database = Database.open(dir.resolve("desk.db"));
        new StatsImporter(database, DeskFixtures.CLOCK, "data").importStats(
            ImportSource.ofFile(Files.writeString(dir.resolve("stats.csv"), STATS)), false, ImportProgress.NONE);
        new CopyImporter(database, DeskFixtures.CLOCK, "maya").importCopy(
            ImportSource.ofFile(Files.writeString(dir.resolve("copy.csv"), COPY)), CopyImporter.Options.DEFAULT,
            ImportProgress.NONE);
        EvidenceViewModel model = new EvidenceViewModel(backend, new InlineRunner(), (title, message) -> true,
            (lineId, recorded) -> { });

        model.lineProperty().set(DeskFixtures.line(backend, "bb-1"));

        assertThat(model.releases().findings()).singleElement().extracting(found -> found.finding().message("bb-1"))
            .asString().contains("bb-2").contains("reveals 4 people").contains("3,445 − 3,441");
        model.lineProperty().set(DeskFixtures.line(backend, "bb-2"));
        assertThat(model.releases().findings()).as("the other line of the pair").singleElement()
            .extracting(found -> found.finding().message("bb-2")).asString().contains("Together with bb-1");
        assertThat(model.suggestions()).as("the safer alternatives say which gap they close")
            .anySatisfy(suggestion -> assertThat(suggestion.closes()).containsExactly("bb-1"));
        model.lineProperty().set(DeskFixtures.line(backend, "w26-01"));
        assertThat(model.releases().findings()).isEmpty();
    }
}
