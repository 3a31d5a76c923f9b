package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.db.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportVerifyCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void exportAReport() {
        run("t.db", "init");
        CliKeys.config(dir, dir.resolve("t.db"), "ana");
        String passphrase = CliKeys.passphraseFile(dir).toString();
        assertEquals(0, run("t.db", "decide", "--line", "hol-02", "--verdict", "reject", "--reason",
            "Singles out a small group", "--passphrase-file", passphrase));
        assertEquals(0, run("t.db", "decide", "--line", "hol-04", "--verdict", "approve", "--reason",
            "Legal signed it off", "--passphrase-file", passphrase));
        assertEquals(0, run("t.db", "export", "--campaign", "Holiday Billboards", "--out",
            dir.resolve("r.pdf").toString()));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private int run(String database, String... args) {
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"),
            ZoneOffset.UTC), new DatabaseLocation(Map.of("TACT_DB", dir.resolve(database).toString(), "TACT_CONFIG",
            dir.resolve("keys/ana").toString()), "Linux", dir), "ana");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theEmbeddedRecordVerifiesWithoutTheDatabase() {
        assertEquals(0, run("no-such.db", "verify", "--report", dir.resolve("r.pdf").toString()));

        assertThat(out.toString()).startsWith("Verified 2 decisions in the embedded record of "
            + dir.resolve("r.pdf"));
        assertThat(err.toString()).isEmpty();
        assertThat(Files.exists(dir.resolve("no-such.db"))).isFalse();
    }

    @Test
    void aChangedReasonFailsWithExitOneNamingTheDecision() throws IOException {
        try (PDDocument document = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            PDComplexFileSpecification spec = (PDComplexFileSpecification) document.getDocumentCatalog().getNames()
                .getEmbeddedFiles().getNames().get("tact-record.json");
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8)
                .replace("Legal signed it off", "Legal signed it of");
            PDEmbeddedFile file = new PDEmbeddedFile(document,
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), COSName.FLATE_DECODE);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            document.save(dir.resolve("changed.pdf").toFile());
        }

        assertEquals(1, run("no-such.db", "verify", "--report", dir.resolve("changed.pdf").toString()));

        assertThat(err.toString()).startsWith("tact: the embedded record of " + dir.resolve("changed.pdf")
            + " does not verify: decision 2 (line hol-04, approve by ana").contains("its hash does not match");
    }

    @Test
    void aFileThatIsNotAReportFailsWithASentence() throws IOException {
        Files.writeString(dir.resolve("notes.pdf"), "not a pdf");

        assertEquals(1, run("no-such.db", "verify", "--report", dir.resolve("notes.pdf").toString()));

        assertThat(err.toString()).contains("is not a PDF that can be read").doesNotContain("Exception");
    }

    @Test
    void theCsvReportNamesTheBoundStatAndTheFloor() throws IOException {
        assertEquals(0, run("t.db", "export", "--campaign", "Holiday Billboards", "--out",
            dir.resolve("r.csv").toString()));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(Files.newBufferedReader(dir.resolve("r.csv"))).getRecords();
        CSVRecord hol02 = rows.stream().filter(row -> row.get("line_id").equals("hol-02")).findFirst().orElseThrow();
        assertThat(hol02.get("bound_stat")).startsWith("acp-daily-18d: ");
        assertEquals("500 people (national social)", hol02.get("floor"));
        assertEquals("1", hol02.get("decisions"));
    }
}
