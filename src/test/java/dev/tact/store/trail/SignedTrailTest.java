package dev.tact.store.trail;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Bindings;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.lines.LineEditor;

import static dev.tact.store.StoreFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Checkpoint;
import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.Signatures;
import dev.tact.core.Signer;
import dev.tact.core.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A skeptical auditor with the database file in hand: every way of rewriting the history that
 * keeps the hash chain consistent still fails verify, naming the decision or the key.
 */
class SignedTrailTest {
    @TempDir
    Path dir;

    private Database database;
    private Reviewers reviewers;
    private Checkpoint kept;

    @BeforeEach
    void threeSignedDecisions() {
        database = dev.tact.store.TestStores.demo(dir, CLOCK, "tester");
        reviewers = Reviewers.of(database);
        DecisionLedger ledger = new DecisionLedger(database, CLOCK);
        ledger.decide("hol-02", Verdict.REJECT, reviewers.as("ana"), "Mocks 53 people");
        // w26-02 runs on a billboard: its route takes brand, then legal.
        ledger.decide("w26-02", Verdict.APPROVE, reviewers.as("ana"), "Fine");
        kept = ledger.decide("w26-02", Verdict.APPROVE, reviewers.as("rita.legal"), "Cleared").checkpoint();
        Checkpoints.keep(dir.resolve("config-ana"), kept);
    }

    private ChainVerifier.Result verify() {
        return new ChainVerifier(database).verify(Checkpoints.kept(dir.resolve("config-ana"),
            Checkpoints.databaseId(database)));
    }

    private void sql(String... statements) {
        dev.tact.store.TestStores.behindTheAppsBack(database, statements);
    }

