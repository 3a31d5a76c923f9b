package dev.tact.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.LineChangedException;
import dev.tact.core.LineStatus;
import dev.tact.core.Signer;
import dev.tact.core.Verdict;
import dev.tact.store.StoreFixtures;
import dev.tact.store.TestServer;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import dev.tact.store.trail.ChainVerifier;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.trail.Reviewers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Desks deciding at once on one server: each desk its own connection, all released together. The
 * chain stays one line (the unique previous hash makes the loser retry on the new head), and of
 * several desks deciding the same line as they saw it, one records and the others are told who
 * beat them to it.
 */
@Tag("team")
class ConcurrentDecisionsTest {
    private static final int DESKS = 4;
    private static final int LINES_EACH = 6;

    @Test
    void fourDesksDecidingAtOnceLeaveOneUnforkedChainThatVerifies() throws Exception {
        Database setup = TestServer.get().freshDatabase();
        DemoData.load(setup, StoreFixtures.CLOCK, "tester");
        List<String> lines = lineIds(setup);
        Reviewers reviewers = Reviewers.of(setup);
        List<Signer> keys = new ArrayList<>();
        for (int desk = 0; desk < DESKS; desk++) {
            keys.add(reviewers.as("reviewer" + desk));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> desks = new ArrayList<>();
        for (int desk = 0; desk < DESKS; desk++) {
            int mine = desk;
            desks.add(() -> {
                DecisionLedger ledger = new DecisionLedger(Database.open(setup.address()), StoreFixtures.CLOCK);
                start.await();
                for (String line : lines.subList(mine * LINES_EACH, (mine + 1) * LINES_EACH)) {
                    ledger.decide(line, Verdict.CHANGES, keys.get(mine), "Name the period, desk " + mine);
                }
                return LINES_EACH;
            });
        }
        int recorded = 0;
        for (Future<Integer> done : runTogether(desks, start)) {
            recorded += done.get(60, TimeUnit.SECONDS);
        }

        assertEquals(DESKS * LINES_EACH, recorded);
        assertEquals(DESKS * LINES_EACH, StoreFixtures.count(setup, "SELECT count(*) FROM decision"));
        assertEquals(DESKS * LINES_EACH, StoreFixtures.count(setup, "SELECT count(DISTINCT previous_hash) FROM decision"));
        ChainVerifier.Result verified = new ChainVerifier(setup).verify();
        assertThat(verified.problem()).isEmpty();
        assertEquals(DESKS * LINES_EACH, verified.decisions());
    }

    @Test
    void ofDesksDecidingTheSameLineAsTheySawItOneRecordsAndTheOthersAreToldWhoDid() throws Exception {
        Database setup = TestServer.get().freshDatabase();
        DemoData.load(setup, StoreFixtures.CLOCK, "tester");
        String line = lineIds(setup).get(2);
        Reviewers reviewers = Reviewers.of(setup);
        List<Signer> keys = new ArrayList<>();
        for (int desk = 0; desk < DESKS; desk++) {
            keys.add(reviewers.as("desk" + desk));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> desks = new ArrayList<>();
        for (int desk = 0; desk < DESKS; desk++) {
            int mine = desk;
            desks.add(() -> {
                DecisionLedger ledger = new DecisionLedger(Database.open(setup.address()), StoreFixtures.CLOCK);
                start.await();
                try {
                    ledger.decide(line, Verdict.REJECT, keys.get(mine), "Too specific", new DecisionLedger.Seen(
                        LineStatus.PENDING, 1));
                    return "recorded";
                } catch (LineChangedException e) {
                    return e.getMessage();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> done : runTogether(desks, start)) {
            outcomes.add(done.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn("recorded"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("recorded")).hasSize(DESKS - 1)
            .allSatisfy(refused -> assertThat(refused).contains("changed while you were reading it")
                .containsPattern("decided by desk\\d just now: reject"));
        assertEquals(1, StoreFixtures.count(setup, "SELECT count(*) FROM decision"));
    }

    private static <T> List<Future<T>> runTogether(List<Callable<T>> desks, CountDownLatch start) {
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> desk : desks) {
                futures.add(pool.submit(desk));
            }
            start.countDown();
            return futures;
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> lineIds(Database database) {
        String all = StoreFixtures.text(database, "SELECT string_agg(id, ',' ORDER BY id) FROM copy_line");
        return List.of(all.split(","));
    }
}
