package dev.tact.store.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Stat;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch's lookup (sizes held as compact candidates, evicted when more are asked for than it holds,
 * read on several connections at once) answers every question as the lookup that reads afresh.
 */
class BatchStatLookupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A size and the words of a line asking about it. */
    private record Question(long size, List<String> words) {
    }

    @Test
    void aSmallCacheReadOnSeveralConnectionsMatchesAsTheUncachedLookup() throws Exception {
        Database database = DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");
        List<Question> questions = new ArrayList<>();
        try (StatLookup fresh = StatLookup.open(database)) {
            for (Stat stat : allStats(fresh, database)) {
                List<String> words = Arrays.asList((stat.description() + " " + String.join(" ",
                    stat.dimensions().values())).split("[^\\p{L}\\p{N}']+"));
                for (long size : new long[] {stat.cohortSize(), stat.cohortSize() + 1}) {
                    questions.add(new Question(size, words));
                    questions.add(new Question(size, words.subList(0, Math.min(3, words.size()))));
                }
            }
            List<List<Stat>> expected = new ArrayList<>();
            for (Question question : questions) {
                expected.add(fresh.bySizeAndWords(question.size(), question.words()));
            }
            assertThat(expected).anyMatch(stats -> !stats.isEmpty());

            // Room for a handful of candidates: sizes are evicted and read again all the time.
            try (StatLookup batch = StatLookup.openForBatch(database, 8, 3)) {
                assertThat(askedFromFourThreads(batch, questions)).isEqualTo(expected);
                assertThat(askedFromFourThreads(batch, questions)).isEqualTo(expected);
            }
        }
    }

    private static List<List<Stat>> askedFromFourThreads(StatLookup lookup, List<Question> questions)
        throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Stat>>> answers = new ArrayList<>();
            for (Question question : questions) {
                Callable<List<Stat>> ask = () -> lookup.bySizeAndWords(question.size(), question.words());
                answers.add(threads.submit(ask));
            }
            List<List<Stat>> found = new ArrayList<>();
            for (Future<List<Stat>> answer : answers) {
                found.add(answer.get());
            }
            return found;
        } finally {
            threads.shutdown();
        }
    }

    private static List<Stat> allStats(StatLookup lookup, Database database) throws Exception {
        List<Stat> stats = new ArrayList<>();
        try (var connection = database.connect(); var ids = connection.createStatement()
            .executeQuery("SELECT id FROM stat ORDER BY id")) {
            while (ids.next()) {
                lookup.byId(ids.getString(1)).ifPresent(stats::add);
            }
        }
        assertThat(stats).hasSizeGreaterThan(10);
        return stats;
    }
}
