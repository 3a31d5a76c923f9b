package dev.tact.store.db;
import dev.tact.store.lines.ReviewItemRepository;

import static dev.tact.store.StoreFixtures.CLOCK;
import static dev.tact.store.StoreFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("solo-file")
class DemoDataTest {
    // B generalizes A: same source, and every dimension B constrains, A constrains to the same value.
    private static final String GENERALIZATIONS = """
        SELECT b.id FROM stat a JOIN stat b ON b.source = a.source AND b.dim_count < a.dim_count
        WHERE a.id = ? AND NOT EXISTS (
            SELECT 1 FROM stat_dimension bd WHERE bd.stat_id = b.id AND NOT EXISTS (
                SELECT 1 FROM stat_dimension ad
                WHERE ad.stat_id = a.id AND ad.name = bd.name AND ad.value = bd.value))
        ORDER BY b.cohort_size""";

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseOpensWithTheDemoCampaignAndItsStats() {
        Database database = DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");

        DatabaseSummary summary = DatabaseSummary.of(database);
        assertThat(summary.stats()).isBetween(200L, 600L);
        assertThat(summary.lines()).isBetween(20L, 30L);
        assertEquals(0, count(database, "SELECT count(*) FROM copy_line WHERE status <> 'pending'"));
        assertEquals(2, count(database, "SELECT count(*) FROM import_log"));
    }

    @Test
    void anExistingDatabaseIsNotSeededAgain() {
        DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");

        Database reopened = DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");

        assertEquals(2, count(reopened, "SELECT count(*) FROM import_log"));
    }

    @Test
    void optingOutLeavesANewDatabaseEmpty() {
        Database database = DemoData.open(dir.resolve("tact.db"), false, CLOCK, "tester");

        assertEquals(0, DatabaseSummary.of(database).stats());
    }

    @Test
    void theDemoLineQuotingFiftyThreePeopleCitesItsStat() {
        Database database = DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");

        ReviewItem item = new ReviewItemRepository(database).page(0, 1_000).items().stream()
            .filter(candidate -> candidate.line().text().startsWith("To the 53 people"))
            .findFirst().orElseThrow();

        Stat stat = item.smallestCitedStat().orElseThrow();
        assertEquals(53, stat.cohortSize());
        assertEquals(110_000_000L, stat.baseSize().getAsLong());
        assertEquals("every day", stat.dimensions().get("frequency"));
    }

    @Test
    void theDemoStatsFormAGeneralizationLattice() throws SQLException {
        Database database = DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");

        List<String> broader = generalizations(database, "acp-daily-18d");

        assertEquals(List.of("acp-daily", "acp-18d", "acp"), broader);
        assertThat(count(database, "SELECT min(cohort_size) FROM stat WHERE id IN ('acp-18d', 'acp-daily')"))
            .isGreaterThan(53);
    }

    private static List<String> generalizations(Database database, String statId) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(GENERALIZATIONS)) {
            query.setString(1, statId);
            List<String> ids = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
            return ids;
        }
    }
}
