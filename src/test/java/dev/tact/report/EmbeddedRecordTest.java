package dev.tact.report;

import static dev.tact.report.ReportFixtures.decide;
import static dev.tact.report.ReportFixtures.exportPdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Decision;
import dev.tact.core.Verdict;
import dev.tact.store.db.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRecordTest {
    @TempDir
    Path dir;

    private Database database;
    private Path pdf;

    @BeforeEach
    void exportWithDecisionsOnTwoCampaigns() {
        database = ReportFixtures.demo(dir);
        decide(database, "hol-02", Verdict.CHANGES, "ana", "Drop the count of 53");
        decide(database, "w26-01", Verdict.APPROVE, "ana", "");
        decide(database, "hol-02", Verdict.REJECT, "sam", "Still singles out 53 people");
        pdf = exportPdf(database, "Holiday Billboards", dir.resolve("r.pdf"));
    }

    private JsonNode record(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new ObjectMapper().readTree(PdfArchive.extract(document, CampaignRecord.FILE_NAME).orElseThrow());
        }
    }

    @Test
    void theRecordIsAnAssociatedDataFileOfTheDocument() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDComplexFileSpecification spec = PdfArchive.fileSpec(document, CampaignRecord.FILE_NAME).orElseThrow();
            assertEquals("Data", spec.getCOSObject().getNameAsString("AFRelationship"));
            assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
            assertThat(document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).size())
                .isEqualTo(1);
        }
    }

    @Test
    void theRecordHoldsEveryComponentOfEachDecisionOnTheCampaignAndTheChainToTheHead() throws IOException {
        JsonNode record = record(pdf);

        assertEquals("Holiday Billboards", record.get("campaign").asText());
        assertEquals("platform-floor", record.get("policy").get("name").asText());
        assertEquals(0, record.get("policy").get("version").asInt());
        List<String> expected = Arrays.stream(Decision.class.getRecordComponents()).map(RecordComponent::getName)
            .toList();
        List<Long> ids = new ArrayList<>();
        for (JsonNode decision : record.get("decisions")) {
            List<String> names = new ArrayList<>();
            decision.fieldNames().forEachRemaining(names::add);
            assertEquals(expected, names);
            ids.add(decision.get("id").asLong());
        }
        assertEquals(List.of(1L, 3L), ids);
        assertEquals(3, record.get("chain").size());
        assertEquals(3, record.get("chainHead").get("id").asLong());
        assertEquals(record.get("chain").get(2).get("hash"), record.get("chainHead").get("hash"));
        JsonNode line = record.get("lines").get(1);
        assertEquals("hol-02", line.get("id").asText());
        assertEquals(Decision.sha256(line.get("text").asText()), line.get("textSha256").asText());
        // The registry that enrolled the signers, and the newest checkpoint (it saw all three decisions).
        assertTrue(record.get("reviewers").size() >= 1);
        assertEquals(3, record.get("checkpoint").get("decisions").asLong());
        assertEquals(record.get("chainHead").get("hash").asText(), record.get("checkpoint").get("head").asText());
    }

    @Test
    void anExportedReportVerifiesAcrossTheOtherCampaignsDecisions() {
        EmbeddedRecordVerifier.Result result = new EmbeddedRecordVerifier().verify(pdf);

        assertTrue(result.verified(), () -> result.problem().orElse(""));
        assertEquals(2, result.decisions());
    }

    @Test
    void oneCharacterChangedInADecisionsReasonIsNamed() throws IOException {
        Path tampered = rewriteRecord(pdf, dir.resolve("tampered.pdf"),
            json -> json.replace("Still singles out 53 people", "Still singles out 58 people"));

        EmbeddedRecordVerifier.Result result = new EmbeddedRecordVerifier().verify(tampered);

        assertFalse(result.verified());
        assertEquals(3, result.decisionId());
        assertThat(result.problem().orElseThrow()).startsWith("decision 3 (line hol-02, reject by sam")
            .contains("its hash does not match its contents");
    }

    @Test
    void aChainThatDoesNotHoldTheDecisionIsNamed() throws IOException {
        Path tampered = rewriteRecord(pdf, dir.resolve("relinked.pdf"), json -> {
            try {
                ObjectMapper mapper = new ObjectMapper();
                JsonNode tree = mapper.readTree(json);
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("chain").get(0)).put("hash", "f".repeat(64));
                return mapper.writeValueAsString(tree);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        EmbeddedRecordVerifier.Result result = new EmbeddedRecordVerifier().verify(tampered);

        assertEquals(1, result.decisionId());
        assertThat(result.problem().orElseThrow()).startsWith("decision 1 (line hol-02")
            .contains("it is not the decision the chain holds at number 1");
    }

    @Test
    void aFileThatIsNotAPdfOrCarriesNoRecordSaysSo() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "just some notes");
        Path bare = dir.resolve("bare.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(bare.toFile());
        }

        assertThat(new EmbeddedRecordVerifier().verify(text).problem().orElseThrow())
            .contains("notes.pdf is not a PDF that can be read");
        assertThat(new EmbeddedRecordVerifier().verify(bare).problem().orElseThrow())
            .contains("bare.pdf carries no embedded record (tact-record.json)");
        assertThat(new EmbeddedRecordVerifier().verify(dir.resolve("missing.pdf")).problem().orElseThrow())
            .contains("there is no file at");
    }

    /** Replaces the embedded record's bytes through PDFBox, so the PDF itself stays well formed. */
    static Path rewriteRecord(Path from, Path to, java.util.function.UnaryOperator<String> change) throws IOException {
        try (PDDocument document = Loader.loadPDF(from.toFile())) {
            PDComplexFileSpecification spec = PdfArchive.fileSpec(document, CampaignRecord.FILE_NAME).orElseThrow();
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            String changed = change.apply(json);
            assertThat(changed).as("the change applies").isNotEqualTo(json);
            PDEmbeddedFile file = new PDEmbeddedFile(document,
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), COSName.FLATE_DECODE);
            file.setSubtype("application/json");
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            document.save(to.toFile());
        }
        return to;
    }
}