    private List<Decision> decisions() {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
            "SELECT " + DecisionRows.COLUMNS + " FROM decision ORDER BY id"); ResultSet row = query.executeQuery()) {
            List<Decision> all = new ArrayList<>();
            while (row.next()) {
                all.add(DecisionRows.read(row));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // Writes the decisions back with every hash recomputed the way the code does.
    private void rewrite(List<Decision> edited) {
        sql("DELETE FROM decision");
        String previous = Decision.GENESIS;
        try (Connection connection = database.connect()) {
            for (Decision decision : edited) {
                Decision chained = decision.chainedAfter(previous);
                Decision kept = new Decision(chained.id(), chained.lineId(), chained.lineVersion(), chained.verdict(),
                    chained.reviewer(), chained.reason(), chained.override(), chained.decidedAt(), chained.score(),
                    chained.band(), chained.assessment(), chained.policyVersion(), chained.policyName(),
                    chained.textSha256(), chained.statsSha256(), chained.channel(), chained.signer(), chained.role(),
                    chained.route(), chained.previousHash(), chained.hash(), decision.signature());
                DecisionRows.insert(connection, kept);
                previous = kept.hash();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Decision withReason(Decision d, String reason) {
        return new Decision(d.id(), d.lineId(), d.lineVersion(), d.verdict(), d.reviewer(), reason, d.override(),
            d.decidedAt(), d.score(), d.band(), d.assessment(), d.policyVersion(), d.policyName(), d.textSha256(),
            d.statsSha256(), d.channel(), d.signer(), d.role(), d.route(), "", "", d.signature());
    }

    @Test
    void theUntouchedTrailVerifies() {
        ChainVerifier.Result result = verify();

        assertTrue(result.verified(), result.problem().orElse(""));
        assertEquals(3, result.decisions());
    }

    @Test
    void anEditedDecisionWithEveryHashRecomputedFailsItsSignature() {
        List<Decision> edited = new ArrayList<>(decisions());
        edited.set(0, withReason(edited.get(0), "Reads fine"));
        rewrite(edited);

        ChainVerifier.Result result = verify();

        assertEquals(1, result.decisionId());
        assertThat(result.problem().orElseThrow()).contains("decision 1").contains("signature by ana does not verify");
    }

    @Test
    void aForgedDecisionAppendedWithAValidChainFails() {
        Decision head = decisions().get(2);
        assertEquals("approved", StoreFixtures.text(database, "SELECT status FROM copy_line WHERE id = 'w26-02'"));
        Signer forger = Reviewers.inMemory();
        Decision forged = new Decision(4, "w26-03", 1, Verdict.APPROVE, "ana", "", false, head.decidedAt(), 10,
            head.band(), head.assessment(), head.policyVersion(), head.policyName(),
            Bindings.textHash(StoreFixtures.text(database,
                "SELECT text FROM copy_line_version WHERE line_id = 'w26-03' AND version = 1")),
            head.statsSha256(), "social", reviewers.as("ana").fingerprint(), "brand", "brand", "", "", "")
            .signedAfter(head.hash(),
            forger);
        try (Connection connection = database.connect()) {
            DecisionRows.insert(connection, forged);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        ChainVerifier.Result result = verify();

        assertEquals(4, result.decisionId());
        assertThat(result.problem().orElseThrow()).contains("signature by ana does not verify");
    }

    @Test
    void aDeletedNewestDecisionFailsAgainstTheCheckpointsThatSawIt() {
        // The holder also removes the database's own checkpoints and puts the line back to pending.
        sql("DELETE FROM decision WHERE id = 3", "DELETE FROM checkpoint",
            "UPDATE copy_line SET status = 'pending' WHERE id = 'w26-02'");

        ChainVerifier.Result result = verify();

        assertThat(result.problem().orElseThrow()).contains("the checkpoint you kept saw 3 decisions")
            .contains("decision 3 and later were removed");
        assertThat(new ChainVerifier(database).verify().verified()).as("without a witness it cannot be seen").isTrue();
    }

    @Test
    void aDeletedApprovalLeavesAnApprovedLineItsDecisionsDoNotExplain() {
        sql("DELETE FROM decision WHERE id = 3", "DELETE FROM checkpoint");
        ChainVerifier.Result result = new ChainVerifier(database).verify();

        assertThat(result.problem().orElseThrow()).contains("line w26-02 is marked approved")
            .contains("make it pending");
    }

    @Test
    void aSwappedPublicKeyFailsTheRegistryNamingTheEntry() {
        Signer attacker = Reviewers.inMemory();
        sql("UPDATE reviewer_entry SET public_key = '" + Signatures.encode(attacker.publicKey()) + "', fingerprint = '"
            + attacker.fingerprint() + "' WHERE name = 'rita.legal'");

        ChainVerifier.Result result = verify();

        assertThat(result.problem().orElseThrow()).contains("reviewer entry 2 (enrol rita.legal)")
            .contains("signature does not verify");
    }

    @Test
    void aKeyThatIsNotEnrolledCannotDecide() {
        Signer stranger = Reviewers.inMemory();
        DecisionLedger ledger = new DecisionLedger(database, CLOCK);

        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
            () -> ledger.decide("w26-03", Verdict.APPROVE, stranger, ""));

        assertThat(refused.getMessage()).contains("is not enrolled in this database");
    }

    @Test
    void theAuthorCannotApproveUnderAnyNameBecauseTheNameComesFromTheKey() {
        DecisionLedger ledger = new DecisionLedger(database, CLOCK);

        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
            () -> ledger.decide("hol-04", Verdict.APPROVE, reviewers.as("maya.chen"), "Fine by me"));

        assertThat(refused.getMessage()).contains("maya.chen wrote this line");
        assertThat(Optional.ofNullable(kept)).isPresent();
    }

    // Appends a decision as the application would write it, signed with a real enrolled key, but
    // past the review rules.
    private void appendSigned(String line, Verdict verdict, String reviewer, String reason, String role) {
        Decision head = decisions().get(decisions().size() - 1);
        Decision forged = new Decision(head.id() + 1, line, 1, verdict, reviewer, reason, false, head.decidedAt(),
            10, dev.tact.core.Band.LOW, head.assessment(), head.policyVersion(), head.policyName(),
            Bindings.textHash(StoreFixtures.text(database,
                "SELECT text FROM copy_line_version WHERE line_id = '" + line + "' AND version = 1")),
            head.statsSha256(), StoreFixtures.text(database, "SELECT channel FROM copy_line WHERE id = '" + line + "'"),
            reviewers.as(reviewer).fingerprint(), role, "brand,legal", "", "", "")
            .signedAfter(head.hash(), reviewers.as(reviewer));
        try (Connection connection = database.connect()) {
            DecisionRows.insert(connection, forged);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSelfApprovalWrittenPastTheApplicationFailsVerifyEvenWhenSigned() {
        reviewers.as("jon.ortiz");
        appendSigned("hol-02", Verdict.APPROVE, "jon.ortiz", "", "brand");

        ChainVerifier.Result result = verify();

        assertEquals(4, result.decisionId());
        assertThat(result.problem().orElseThrow()).contains("breaks a review rule")
            .contains("jon.ortiz wrote this line");
    }

    @Test
    void oneReviewerSigningTwoStepsOfARouteFailsVerify() {
        appendSigned("w26-04", Verdict.APPROVE, "ana", "", "brand");
        appendSigned("w26-04", Verdict.APPROVE, "ana", "", "legal");

        ChainVerifier.Result result = verify();

        assertEquals(5, result.decisionId());
        assertThat(result.problem().orElseThrow()).contains("ana already approved this version");
    }

    @Test
    void aReimportCannotRenameTheAuthorAndAChannelMoveVoidsTheApproval() throws Exception {
        Path rename = StoreFixtures.write(dir, "rename.csv", "id,campaign,channel,author,text,stat_ids\n"
            + "hol-02,Holiday Billboards,billboard,priya.rao," + StoreFixtures.text(database,
            "SELECT text FROM copy_line_version WHERE line_id = 'hol-02' AND version = 1").replace(",", "") + ",\n");
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> StoreFixtures.copyImporter(
            database).importCopy(ImportSource.ofFile(rename), new CopyImporter.Options(Optional.empty(), true,
            CopyImporter.Format.AUTO), ImportProgress.NONE));
        assertThat(refused.problems().get(0).message()).contains("was written by jon.ortiz");

        String w2602 = StoreFixtures.text(database, "SELECT author || '|' || v.text || '|' || ifnull((SELECT"
            + " group_concat(stat_id, ';') FROM copy_line_stat s WHERE s.line_id = l.id), '') FROM copy_line l JOIN"
            + " copy_line_version v ON v.line_id = l.id WHERE l.id = 'w26-02'");
        String[] parts = w2602.split("\\|", -1);
        Path move = StoreFixtures.write(dir, "move.csv", "id,campaign,channel,author,text,stat_ids\n"
            + "w26-02,Wrapped 2026,email," + parts[0] + ",\"" + parts[1] + "\"," + parts[2] + "\n");
        StoreFixtures.copyImporter(database).importCopy(ImportSource.ofFile(move), new CopyImporter.Options(
            Optional.empty(), true, CopyImporter.Format.AUTO), ImportProgress.NONE);

        assertEquals("pending|channel changed from billboard to email", StoreFixtures.text(database,
            "SELECT status || '|' || stale_reason FROM copy_line WHERE id = 'w26-02'"));
        assertTrue(verify().verified(), verify().problem().orElse(""));
    }

    @Test
    void whoeverWroteAVersionWithTheirKeyCannotApproveIt() throws Exception {
        String text = StoreFixtures.text(database, "SELECT text FROM copy_line_version WHERE line_id = 'w26-04'");
        new LineEditor(database, CLOCK).save(new LineEditor.Draft("w26-04", "Wrapped 2026", "billboard",
            StoreFixtures.text(database, "SELECT author FROM copy_line WHERE id = 'w26-04'"), text + " Really.",
            List.of()), reviewers.as("rita.legal").fingerprint());
        DecisionLedger ledger = new DecisionLedger(database, CLOCK);

        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
            () -> ledger.decide("w26-04", Verdict.APPROVE, reviewers.as("rita.legal"), ""));

        assertThat(refused.getMessage()).contains("rita.legal wrote version 2 of this line (with their key)");
    }

    @Test
    void anImportAsTheAuthorRecordsTheKeyAndRefusesAnotherAuthorsRow() throws Exception {
        Path deck = StoreFixtures.write(dir, "mine.csv", "id,campaign,channel,author,text\n"
            + "mine-1,Spring,email,,Spring is here: 2.1 million of you are listening.\n");
        StoreFixtures.copyImporter(database).importCopy(ImportSource.ofFile(deck), CopyImporter.Options.DEFAULT,
            ImportProgress.NONE, Optional.of(reviewers.as("jon.ortiz")));

        assertEquals("jon.ortiz|" + reviewers.as("jon.ortiz").fingerprint(), StoreFixtures.text(database,
            "SELECT l.author || '|' || v.author_key FROM copy_line l JOIN copy_line_version v ON v.line_id = l.id"
                + " WHERE l.id = 'mine-1'"));
        Path other = StoreFixtures.write(dir, "other.csv", "id,campaign,channel,author,text\n"
            + "mine-2,Spring,email,priya.rao,Spring again.\n");
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> StoreFixtures.copyImporter(
            database).importCopy(ImportSource.ofFile(other), CopyImporter.Options.DEFAULT, ImportProgress.NONE,
            Optional.of(reviewers.as("jon.ortiz"))));
        assertThat(refused.problems().get(0).message()).contains("names priya.rao as its author, but you import as"
            + " jon.ortiz");
    }
}
