package dev.tact.store.team;

import static dev.tact.store.StoreFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.DecisionRefusedException;
import dev.tact.core.LineStatus;
import dev.tact.core.Role;
import dev.tact.core.Signer;
import dev.tact.core.Verdict;
import dev.tact.store.db.StoreException;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.lines.LineEditor;
import dev.tact.store.stats.Generalizations;
import dev.tact.store.stats.StatLookup;
import dev.tact.store.stats.StatsImporter;
import dev.tact.store.trail.DecisionLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

/**
 * The rules a team's server enforces itself (db/migration/postgresql/V7), proved as the people of a
 * team: maya writes, ana approves for brand, rita for legal, mo both writes and approves for brand,
 * tess is the admin. Each refusal is checked for its sentence, not just for failing.
 */
@Tag("team")
class ServerRulesTest {
    private static final String COPY = """
        id,campaign,channel,author,text,stat_ids
        w26-01,Wrapped 2026,national social,maya,"13.8 million of you watched Stranger Things this year. The Upside Down is officially mainstream.",str-yr
        w26-14,Wrapped 2026,email,maya,Stranger Things on a school night? 7.6 million members say yes.,str-yr-sch
        """;
    // The row a reviewer with psql would insert: well formed, chained to the head, with their own key.
    private static final String RAW_DECISION = "INSERT INTO decision (id, line_id, line_version, verdict, reviewer,"
        + " reason, override, decided_at, score, band, assessment, policy_version, policy_name, text_sha256,"
        + " stats_sha256, previous_hash, hash, channel, signer, role, route, signature)"
        + " SELECT coalesce(max(id), 0) + 1, ?, 1, ?, ?, ?, 0, '2026-11-28T09:00:00Z', 12, 'low', '{}', 0, 'default',"
        + " 't', 's', coalesce((SELECT hash FROM decision ORDER BY id DESC LIMIT 1), md5(random()::text)),"
        + " md5(random()::text), (SELECT channel FROM copy_line WHERE id = ?), ?, ?, ?, 'signature' FROM decision";

    @TempDir
    Path dir;

    private TeamFixture team;
    private Signer maya;
    private Signer ana;
    private Signer rita;
    private Signer mo;

    @BeforeEach
    void aTeam() throws IOException, ImportFailedException {
        team = TeamFixture.create().login("maya", Role.WRITER).login("ana", Role.BRAND).login("rita", Role.LEGAL)
            .login("mo", Role.WRITER, Role.BRAND).login("tess", Role.ADMIN);
        maya = team.enrol("maya", Role.WRITER);
        ana = team.enrol("ana", Role.BRAND);
        rita = team.enrol("rita", Role.LEGAL);
        mo = team.enrol("mo", Role.WRITER, Role.BRAND);
        new StatsImporter(team.as("maya"), CLOCK, "maya")
            .importStats(ImportSource.ofResource("/demo/stats.csv"), false, ImportProgress.NONE);
        Path copy = Files.writeString(dir.resolve("copy.csv"), COPY, StandardCharsets.UTF_8);
        new CopyImporter(team.as("maya"), CLOCK, "maya")
            .importCopy(ImportSource.ofFile(copy), CopyImporter.Options.DEFAULT, ImportProgress.NONE);
    }

    @Test
    void theServerStampsWhoWroteEachVersionWhateverTheClientSends() throws Exception {
        String drafted = new LineEditor(team.as("mo"), CLOCK).save(new LineEditor.Draft("", "Wrapped 2026", "email",
            "", "Stranger Things on a school night? 7.6 million members say yes.", List.of("str-yr-sch"),
            "suggested by the ladder"));
        try (Connection connection = team.connect("maya")) {
            execute(connection, "INSERT INTO copy_line_version (line_id, version, text, created_at, written_by)"
                + " VALUES ('w26-14', 2, 'A second take', '2026-11-28T10:00:00Z', 'rita')");
        }

        assertEquals("maya,maya,maya", query("SELECT string_agg(written_by, ',' ORDER BY line_id, version)"
            + " FROM copy_line_version WHERE line_id LIKE 'w26-%'"));
        assertEquals("mo suggested by the ladder", query("SELECT written_by || ' ' || origin FROM copy_line_version"
            + " WHERE line_id = '" + drafted + "'"));
    }

