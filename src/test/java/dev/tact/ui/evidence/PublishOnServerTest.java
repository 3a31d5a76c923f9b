package dev.tact.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Role;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.release.Publications;
import dev.tact.store.stats.StatsImporter;
import dev.tact.store.team.TeamFixture;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import dev.tact.ui.SigningSession;
import dev.tact.ui.lines.DeskLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mark published… on a team's server, as a login the server's grants refuse: a sentence, nothing written. */
@Tag("team")
class PublishOnServerTest {
    @TempDir
    Path dir;

    @Test
    void aLoginThatMayNotMarkLinesPublishedIsToldWhoMayAndNothingIsWritten() throws Exception {
        TeamFixture team = TeamFixture.create().login("maya", Role.WRITER).login("tess", Role.ADMIN);
        new StatsImporter(team.as("maya"), DeskFixtures.CLOCK, "maya")
            .importStats(ImportSource.ofResource("/demo/stats.csv"), false, ImportProgress.NONE);
        new CopyImporter(team.as("maya"), DeskFixtures.CLOCK, "maya").importCopy(ImportSource.ofFile(Files.writeString(
            dir.resolve("copy.csv"), """
                id,campaign,channel,author,text,stat_ids
                w26-01,Wrapped 2026,national social,maya,"13.8 million of you watched Stranger Things this year.",str-yr
                """, StandardCharsets.UTF_8)), CopyImporter.Options.DEFAULT, ImportProgress.NONE);
        DeskBackend backend = new DeskBackend(team.address("tess"), DeskFixtures.CLOCK, "tess", false,
            new SigningSession(dir.resolve("config-tess"), DeskFixtures.CLOCK, SigningSession.DEFAULT_IDLE));
        EvidenceViewModel evidence = new EvidenceViewModel(backend, new InlineRunner(), (title, message) -> true,
            (lineId, recorded) -> { });
        DeskLine line = DeskFixtures.line(backend, "w26-01");
        evidence.lineProperty().set(line);
        PublishViewModel publishing = evidence.releases().publishing();
        publishing.open(line);
        publishing.dayProperty().set("2026-03-02");

        publishing.publish();

        assertThat(publishing.errorProperty().get()).startsWith("Your login may not mark lines published on ")
            .contains("that takes tact_writer, tact_brand or tact_legal").doesNotContain("\n")
            .doesNotContain("Exception");
        assertThat(publishing.doneProperty().get()).isEmpty();
        assertThat(evidence.releases().publications()).isEmpty();
        assertThat(new Publications(team.as("maya"), DeskFixtures.CLOCK, "maya").of("w26-01")).isEmpty();
    }
}
