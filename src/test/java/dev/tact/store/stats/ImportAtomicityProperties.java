package dev.tact.store.stats;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;

import static dev.tact.store.StoreFixtures.STATS_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** However many good rows surround it, one bad row means the import writes nothing at all. */
class ImportAtomicityProperties {
    // Enough rows for the bad one to land in a full many-row INSERT, or in the rows left after them.
    private static final int MAX_ROWS = 2 * StatBatchWriter.ROWS_PER_STATEMENT + 50;

    @Property(tries = 40)
    void oneBadRowLeavesTheDatabaseExactlyAsItWas(@ForAll @IntRange(min = 0, max = MAX_ROWS) int goodRows,
                                                  @ForAll @IntRange(min = 0, max = MAX_ROWS) int badAt,
                                                  @ForAll("badRows") String badRow) throws IOException {
        Path dir = Files.createTempDirectory("tact-atomicity");
        try {
            Database database = StoreFixtures.emptyDatabase(dir);
            String before = StoreFixtures.contents(database);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < goodRows; i++) {
                rows.add("good-" + i + ",People who watched," + i + "," + (i * 10) + ",,,Title " + i + ",");
            }
            int position = Math.min(badAt, rows.size());
            rows.add(position, badRow);
            Path file = StoreFixtures.write(dir, "stats.csv", STATS_HEADER + "\n" + String.join("\n", rows) + "\n");

            ImportFailedException failure = assertThrows(ImportFailedException.class,
                () -> StoreFixtures.importStats(database, file));

            long badLine = position + 2 + badRow.chars().filter(c -> c == '\n').count();
            assertEquals(badLine, failure.problems().get(0).line());
            assertEquals(before, StoreFixtures.contents(database));
        } finally {
            deleteRecursively(dir);
        }
    }

    @Provide
    Arbitrary<String> badRows() {
        return Arbitraries.of(
            "bad,People,not-a-number,,,,,",
            "bad,People,-1,,,,,",
            "bad,People,10,9,,,,",
            ",People,10,,,,,",
            "bad,People,10",
            "twin,People,1,,,,,\ntwin,The same id again,1,,,,,");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
