package dev.tact.store.team;

import static dev.tact.store.StoreFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Role;
import dev.tact.store.db.StoreException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.release.Publications;
import dev.tact.store.stats.StatsImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marking a line published on a team's server (issue 14), as the desk's Mark published… and
 * {@code tact publish} do it: a reviewer may, and is recorded as their login; an admin-only login may
 * not, and is told in a sentence which group roles may, with nothing written.
 */
@Tag("team")
class PublicationsOnServerTest {
    private static final String COPY = """
        id,campaign,channel,author,text,stat_ids
        w26-01,Wrapped 2026,national social,maya,"13.8 million of you watched Stranger Things this year.",str-yr
        """;

    @TempDir
    Path dir;

    private TeamFixture team;

    @BeforeEach
    void aTeamWithALine() throws Exception {
        team = TeamFixture.create().login("maya", Role.WRITER).login("ana", Role.BRAND).login("tess", Role.ADMIN);
        new StatsImporter(team.as("maya"), CLOCK, "maya")
            .importStats(ImportSource.ofResource("/demo/stats.csv"), false, ImportProgress.NONE);
        new CopyImporter(team.as("maya"), CLOCK, "maya").importCopy(ImportSource.ofFile(
            Files.writeString(dir.resolve("copy.csv"), COPY, StandardCharsets.UTF_8)), CopyImporter.Options.DEFAULT,
            ImportProgress.NONE);
    }

    @Test
    void aReviewerMarksALinePublishedAndTheServerRecordsTheirLogin() {
        Publications.Publication recorded = new Publications(team.as("ana"), CLOCK, "typed-name")
            .publish("w26-01", "2026-03-02");

        assertThat(recorded.publishedBy()).isEqualTo("ana");
        assertThat(new Publications(team.as("tess"), CLOCK, "tess").of("w26-01")).singleElement()
            .satisfies(read -> assertThat(read.publishedBy() + " " + read.publishedOn()).isEqualTo("ana 2026-03-02"));
    }

    @Test
    void aLoginWithoutTheRightIsToldWhichRolesMayAndNothingIsWritten() {
        StoreException refused = assertThrows(StoreException.class,
            () -> new Publications(team.as("tess"), CLOCK, "tess").publish("w26-01", "2026-03-02"));

        assertThat(refused.getMessage()).startsWith("Your login may not mark lines published on ")
            .endsWith(": that takes tact_writer, tact_brand or tact_legal (ask your Tact admin, e.g. GRANT"
                + " tact_writer TO your_login). Nothing was marked published.")
            .doesNotContain("\n");
        assertThat(new Publications(team.as("ana"), CLOCK, "ana").of("w26-01")).isEmpty();
    }
}
