package dev.tact.report;

import static dev.tact.report.ReportFixtures.decide;
import static dev.tact.report.ReportFixtures.exportPdf;
import static dev.tact.report.ReportFixtures.importCopy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Verdict;
import dev.tact.store.db.Database;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The exported report is PDF/A-3b, as veraPDF (the reference validator) judges it. */
class PdfAConformanceTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theExportedReportIsPdfA3b() throws Exception {
        Database database = ReportFixtures.demo(dir);
        importCopy(database, dir, "he-1,Holiday Billboards,email,zed,לכל 53 האנשים שצפו,",
            "ar-1,Holiday Billboards,email,zed,إلى 53 شخصا شاهدوا الفيلم,");
        decide(database, "hol-02", Verdict.APPROVE, "ana", "Legal accepted the risk: “curly” quotes, café, 😀");
        decide(database, "hol-04", Verdict.REJECT, "ana", "x ".repeat(3000));

        ValidationResult result = validate(exportPdf(database, "Holiday Billboards", dir.resolve("r.pdf")));

        assertThat(result.isCompliant()).as(() -> "failed rules:\n" + failures(result)).isTrue();
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);
    }

    @Test
    void veraPdfRejectsAReportWithoutItsOutputIntent() throws Exception {
        Database database = ReportFixtures.demo(dir);
        Path pdf = exportPdf(database, "Holiday Billboards", dir.resolve("r.pdf"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            document.save(dir.resolve("no-intent.pdf").toFile());
        }

        assertThat(validate(dir.resolve("no-intent.pdf")).isCompliant()).isFalse();
    }

    private static ValidationResult validate(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
            .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
            .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                + assertion.getMessage())
            .distinct().collect(Collectors.joining("\n"));
    }
}
