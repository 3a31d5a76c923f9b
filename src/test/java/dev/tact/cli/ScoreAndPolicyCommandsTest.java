package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.store.db.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreAndPolicyCommandsTest {
    private static final String DECK = """
        id,campaign,channel,author,text,stat_ids
        a,Holiday,national social,maya,To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?,
        b,Holiday,billboard,jon,More than 10 million of you listened to summer hits this year.,
        """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"),
            ZoneOffset.UTC), new DatabaseLocation(environment, "Linux", dir), "tester");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private Path deck() throws IOException {
        return Files.writeString(dir.resolve("deck.csv"), DECK);
    }

    @Test
    void scoresTextOnlyWithoutCreatingADatabaseAndFailsOnHigh() throws IOException {
        assertEquals(1, run("score", deck().toString()));

        List<String> lines = out.toString().lines().toList();
        assertEquals("id,score,band,cohort_size,specificity,sensitivity,address,tone,stat_id,reasons", lines.get(0));
        assertThat(lines.get(1)).startsWith("a,").contains(",high,53,");
        assertThat(lines.get(2)).startsWith("b,").contains(",low,10000000,");
        assertThat(Files.exists(dir.resolve(".local/share/tact/tact.db"))).isFalse();
    }

    @Test
    void failOnNoneAlwaysExitsZero() throws IOException {
        assertEquals(0, run("score", "--fail-on", "none", deck().toString()));
    }

    @Test
    void writesJsonWithTheSameFields() throws IOException {
        run("score", "--format", "json", deck().toString());

        JsonNode records = new ObjectMapper().readTree(out.toString());
        assertEquals(2, records.size());
        assertEquals(53, records.get(0).get("cohort_size").asInt());
        assertEquals("high", records.get(0).get("band").asText());
        assertThat(records.get(0).get("reasons").get(0).asText()).contains("53");
    }

    @Test
    void bindsCitedAndMatchedStatsFromTheDatabase() throws IOException {
        Path file = Files.writeString(dir.resolve("lines.csv"), """
            id,text,stat_ids
            cited,Christmas Eve in Brooklyn: 926 of you spent it with A Christmas Prince.,acp-xmas-bk
            matched,To the 53 people who watched A Christmas Prince every day: who hurt you?,
            """);

        run(Map.of("TACT_DB", dir.resolve("demo.db").toString()), "init");
        out.getBuffer().setLength(0);
        run(Map.of("TACT_DB", dir.resolve("demo.db").toString()), "score", file.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).contains(",926,").contains("acp-xmas-bk");
        assertThat(lines.get(2)).contains(",53,").contains("acp-daily-18d");
    }

    @Test
    void aBadScoreInputIsReportedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "id,text\na,\"never closed\n");

        assertEquals(2, run("score", file.toString()));

        assertThat(err.toString()).contains("bad.csv:2: malformed quoting");
    }

    @Test
    void evalReportsAucAndConcordance() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"), """
            id,text,label
            x,To the 7 people in Bath who listened to sea shanties every night in March: we see you.,3
            y,"Dear 1,000 people who streamed it every day in February, you've got this.",2
            z,More than 10 million of you listened to summer hits this year.,1
            """);

        assertEquals(0, run("eval", file.toString()));

        assertThat(out.toString()).contains("AUC:          1.000").contains("Concordance:  1.000");
    }

    @Test
    void aPolicyImportedBecomesTheVersionInForceSignedByAnAdmin() throws Exception {
        Map<String, String> env = Map.of("TACT_DB", dir.resolve("p.db").toString(), "TACT_CONFIG",
            dir.resolve("keys/tester").toString());
        run(env, "init");
        CliKeys.config(dir, dir.resolve("p.db"), "tester");
        run(env, "policy", "export", "-o", dir.resolve("policy.json").toString());
        String edited = Files.readString(dir.resolve("policy.json"))
            .replace("\"minCohort\": 100,", "\"minCohort\": 250,");
        Files.writeString(dir.resolve("policy.json"), edited);

        assertEquals(0, run(env, "policy", "import", dir.resolve("policy.json").toString(), "--passphrase-file",
            CliKeys.passphraseFile(dir).toString()));
        assertThat(out.toString()).contains("as version 1");
        assertEquals(0, run(env, "policy", "show"));
        assertThat(out.toString()).contains("version 1").contains("high under 250 people");
        assertEquals(0, run(env, "verify"));

        // A policy edited in the file afterwards no longer matches what the admin signed.
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.db"));
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TRIGGER IF EXISTS policy_version_is_append_only_update");
            statement.executeUpdate("UPDATE policy_version SET document = replace(document, '250', '2'),"
                + " sha256 = '" + "0".repeat(64) + "'");
        }
        err.getBuffer().setLength(0);
        assertEquals(1, run(env, "verify"));
        assertThat(err.toString()).contains("policy version 1");
    }

    @Test
    void anInvalidPolicyIsRefusedWithASentence() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"thresholds\": ");

        assertEquals(2, run(Map.of("TACT_DB", dir.resolve("p.db").toString()), "policy", "import", broken.toString()));

        assertThat(err.toString()).startsWith("tact: " + broken + ": not valid JSON at line 1")
            .doesNotContain("Exception");
    }

    @Test
    void aStatedCountTheCitedStatDoesNotBackIsAFinding() throws IOException {
        Path file = Files.writeString(dir.resolve("claims.csv"), """
            id,text,stat_ids
            over,Over 300 members watched it every day.,acp-daily-18d
            exact,To the 53 people who watched it every day.,acp-daily-18d
            under,More than 40 people watched it every day.,acp-daily-18d
            """);
        run(Map.of("TACT_DB", dir.resolve("claims.db").toString()), "init");
        out.getBuffer().setLength(0);

        run(Map.of("TACT_DB", dir.resolve("claims.db").toString()), "score", "--fail-on", "none", file.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).contains("claim not backed: the line says \"\"300 members\"\" but the cited stat"
            + " acp-daily-18d counts 53 people");
        assertThat(lines.get(2)).doesNotContain("claim not backed");
        assertThat(lines.get(3)).doesNotContain("claim not backed");
    }

    /** An unset "$CHANNEL" in a CI script arrives as an empty --channel: refused, not read as no channel. */
    @Test
    void anEmptyChannelIsRefusedNotGivenTheDefaultFloor() throws IOException {
        assertEquals(2, run("score", deck().toString(), "--channel", ""));
        assertThat(err.toString()).contains("--channel: an empty channel; the policy knows");
        assertEquals(2, run("score", deck().toString(), "--channel", "billbord"));
        assertThat(err.toString()).contains("--channel: unknown channel \"billbord\"");
    }
}
