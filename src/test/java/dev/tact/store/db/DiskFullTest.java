package dev.tact.store.db;
import dev.tact.store.StoreFixtures;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.stats.StatsImporter;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.trail.Reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Verdict;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk is said as one, not as the driver's "cannot commit – no transaction is active", and
 * leaves the database as it was. SQLite's page limit fails writes with the same SQLITE_FULL a full
 * disk gives.
 */
@org.junit.jupiter.api.Tag("solo-file")
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void anImportThatFillsTheDiskSaysSoAndWritesNothing() throws Exception {
        Database database = StoreFixtures.emptyDatabase(dir);
        StoreFixtures.importStats(database, StoreFixtures.write(dir, "first.csv",
            "id,description,cohort_size\nkept,Members,5\n"));
        long pages = StoreFixtures.count(database, "SELECT page_count FROM pragma_page_count");
        String rows = IntStream.range(0, 20_000).mapToObj(i -> "s" + i + ",Members who watched title " + i + "," + i)
            .collect(Collectors.joining("\n"));
        Path big = StoreFixtures.write(dir, "big.csv", "id,description,cohort_size\n" + rows + "\n");
        Database full = database.withPageLimit((int) pages + 8);

        StoreException failure = assertThrows(StoreException.class, () -> new StatsImporter(full,
            StoreFixtures.CLOCK, "tester").importStats(ImportSource.ofFile(big), false, ImportProgress.NONE));

        assertThat(failure.getMessage()).contains("the disk is full. Nothing was changed")
            .doesNotContain("no transaction is active");
        assertThat(StoreException.isDiskFull(failure)).isTrue();
        assertEquals("kept", StoreFixtures.text(database, "SELECT group_concat(id) FROM stat"));
    }

    @Test
    void aDecisionThatFillsTheDiskSaysSo() throws Exception {
        Database database = DemoData.open(dir.resolve("demo.db"), true, StoreFixtures.CLOCK, "tester");
        Reviewers reviewers = Reviewers.of(database);
        reviewers.as("tester");
        long pages = StoreFixtures.count(database, "SELECT page_count FROM pragma_page_count");
        String line = StoreFixtures.text(database, "SELECT id FROM copy_line ORDER BY id LIMIT 1");
        long before = StoreFixtures.count(database, "SELECT count(*) FROM decision");
        DecisionLedger ledger = new DecisionLedger(database.withPageLimit((int) pages), StoreFixtures.CLOCK);

        StoreException failure = assertThrows(StoreException.class,
            () -> reviewers.decide(ledger, line, Verdict.REJECT, "tester", "x".repeat(200_000)));

        assertThat(failure.getMessage()).contains("the disk is full");
        assertEquals(before, StoreFixtures.count(database, "SELECT count(*) FROM decision"));
    }
}