    @Test
    void aWriterCannotApproveHerOwnLineFromTheApp() {
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
            () -> new DecisionLedger(team.as("maya"), CLOCK).decide("w26-01", Verdict.APPROVE, maya, ""));

        assertEquals("maya wrote this line and cannot approve it: another reviewer must (four eyes).",
            refused.getMessage());
        assertEquals("0", query("SELECT count(*) FROM decision"));
    }

    @Test
    void theServerRefusesAnApprovalOfALineTheLoginWroteThatTheAppCouldNotTell() throws Exception {
        // mo drafts without a key and names no author: only the server knows who wrote it.
        String drafted = new LineEditor(team.as("mo"), CLOCK).save(new LineEditor.Draft("", "Wrapped 2026", "email",
            "", "Stranger Things on a school night? 7.6 million members say yes.", List.of("str-yr-sch")));

        dev.tact.core.DecisionRefusedException refused = assertThrows(dev.tact.core.DecisionRefusedException.class,
            () -> new DecisionLedger(team.as("mo"), CLOCK).decide(drafted, Verdict.APPROVE, mo, ""));

        assertEquals("The server refuses: mo wrote version 1 of line " + drafted + " and cannot approve it (four eyes).",
            refused.getMessage());
        assertEquals("0", query("SELECT count(*) FROM decision"));
        assertEquals("pending", query("SELECT status FROM copy_line WHERE id = '" + drafted + "'"));
    }

    @Test
    void aRawInsertOfAnApprovalOfOnesOwnLineIsRefused() throws Exception {
        String drafted = new LineEditor(team.as("mo"), CLOCK).save(new LineEditor.Draft("", "Wrapped 2026", "email",
            "", "Stranger Things on a school night? 7.6 million members say yes.", List.of("str-yr-sch")));

        refusedWith("permission denied for table decision",
            () -> insertDecision("maya", "w26-01", "approve", "maya", "", maya, "brand", "brand,legal"));
        refusedWith("The server refuses: mo wrote version 1 of line " + drafted + " and cannot approve it (four eyes).",
            () -> insertDecision("mo", drafted, "approve", "mo", "", mo, "brand", "brand"));
        assertEquals("0", query("SELECT count(*) FROM decision"));
    }

    @Test
    void noLoginChangesOrRemovesADecision() throws Exception {
        new DecisionLedger(team.as("ana"), CLOCK).decide("w26-01", Verdict.APPROVE, ana, "");

        refusedWith("permission denied for table decision",
            () -> execute("rita", "UPDATE decision SET verdict = 'reject', reason = 'changed my mind'"));
        refusedWith("permission denied for table decision", () -> execute("rita", "DELETE FROM decision"));
        refusedWith("permission denied for table decision", () -> execute("rita", "TRUNCATE decision"));
        refusedWith("permission denied for table checkpoint", () -> execute("ana", "DELETE FROM checkpoint"));
        assertEquals("1 approve", query("SELECT count(*) || ' ' || min(verdict) FROM decision"));
    }

    @Test
    void theAppSaysPlainlyWhenTheKeyAndTheLoginAreDifferentPeople() {
        dev.tact.core.DecisionRefusedException refused = assertThrows(dev.tact.core.DecisionRefusedException.class,
            () -> new DecisionLedger(team.as("rita"), CLOCK).decide("w26-01", Verdict.APPROVE, ana, ""));

        assertEquals("Your key is enrolled as ana but you are signed in to the team database as rita: decide with your"
            + " own key and your own login (the reviewer is the login).", refused.getMessage());
        assertEquals("0", query("SELECT count(*) FROM decision"));
    }

    @Test
    void aDecisionInAnotherLoginsNameOrWithAnotherPersonsKeyIsRefused() {
        refusedWith("The server refuses: you are signed in as rita, and a decision names its login as the reviewer,"
                + " not ana.",
            () -> insertDecision("rita", "w26-01", "approve", "ana", "", ana, "brand", "brand,legal"));
        refusedWith("The server refuses: the key " + ana.fingerprint().substring(0, 16) + " is not a key enrolled for"
                + " rita, who is signed in; a decision is signed with the key enrolled under your own login.",
            () -> insertDecision("rita", "w26-01", "approve", "rita", "", ana, "legal", "brand,legal"));
    }

    @Test
    void theRoleSignedMustBeTheKeysTheLoginsAndOnTheRoute() {
        refusedWith("The server refuses: ana may approve as legal only with a key enrolled as legal and a login in"
                + " the group role tact_legal.",
            () -> insertDecision("ana", "w26-01", "approve", "ana", "", ana, "legal", "brand,legal"));
        refusedWith("The server refuses: the decision on line w26-01 records the route \"brand\", and the policy in"
                + " force routes national social lines to \"brand,legal\".",
            () -> insertDecision("ana", "w26-01", "approve", "ana", "", ana, "brand", "brand"));
        refusedWith("The server refuses: approving line w26-01 takes brand and legal, and this approval signs as"
                + " no role.",
            () -> insertDecision("ana", "w26-01", "approve", "ana", "", ana, "", "brand,legal"));
    }

    @Test
    void eachStepOfTheRouteIsSignedOnceBySomeoneElse() throws Exception {
        new DecisionLedger(team.as("ana"), CLOCK).decide("w26-01", Verdict.APPROVE, ana, "");

        refusedWith("The server refuses: ana already approved version 1 of line w26-01 as brand; the route needs"
                + " another reviewer for each step (four eyes).",
            () -> insertDecision("ana", "w26-01", "approve", "ana", "", ana, "brand", "brand,legal"));
        refusedWith("The server refuses: ana already signed version 1 of line w26-01 as brand.",
            () -> insertDecision("mo", "w26-01", "approve", "mo", "", mo, "brand", "brand,legal"));
    }

    @Test
    void rejectingNeedsAReasonOnTheServerToo() {
        refusedWith("The server refuses: to reject line w26-01, give a reason.",
            () -> insertDecision("rita", "w26-01", "reject", "rita", "\u200B \u2060", rita, "", "brand,legal"));
        refusedWith("The server refuses: to request changes to line w26-01, give a reason.",
            () -> insertDecision("rita", "w26-01", "changes", "rita", "", rita, "", "brand,legal"));
    }

    @Test
    void aStatusIsSetOnlyByTheDecisionThatSaysSo() throws Exception {
        refusedWith("The server refuses: line w26-14 becomes approved only by a decision that says so, and the latest"
                + " decision on its version 1 is none.",
            () -> execute("rita", "UPDATE copy_line SET status = 'approved' WHERE id = 'w26-14'"));
        new DecisionLedger(team.as("ana"), CLOCK).decide("w26-01", Verdict.APPROVE, ana, "");
        refusedWith("The server refuses: line w26-01 is approved only when brand and legal have signed its version 1.",
            () -> execute("maya", "UPDATE copy_line SET status = 'approved' WHERE id = 'w26-01'"));
        refusedWith("The server refuses: line w26-01 becomes rejected only by a decision that says so, and the latest"
                + " decision on its version 1 is approve by ana.",
            () -> execute("ana", "UPDATE copy_line SET status = 'rejected' WHERE id = 'w26-01'"));
        assertEquals("pending,pending", query("SELECT string_agg(status, ',' ORDER BY id) FROM copy_line"));
    }

    @Test
    void whatADecisionWasMadeOnStaysAsItWas() throws Exception {
        new DecisionLedger(team.as("ana"), CLOCK).decide("w26-01", Verdict.APPROVE, ana, "");
        new DecisionLedger(team.as("rita"), CLOCK).decide("w26-01", Verdict.APPROVE, rita, "");
        refusedWith("The server refuses: line w26-01 was approved for national social; on another channel it goes"
                + " back to review.",
            () -> execute("maya", "UPDATE copy_line SET channel = 'in-app' WHERE id = 'w26-01'"));
        refusedWith("The server refuses: line w26-01 was written by maya; who wrote a line does not change"
                + " (four eyes depends on it).",
            () -> execute("maya", "UPDATE copy_line SET author = 'jon.ortiz' WHERE id = 'w26-01'"));
        refusedWith("The server refuses: version 1 of line w26-01 is decided; the stats it cites do not change"
                + " (a new text or citation is a new version).",
            () -> execute("maya", "INSERT INTO copy_line_stat (line_id, version, position, stat_id)"
                + " VALUES ('w26-01', 1, 9, 'str-yr')"));
        refusedWith("The server refuses: line w26-01 is approved by decision; it goes back to pending only with a"
                + " new version or a changed stat.",
            () -> execute("rita", "UPDATE copy_line SET status = 'pending' WHERE id = 'w26-01'"));
        assertEquals("approved", query("SELECT status FROM copy_line WHERE id = 'w26-01'"));
    }

    @Test
    void brandThenLegalApproveThroughTheLedger() {
        DecisionLedger.Recorded first = new DecisionLedger(team.as("ana"), CLOCK)
            .decide("w26-01", Verdict.APPROVE, ana, "");
        DecisionLedger.Recorded second = new DecisionLedger(team.as("rita"), CLOCK)
            .decide("w26-01", Verdict.APPROVE, rita, "");

        assertEquals(LineStatus.PENDING, first.lineStatus());
        assertEquals(LineStatus.APPROVED, second.lineStatus());
        assertEquals("ana:brand,rita:legal", query("SELECT string_agg(reviewer || ':' || role, ',' ORDER BY id)"
            + " FROM decision"));
        assertEquals("approved", query("SELECT status FROM copy_line WHERE id = 'w26-01'"));
    }

    @Test
    void theAdminsNewestPolicyDecidesTheRouteTheServerHoldsApprovalsTo() throws Exception {
        String document = dev.tact.score.PolicyCodec.defaultDocument()
            .replace("\"default\": [\"brand\"]", "\"default\": [\"legal\"]");
        new dev.tact.store.policy.PolicyStore(team.as("tess"), CLOCK, "tess").add("default", document, team.enrol("tess"));

        refusedWith("The server refuses: the decision on line w26-14 records the route \"brand\", and the policy in"
                + " force routes email lines to \"legal\".",
            () -> insertDecision("ana", "w26-14", "approve", "ana", "", ana, "brand", "brand"));
        refusedWith("permission denied for table policy_version", () -> execute("maya", "INSERT INTO policy_version"
            + " (version, name, document, sha256, created_at, created_by) SELECT 2, name, document, sha256, created_at,"
            + " 'maya' FROM policy_version"));
    }

    @Test
    void aReviewerReadsAndMatchesStatsWithoutOwningTheSchema() {
        dev.tact.core.Stat stat;
        try (StatLookup lookup = StatLookup.open(team.as("ana"))) {
            stat = lookup.byId("str-yr-sch").orElseThrow();
        }

        assertThat(Generalizations.of(team.as("ana"), stat)).extracting(dev.tact.core.Stat::id).contains("str-yr");
    }

    private void insertDecision(String login, String line, String verdict, String reviewer, String reason,
                                Signer key, String role, String route) throws SQLException {
        try (Connection connection = team.connect(login);
             PreparedStatement insert = connection.prepareStatement(RAW_DECISION)) {
            insert.setString(1, line);
            insert.setString(2, verdict);
            insert.setString(3, reviewer);
            insert.setString(4, reason);
            insert.setString(5, line);
            insert.setString(6, key.fingerprint());
            insert.setString(7, role);
            insert.setString(8, route);
            insert.executeUpdate();
        }
    }

    private void execute(String login, String sql) throws SQLException {
        try (Connection connection = team.connect(login)) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) {
        try (Connection connection = team.connect("rita"); var statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    // Refused by the server with insufficient_privilege, in these words.
    private static void refusedWith(String sentence, Executable attempt) {
        PSQLException refused = assertThrows(PSQLException.class, attempt);
        assertEquals("42501", refused.getSQLState());
        assertEquals(sentence, refused.getServerErrorMessage().getMessage());
    }
}
