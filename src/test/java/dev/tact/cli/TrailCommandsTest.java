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
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrailCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createTheDatabase() {
        run("init");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private int run(String... args) {
        return runAs("ana", args);
    }

    // Each reviewer has their own key directory; a decision is signed with the one whose key it is.
    private int runAs(String reviewer, String... args) {
        boolean deciding = args.length > 0 && args[0].equals("decide");
        Path config = deciding ? CliKeys.config(dir, dir.resolve("t.db"), reviewer) : dir.resolve("keys").resolve(reviewer);
        String[] withPassphrase = args;
        if (deciding) {
            withPassphrase = java.util.Arrays.copyOf(args, args.length + 2);
            withPassphrase[args.length] = "--passphrase-file";
            withPassphrase[args.length + 1] = CliKeys.passphraseFile(dir).toString();
        }
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"),
            ZoneOffset.UTC), new DatabaseLocation(Map.of("TACT_DB", dir.resolve("t.db").toString(), "TACT_CONFIG",
            config.toString()), "Linux", dir), reviewer);
        args = withPassphrase;
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theRulesRefuseWithASentenceAndExitTwo() {
        assertEquals(2, runAs("maya.chen", "decide", "--line", "w26-01", "--verdict", "approve"));
        assertEquals(2, run("decide", "--line", "hol-02", "--verdict", "approve"));
        assertEquals(2, run("decide", "--line", "hol-02", "--verdict", "reject"));

        assertThat(err.toString().lines().toList()).containsExactly(
            "tact: refused: maya.chen wrote this line and cannot approve it: another reviewer must (four eyes).",
            "tact: refused: This line is high risk: approving it needs a written override reason.",
            "tact: refused: To reject a line, give a reason.");
    }

    @Test
    void decisionsAreSignedAsTheKeysReviewerAndVerify() {
        assertEquals(0, run("decide", "--line", "w26-01", "--verdict", "approve"));
        assertEquals(0, run("decide", "--line", "hol-02", "--verdict", "changes", "--reason", "Drop the count"));

        assertThat(out.toString()).contains("Decision 1: ana approved line w26-01");
        assertEquals(0, run("verify"));
        assertThat(out.toString()).contains("Verified 2 decisions; chain head ");
    }

    @Test
    void theCsvReportNeutralizesFormulas() throws IOException {
        Path copy = Files.writeString(dir.resolve("formulas.csv"), "id,campaign,author,text\n"
            + "f1,Formulas,zed,\"=HYPERLINK(\"\"http://evil\"\")\"\n"
            + "f2,Formulas,zed,+1 for the 53 people\n"
            + "f3,Formulas,zed,-5 degrees in Leeds\n"
            + "f4,Formulas,zed,@everyone who streamed it\n");
        run("import-copy", copy.toString());
        run("decide", "--line", "f1", "--verdict", "reject", "--reason", "=1+1");

        assertEquals(0, run("export", "--campaign", "Formulas", "--format", "csv", "--out",
            dir.resolve("r.csv").toString()));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(Files.newBufferedReader(dir.resolve("r.csv"))).getRecords();
        assertEquals(4, rows.size());
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@");
            }
        }
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(0).get("text"));
        assertEquals("'=1+1", rows.get(0).get("reason"));
    }

    @Test
    void thePdfReportCarriesEachLineAndItsReviewer() throws IOException {
        run("decide", "--line", "hol-02", "--verdict", "reject", "--reason", "Singles out a small, mocked group");
        run("decide", "--line", "hol-04", "--verdict", "approve", "--reason", "Legal signed off the official copy");

        assertEquals(0, run("export", "--campaign", "Holiday Billboards", "--out", dir.resolve("r.pdf").toString()));

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Sign-off report: Holiday Billboards")
                .contains("To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt"
                    + " you?")
                .contains("ana: reject (rejected: the line must not run, signed by key SHA256:").contains("OVERRIDE of a high band").contains("official copy");
        }
    }

    @Test
    void anUnknownCampaignIsASentenceListingTheCampaigns() {
        assertEquals(2, run("export", "--campaign", "Nope", "--out", dir.resolve("r.pdf").toString()));

        assertThat(err.toString()).contains("There is no campaign \"Nope\" with lines; campaigns: Holiday Billboards,"
            + " Wrapped 2026.");
    }

    @Test
    void exportNeverOverwritesTheDatabaseAndTakesTheFormatFromTheExtension() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve("t.db"));

        assertEquals(2, run("export", "--campaign", "Holiday Billboards", "--out", dir.resolve("t.db").toString(),
            "--format", "csv"));
        assertThat(err.toString()).contains("is the database itself");
        assertThat(Files.readAllBytes(dir.resolve("t.db"))).isEqualTo(before);

        assertEquals(0, run("export", "--campaign", "Holiday Billboards", "--out", dir.resolve("r.csv").toString()));
        assertThat(Files.readString(dir.resolve("r.csv"))).startsWith("campaign,").doesNotContain("%PDF");
        assertEquals(2, run("export", "--campaign", "Holiday Billboards", "--out", dir.resolve("report").toString()));
        assertThat(err.toString()).contains("name the file .pdf or .csv");
    }

    /** /dev/full fails every write with "No space left on device", as a full disk does. */
    @Test
    void aFullDiskIsSaidAsOneWithItsOwnExitStatus() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux /dev/full");

        assertEquals(4, run("export", "--campaign", "Holiday Billboards", "--format", "csv", "--out", "/dev/full"));

        assertThat(err.toString()).contains("tact: the disk is full: nothing was changed.").doesNotContain("Exception");
    }
}
