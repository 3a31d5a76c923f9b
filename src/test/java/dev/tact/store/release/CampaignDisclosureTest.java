package dev.tact.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tact.core.Band;
import dev.tact.core.Verdict;
import dev.tact.score.Assessor;
import dev.tact.score.DisclosureFinding;
import dev.tact.score.PolicyCodec;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.trail.Reviewers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The released set as the store reads it: campaign lines, approved lines of the same source, published lines. */
class CampaignDisclosureTest {
    private static final String STATS = """
        id,description,cohort_size,base_size,source,dim_title,dim_day,dim_place
        bb-wed,Streamed Boozy Brunch on a Wednesday,3445,140000000,music,Boozy Brunch,Wednesday,
        bb-wed-x,Streamed Boozy Brunch on a Wednesday outside Leeds,3441,140000000,music,Boozy Brunch,Wednesday,not Leeds
        bb-wed-lon,Streamed Boozy Brunch on a Wednesday in London,2900,140000000,music,Boozy Brunch,Wednesday,London
        bb-wed-man,Streamed Boozy Brunch on a Wednesday in Manchester,538,140000000,music,Boozy Brunch,Wednesday,Manchester
        tv-wed-x,Watched Boozy Brunch on a Wednesday outside Leeds,3441,9000000,tv,Boozy Brunch,Wednesday,not Leeds
        """;
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void lattice() throws Exception {
        database = StoreFixtures.emptyDatabase(dir);
        StoreFixtures.importStats(database, StoreFixtures.write(dir, "stats.csv", STATS));
        copy("""
            e-lon,Spring,,maya,"2,900 people in London streamed 'Boozy Brunch' on a Wednesday.",bb-wed-lon
            e-man,Spring,,maya,"538 people in Manchester streamed 'Boozy Brunch' on a Wednesday.",bb-wed-man
            e-x,Spring,,maya,"3,441 people outside Leeds streamed 'Boozy Brunch' on a Wednesday.",bb-wed-x
            e-tv,Spring,,maya,"3,441 viewers outside Leeds watched 'Boozy Brunch' on a Wednesday.",tv-wed-x
            w26-09,Brunch,,jon,"3,445 people streamed 'Boozy Brunch' on a Wednesday.",bb-wed
            """);
    }

    private void copy(String rows) throws Exception {
        copy(rows, false);
    }

    private void copy(String rows, boolean replace) throws Exception {
        Path file = StoreFixtures.write(dir, "copy-" + System.nanoTime() + ".csv",
            "id,campaign,channel,author,text,stat_ids\n" + rows);
        new CopyImporter(database, StoreFixtures.CLOCK, "tester").importCopy(ImportSource.ofFile(file),
            new CopyImporter.Options(java.util.Optional.empty(), replace, CopyImporter.Format.AUTO), ImportProgress.NONE);
    }

    private CampaignDisclosure.Result check() {
        return new CampaignDisclosure(database, ASSESSOR).check("Brunch");
    }

    private Publications publications() {
        return new Publications(database, StoreFixtures.CLOCK, "tester");
    }

    @Test
    void nothingIsReleasedUntilALineIsApprovedOrPublished() {
        CampaignDisclosure.Result result = check();

        assertThat(result.findings()).isEmpty();
        assertThat(result.lines()).extracting(CampaignDisclosure.Checked::lineId).containsExactly("w26-09");
    }

    @Test
    void anApprovedLineOfTheSameSourceDifferencesWithTheCampaignAndMakesItsLineHigh() {
        Reviewers.of(database).decide(new DecisionLedger(database, StoreFixtures.CLOCK), "e-x", Verdict.APPROVE,
            "rita", "");

        CampaignDisclosure.Result result = check();

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.lineIds()).containsExactly("w26-09", "e-x");
            assertThat(finding.message("w26-09")).startsWith("Together with e-x (approved 2026-11-28) this reveals"
                + " 4 people: 3,445 − 3,441");
        });
        CampaignDisclosure.Checked line = result.lines().get(0);
        assertThat(line.assessment().band()).isEqualTo(Band.HIGH);
        assertThat(line.assessment().reasons().get(0)).startsWith("Together with e-x");
        assertThat(new CampaignDisclosure(database, ASSESSOR).findings("w26-09")).hasSize(1);
        assertThat(new CampaignDisclosure(database, ASSESSOR).findings("e-x")).isEmpty();
    }

    @Test
    void anApprovedLineOfAnotherSourceIsNotReleasedToThisCampaign() {
        Reviewers.of(database).decide(new DecisionLedger(database, StoreFixtures.CLOCK), "e-tv", Verdict.APPROVE,
            "rita", "");

        assertThat(check().findings()).isEmpty();
    }

    @Test
    void publishedChildrenLeaveASmallResidualOfTheirParent() {
        publications().publish("e-lon", "2026-03-02");
        publications().publish("e-man", "2026-03-09");

        List<DisclosureFinding> findings = check().findings();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(DisclosureFinding.Kind.RESIDUAL);
            assertThat(finding.revealed().describe()).isEqualTo("7");
            assertThat(finding.message("w26-09")).contains("e-lon (published 2026-03-02)",
                "e-man (published 2026-03-09)", "3,445 − 2,900 − 538");
        });
    }

    @Test
    void aPublishedVersionStaysReleasedAfterTheLineChanges() throws Exception {
        publications().publish("e-x", "2026-03-02");
        copy("e-x,Spring,,maya,\"Thousands streamed 'Boozy Brunch' on a Wednesday.\",bb-wed-x\n", true);

        assertThat(check().findings()).singleElement()
            .satisfies(finding -> assertThat(finding.lineIds()).containsExactly("w26-09", "e-x (v1)"));
    }

    @Test
    void aPublicationIsNeverChangedOrRemoved() {
        publications().publish("e-lon", "2026-03-02");

        for (String sql : List.of("UPDATE publication SET published_on = '2020-01-01'", "DELETE FROM publication")) {
            assertThatThrownBy(() -> {
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    statement.executeUpdate(sql);
                }
            }).hasMessageContaining("publications are append-only");
        }
        assertThat(StoreFixtures.count(database, "SELECT count(*) FROM publication")).isEqualTo(1);
    }

    @Test
    void publishingAnUnknownLineOrAnImpossibleDayWritesNothing() {
        assertThatThrownBy(() -> publications().publish("nope", "2026-03-02")).isInstanceOf(StoreException.class)
            .hasMessageContaining("no line nope");
        assertThatThrownBy(() -> publications().publish("e-lon", "2026-02-30"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(StoreFixtures.count(database, "SELECT count(*) FROM publication")).isZero();
    }

    @Test
    void anUnknownCampaignIsRefusedWithASentence() {
        assertThatThrownBy(() -> new CampaignDisclosure(database, ASSESSOR).check("Nope"))
            .isInstanceOf(StoreException.class).hasMessageContaining("no campaign \"Nope\"");
    }
}
