package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.db.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class TactCliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        DatabaseLocation location = new DatabaseLocation(Map.of("TACT_DB", dir.resolve("env.db").toString(),
            "TACT_CONFIG", dir.resolve("keys/tester").toString()), "Linux", dir);
        // As the process builds it: with only the subcommand the arguments name.
        CommandLine commandLine = TactCli.commandLine(
            Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC), location, "tester", args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "import-stats", "import-copy", "info", "score", "eval", "policy", "policy show",
        "policy export", "policy import", "decide", "verify", "export", "suggest"})
    void everyCommandAnswersVersionAndHelp(String command) {
        String[] prefix = command.isEmpty() ? new String[0] : command.split(" ");

        assertEquals(0, run(append(prefix, "--version")));
        assertThat(out.toString()).startsWith("Tact ");
        assertEquals(0, run(append(prefix, "--help")));
        assertThat(out.toString()).contains("Usage: tact");
    }

    @Test
    void initCreatesTheDatabaseWithTheDemoAndInfoCountsIt() {
        assertEquals(0, run("init"));
        assertThat(err.toString()).contains("Created a new database at " + dir.resolve("env.db"));
        assertEquals(0, run("info"));

        assertThat(out.toString())
            .contains("Database:       " + dir.resolve("env.db"))
            .contains("Schema version: " + dev.tact.store.db.Database.CURRENT_SCHEMA)
            .containsPattern("Copy lines: +2\\d")
            .contains("Decisions:      0");
    }

    @Test
    void importStatsReportsASummaryAndInfoCountsTheRows() throws IOException {
        Path file = Files.writeString(dir.resolve("stats.csv"),
            "id,description,cohort_size\nx1,People,5\nx2,More people,7\n");

        assertEquals(0, run("--db", dir.resolve("mine.db").toString(), "--no-demo", "import-stats", file.toString()));
        assertThat(out.toString()).contains("Imported 2 stats from " + file).contains("2 new, 0 updated");

        assertEquals(0, run("info", "--db", dir.resolve("mine.db").toString()));
        assertThat(out.toString()).contains("Stats:          2");
    }

    @Test
    void aBadCopyFileToScoreSaysNothingWasScored() throws IOException {
        Path file = Files.writeString(dir.resolve("deck.csv"), "id,text\nl1,\"never closed\n");
        assertEquals(0, run("init"));
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);

        assertEquals(2, run("score", file.toString()));

        assertThat(err.toString().lines().toList()).last().isEqualTo(file + ": 1 problem, nothing was scored.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadFileExitsWithTwoAndOneLinePerProblemWithoutAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"),
            "id,description,cohort_size\nx1,People,five\nx2,People,-2\n");

        assertEquals(2, run("import-stats", file.toString()));

        assertThat(err.toString().lines().toList()).containsExactly(
            file + ":2:3: cohort_size: expected a whole number of people (0 or more), found \"five\"",
            file + ":3:3: cohort_size: expected a whole number of people (0 or more), found \"-2\"",
            file + ": 2 problems, nothing was imported.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileIsASentence() {
        assertEquals(2, run("import-copy", dir.resolve("missing.csv").toString()));

        assertThat(err.toString()).contains("missing.csv: cannot be read: no such file").doesNotContain("Exception");
    }

    @Test
    void aCommandThatReadsRefusesADatabaseThatIsNotThereAndCreatesNothing() {
        for (String[] command : new String[][] {{"info"}, {"verify"}, {"export", "--campaign", "x", "--out",
            dir.resolve("r.pdf").toString()}, {"decide", "--line", "w26-01", "--verdict", "approve"}}) {
            err.getBuffer().setLength(0);
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = dir.resolve("typo.db").toString();
            System.arraycopy(command, 0, args, 2, command.length);
            assertEquals(2, run(args));
            assertThat(err.toString()).startsWith("tact: no database at " + dir.resolve("typo.db"))
                .contains("tact init");
        }
        assertThat(Files.exists(dir.resolve("typo.db"))).isFalse();
    }

    @Test
    void anEmptyFileIsNotUsedAsADatabaseNorMadeOneSilently() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        for (String[] command : new String[][] {{"info"}, {"verify"}, {"init"}, {"score", "-"}}) {
            err.getBuffer().setLength(0);
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = empty.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            assertEquals(2, run(args), String.join(" ", command));
            assertThat(err.toString()).as(String.join(" ", command))
                .startsWith("tact: " + empty + " is an empty file, not a Tact database").contains("tact init");
            assertEquals(0, Files.size(empty), String.join(" ", command) + " left the file as it was");
        }
    }

    @Test
    void aFailedImportIntoANewDatabaseLeavesNoDatabaseBehind() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "id,description,cohort_size\nx1,People,five\n");

        assertEquals(2, run("--db", dir.resolve("new.db").toString(), "import-stats", file.toString()));

        assertThat(Files.exists(dir.resolve("new.db"))).isFalse();
        assertThat(err.toString()).doesNotContain("Created");
    }

    @Test
    void anUnopenableDatabaseIsASentence() {
        assertEquals(2, run("--db", dir.toString(), "info"));

        assertThat(err.toString()).startsWith("tact: " + dir + " is a directory, not a Tact database file")
            .doesNotContain("at dev.tact");
    }

    @Test
    void importCopyReadsPlainTextIntoACampaign() throws IOException {
        Path file = Files.writeString(dir.resolve("tweets.txt"), "One line\nAnother line\n");

        assertEquals(0, run("import-copy", "--campaign", "Spring", file.toString()));

        assertThat(out.toString()).contains("Imported 2 copy lines");
    }

    private static String[] append(String[] prefix, String last) {
        String[] args = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        args[prefix.length] = last;
        return args;
    }

    @Test
    void whileAnotherProgramWritesReadersAnswerAndAWriterSaysSoWithItsOwnStatus() throws Exception {
        assertEquals(0, run("init"));
        CliKeys.config(dir, dir.resolve("env.db"), "tester");
        String passphrase = CliKeys.passphraseFile(dir).toString();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("env.db"));
             java.sql.Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");

            assertEquals(0, run("info"));
            assertEquals(0, run("verify"));
            err.getBuffer().setLength(0);
            assertEquals(3, run("decide", "--line", "w26-01", "--verdict", "reject", "--reason", "too narrow",
                "--passphrase-file", passphrase));
            assertThat(err.toString()).contains("another program is writing to this database");

            statement.execute("ROLLBACK");
        }
    }
}
