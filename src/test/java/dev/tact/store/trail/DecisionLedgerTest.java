package dev.tact.store.trail;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;

import static dev.tact.store.StoreFixtures.CLOCK;
import static dev.tact.store.StoreFixtures.count;
import static dev.tact.store.StoreFixtures.sha256;
import static dev.tact.store.StoreFixtures.text;
import static dev.tact.store.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Band;
import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLedgerTest {
    @TempDir
    Path dir;

    private Database database;
    private DecisionLedger ledger;
    private Reviewers reviewers;

    @BeforeEach
    void demo() {
        database = dev.tact.store.TestStores.demo(dir, CLOCK, "tester");
        ledger = new DecisionLedger(database, CLOCK);
        reviewers = Reviewers.of(database);
    }

    static void execute(Database database, String... sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anApprovalIsRecordedChainedAndMovesTheLine() {
        Decision first = reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "ana", "");
        // national social's route takes brand, then legal: one approval leaves the line waiting.
        assertEquals("pending", text(database, "SELECT status FROM copy_line WHERE id = 'w26-01'"));
        Decision second = reviewers.decide(ledger, "hol-02", Verdict.REJECT, "ana", "Mocks 53 people");
        Decision third = reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "rita.legal", "");
        assertEquals("brand", first.role());
        assertEquals("legal", third.role());

        assertEquals(Decision.GENESIS, first.previousHash());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(Band.HIGH, second.band());
        assertEquals("approved", text(database, "SELECT status FROM copy_line WHERE id = 'w26-01'"));
        assertEquals("rejected", text(database, "SELECT status FROM copy_line WHERE id = 'hol-02'"));
        assertThat(second.assessment()).contains("\"cohort_size\":53").contains("\"stat_id\":\"acp-daily-18d\"");
        assertTrue(new ChainVerifier(database).verify().verified());
    }

    @Test
    void aRefusedDecisionWritesNothing() {
        reviewers.as("maya.chen");
        reviewers.as("ana");
        String before = StoreFixtures.contents(database);

        assertThrows(DecisionRefusedException.class, () -> reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "maya.chen", ""));
        assertThrows(DecisionRefusedException.class, () -> reviewers.decide(ledger, "hol-02", Verdict.APPROVE, "ana", " "));
        assertThrows(DecisionRefusedException.class, () -> reviewers.decide(ledger, "hol-02", Verdict.REJECT, "ana", ""));

        assertEquals(before, StoreFixtures.contents(database));
    }

    @Test
    void approvingAHighLineWithAReasonIsMarkedAsAnOverride() {
        Decision decision = reviewers.decide(ledger, "hol-02", Verdict.APPROVE, "ana", "Legal accepted the risk");

        assertTrue(decision.override());
    }

    @Test
    void decisionsCannotBeUpdatedOrDeletedThroughTheDatabase() {
        reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "ana", "");
        reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "rita.legal", "");

        assertThrows(IllegalStateException.class, () -> execute(database, "UPDATE decision SET reason = 'x'"));
        assertThrows(IllegalStateException.class, () -> execute(database, "DELETE FROM decision"));
    }

    @Test
    void anEditBehindTheAppsBackIsFoundAndNamed() {
        reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "ana", "");
        reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "rita.legal", "");
        reviewers.decide(ledger, "hol-02", Verdict.REJECT, "ana", "Mocks 53 people");
        reviewers.decide(ledger, "w26-02", Verdict.APPROVE, "ana", "");

        dev.tact.store.TestStores.behindTheAppsBack(database, "UPDATE decision SET reason = 'Looks fine' WHERE id = 2");

        ChainVerifier.Result result = new ChainVerifier(database).verify();
        assertEquals(2, result.decisionId());
        assertThat(result.problem().orElseThrow()).startsWith("decision 2 (line w26-01, approve by rita.legal")
            .contains("its hash does not match its contents");
    }

    @Test
    void reimportingACitedStatWithANewCountMakesTheApprovalStale() throws Exception {
        reviewers.decide(ledger, "w26-06", Verdict.APPROVE, "ana", "");
        reviewers.decide(ledger, "w26-06", Verdict.APPROVE, "rita.legal", "");
        Path changed = write(dir, "restat.csv", "id,description,cohort_size,source\n"
            + "bzb-yr-wed,Listeners who streamed Boozy Brunch on a Wednesday,2900,tunestream-global\n");

        StoreFixtures.statsImporter(database).importStats(ImportSource.ofFile(changed), true, ImportProgress.NONE);

        assertEquals("pending", text(database, "SELECT status FROM copy_line WHERE id = 'w26-06'"));
        assertEquals("stat bzb-yr-wed changed from 3445 to 2900",
            text(database, "SELECT stale_reason FROM copy_line WHERE id = 'w26-06'"));
        assertTrue(new ChainVerifier(database).verify().verified());
    }

    /** An approval binds the cohort's definition as well as its count: the trigger and verify agree. */
    @Test
    void aDescriptionOnlyChangeOfACitedStatVoidsTheApprovalAndTheTrailStillVerifies() throws Exception {
        reviewers.decide(ledger, "w26-06", Verdict.APPROVE, "ana", "");
        reviewers.decide(ledger, "w26-06", Verdict.APPROVE, "rita.legal", "");
        String count = text(database, "SELECT cohort_size FROM stat WHERE id = 'bzb-yr-wed'");
        Path changed = write(dir, "redefined.csv", "id,description,cohort_size,source\n"
            + "bzb-yr-wed,Listeners who streamed Boozy Brunch on any weekday," + count + ",tunestream-global\n");

        StoreFixtures.statsImporter(database).importStats(ImportSource.ofFile(changed), true, ImportProgress.NONE);

        assertEquals("pending", text(database, "SELECT status FROM copy_line WHERE id = 'w26-06'"));
        assertThat(text(database, "SELECT stale_reason FROM copy_line WHERE id = 'w26-06'"))
            .startsWith("the definition of stat bzb-yr-wed changed");
        ChainVerifier.Result result = new ChainVerifier(database).verify();
        assertTrue(result.verified(), result.problem().orElse(""));
    }

    @Test
    void aReasonOfInvisibleCharactersIsNoReason() {
        reviewers.as("ana");
        assertThrows(DecisionRefusedException.class,
            () -> reviewers.decide(ledger, "hol-02", Verdict.REJECT, "ana", "\u200B\u200B \u2060"));
    }

    @Test
    void aNewTextMakesTheApprovalStale() throws Exception {
        reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "ana", "");
        reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "rita.legal", "");
        Path changed = write(dir, "v2.csv", "id,campaign,channel,author,text,stat_ids\n"
            + "w26-01,Wrapped 2026,national social,maya.chen,13.8 million of you binged Stranger Things.,str-yr\n");

        StoreFixtures.copyImporter(database).importCopy(ImportSource.ofFile(changed),
            new CopyImporter.Options(Optional.empty(), true, CopyImporter.Format.AUTO), ImportProgress.NONE);

        assertEquals("pending", text(database, "SELECT status FROM copy_line WHERE id = 'w26-01'"));
        assertEquals("text changed after approval", text(database,
            "SELECT stale_reason FROM copy_line WHERE id = 'w26-01'"));
    }

    @Test
    void aLineMarkedApprovedWithoutAnApprovalDoesNotVerify() {
        execute(database, "UPDATE copy_line SET status = 'approved' WHERE id = 'hol-02'");

        ChainVerifier.Result result = new ChainVerifier(database).verify();

        assertThat(result.problem().orElseThrow()).contains("line hol-02 is marked approved");
        assertEquals(0, count(database, "SELECT count(*) FROM decision"));
    }
}
