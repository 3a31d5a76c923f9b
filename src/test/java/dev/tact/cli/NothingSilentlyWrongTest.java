package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.store.db.DatabaseLocation;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The outside tester's findings: each way a command could end "successfully" with a wrong answer. */
class NothingSilentlyWrongTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private PrintWriter stdout;

    private int run(String... args) {
        CommandLine commandLine = TactCli.commandLine(CLOCK, new DatabaseLocation(Map.of(), "Linux", dir), "tester");
        commandLine.setOut(stdout != null ? stdout : new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String db() {
        return dir.resolve("base.db").toString();
    }

    @Test
    void scoreRefusesACitedStatTheDatabaseDoesNotHave() throws IOException {
        run("--db", db(), "init");
        out.getBuffer().setLength(0);
        Path file = Files.writeString(dir.resolve("c.csv"), "id,text,stat_ids\nz1,53 people watched it every day,nosuchstat\n");

        assertEquals(2, run("--db", db(), "score", file.toString()));

        assertThat(err.toString()).contains(file + ":2:3: stat_ids: unknown stat \"nosuchstat\": import it with"
            + " import-stats first, or fix the id");
        assertThat(out.toString()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--db=", "--db= ", "--db"})
    void anEmptyDatabaseOptionIsRefusedNotReadAsTheDefaultDatabase(String option) {
        String[] args = option.equals("--db") ? new String[] {"--db", "", "info"} : new String[] {option, "info"};

        assertEquals(2, run(args));
        assertThat(err.toString()).contains("--db: an empty path");
        assertThat(out.toString()).doesNotContain("Schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "export"})
    void policyRefusesAMistypedDatabase(String subcommand) {
        assertEquals(2, run("--db", dir.resolve("typo.db").toString(), "policy", subcommand));

        assertThat(err.toString()).contains("no database at " + dir.resolve("typo.db").toAbsolutePath());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void policyShowWithoutAChosenDatabaseStillShowsTheBundledPolicy() {
        assertEquals(0, run("policy", "show"));

        assertThat(out.toString()).contains("bundled default");
    }

    @Test
    void aPolicyFileProblemNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), dev.tact.score.PolicyCodec.defaultDocument()
            .replaceFirst("\"sensitiveAlwaysHigh\": false", "\"sensitiveAlwaysHihg\": false"));

        assertEquals(2, run("score", "--policy", file.toString(), "-"));

        assertThat(err.toString()).startsWith("tact: " + file + ": sensitiveAlwaysHihg: unknown key");
    }

    @Test
    void exportRefusesAnExtensionThatContradictsTheFormatAndNamesAMissingFolder() {
        run("--db", db(), "init");

        assertEquals(2, run("--db", db(), "export", "--campaign", "Holiday Billboards", "--format", "csv", "--out",
            dir.resolve("report.pdf").toString()));
        assertEquals(2, run("--db", db(), "export", "--campaign", "Holiday Billboards", "--format", "pdf", "--out",
            dir.resolve("report.csv").toString()));
        assertEquals(2, run("--db", db(), "export", "--campaign", "Holiday Billboards", "--out",
            dir.resolve("nodir/r.csv").toString()));

        assertThat(err.toString()).contains("report.pdf: the name says PDF but the format is CSV")
            .contains("report.csv: the name says CSV but the format is PDF")
            .contains("the folder " + dir.resolve("nodir") + " does not exist");
        assertThat(dir.resolve("report.pdf")).doesNotExist();
        assertThat(dir.resolve("report.csv")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"score low.txt", "score --format json low.txt", "policy export", "info", "eval labels.csv"})
    void aFullStandardOutputIsADiskFullNotASuccess(String command) throws IOException {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux /dev/full");
        Files.writeString(dir.resolve("low.txt"), "More than 10 million of you listened to summer hits.\n");
        Files.writeString(dir.resolve("labels.csv"), "id,text,label\nx,To the 7 people in Bath: we see you.,3\n"
            + "z,More than 10 million of you listened to summer hits this year.,1\n");
        run("--db", db(), "init");
        stdout = new PrintWriter(new FileOutputStream("/dev/full"), true);
        String[] args = command.replace("low.txt", dir.resolve("low.txt").toString())
            .replace("labels.csv", dir.resolve("labels.csv").toString()).split(" ");

        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db();
        System.arraycopy(args, 0, withDb, 2, args.length);
        assertEquals(4, run(withDb));

        assertThat(err.toString()).contains("tact: the output could not be written in full: the disk that receives it is full").doesNotContain("Exception");
    }

    @Test
    void aBadByteLateInTheFileLeavesStandardOutputEmpty() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_001; i++) {
            text.append("To the ").append(i).append(" people who watched it every day.\n");
        }
        byte[] good = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 4];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = 'x';
        bad[good.length + 1] = (byte) 0xFF;
        bad[good.length + 2] = 'y';
        bad[good.length + 3] = '\n';
        Path file = Files.write(dir.resolve("big.txt"), bad);

        run("--db", db(), "init");
        out.getBuffer().setLength(0);
        for (String format : new String[] {"csv", "json"}) {
            assertEquals(2, run("score", "--format", format, file.toString()));
            // With a database the lines are held for the differencing check, and still nothing is written.
            assertEquals(2, run("--db", db(), "score", "--format", format, file.toString()));
        }

        assertThat(err.toString()).contains("big.txt:20002:");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing.txt", "."})
    void aRefusedFileGetsNoHeader(String name) {
        assertEquals(2, run("score", dir.resolve(name).toString()));

        assertThat(out.toString()).isEmpty();
    }

    @Test
    void heldOutputSpillsPastItsBoundAndComesBackWhole() throws IOException {
        StringWriter released = new StringWriter();
        try (HeldOutput held = new HeldOutput(16)) {
            PrintWriter writer = held.printWriter();
            writer.print("id,score\n");
            writer.print("a,1\nb,2\nc,3\n");
            writer.flush();
            assertThat(held.spilled()).isTrue();
            held.releaseTo(new PrintWriter(released));
        }

        assertEquals("id,score\na,1\nb,2\nc,3\n", released.toString());
    }

    @Test
    void heldOutputPassedThroughSendsWhatWasHeldThenTheRest() {
        StringWriter released = new StringWriter();
        PrintWriter target = new PrintWriter(released);
        try (HeldOutput held = new HeldOutput(4)) {
            PrintWriter writer = held.printWriter();
            writer.print("id,score\n");
            writer.flush();
            assertEquals("", released.toString());
            held.passThrough(target);
            writer.print("a,1\n");
            writer.flush();
            assertEquals("id,score\na,1\n", released.toString());
            held.releaseTo(target);
        }

        assertEquals("id,score\na,1\n", released.toString());
    }

    @Test
    void aNewDatabaseIsRemovedWhenItsCreationEndsInAnException() {
        TactCommand root = new TactCommand(CLOCK, new DatabaseLocation(Map.of(), "Linux", dir), "tester");
        Path path = root.databasePath();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> root.creatingIfNeeded(() -> {
            try {
                Files.createDirectories(path.getParent());
                Files.writeString(path, "half a database");
                Files.writeString(Path.of(path + "-wal"), "wal");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertThat(path).doesNotExist();
        assertThat(Path.of(path + "-wal")).doesNotExist();
    }

    @Test
    void anExistingDatabaseIsKeptWhenTheWorkFails() throws IOException {
        TactCommand root = new TactCommand(CLOCK, new DatabaseLocation(Map.of(), "Linux", dir), "tester");
        Path path = root.databasePath();
        Files.createDirectories(path.getParent());
        Files.writeString(path, "kept");

        assertThrows(IllegalStateException.class, () -> root.creatingIfNeeded(() -> {
            throw new IllegalStateException("disk full");
        }));

        assertThat(path).exists();
    }
}
