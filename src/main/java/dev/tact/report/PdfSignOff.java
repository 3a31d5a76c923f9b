package dev.tact.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The sign-off report as a PDF/A-3b a legal team can file: every line with its bound stat, its
 * channel's floor and its whole decision history on the pages, and the campaign's record embedded
 * as {@code tact-record.json} so the decisions can be re-checked from the file alone
 * ({@link EmbeddedRecordVerifier}).
 */
public final class PdfSignOff {
    private static final float BODY = 9.5f;
    private static final float COPY = 10.5f;
    private static final float INDENT = 12;
    private static final float[] OVERRIDE_RED = {0.72f, 0.11f, 0.11f};

    private final PdfPages pages;

    private PdfSignOff(PdfPages pages) {
        this.pages = pages;
    }

    public static void write(SignOffSheet sheet, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ZonedDateTime made = Instant.parse(sheet.generatedAt()).atZone(ZoneOffset.UTC);
            PdfArchive.declare(document, new PdfArchive.Facts("Sign-off report: " + sheet.campaign(),
                sheet.generatedBy(), made));
            PdfArchive.attach(document, CampaignRecord.FILE_NAME, "application/json",
                "The campaign's decisions and their hash chain, for tact verify --report",
                RecordJson.write(sheet.record()), made);
            try (PdfPages pages = new PdfPages(document, "Tact sign-off report · " + sheet.campaign()
                + " · chain head " + shortHash(sheet.chainHead()))) {
                PdfSignOff pdf = new PdfSignOff(pages);
                pdf.header(sheet);
                for (SignOffRow row : sheet.rows()) {
                    pdf.line(row);
                }
            }
            document.save(file.toFile());
        }
    }

    private void header(SignOffSheet sheet) throws IOException {
        pages.paragraph(pages.bold(), 16, "Sign-off report: " + sheet.campaign(), 0);
        pages.gap(8);
        int decisions = sheet.rows().stream().mapToInt(row -> row.history().size()).sum();
        for (String fact : List.of("Generated " + SignOffSheets.printedTime(sheet.generatedAt()) + " by "
                + sheet.generatedBy(), "Decisions: " + decisions + ", " + sheet.decisionRange(),
            "Policy: " + sheet.policy(), "Thresholds: " + sheet.thresholds(), "Chain head: " + sheet.chainHead())) {
            pages.paragraph(pages.regular(), BODY, fact, 0);
        }
        pages.paragraph(pages.bold(), BODY, sheet.rows().size() + (sheet.rows().size() == 1 ? " line: " : " lines: ")
            + String.join(" · ", sheet.statusCounts()), 0);
        pages.paragraph(pages.regular(), BODY, "The decisions and their hash chain are embedded in this file as "
            + CampaignRecord.FILE_NAME + "; tact verify --report checks them without the database.", 0);
        pages.gap(PdfPages.LEADING);
    }

    private void line(SignOffRow row) throws IOException {
        pages.keepTogether(4);
        String about = "version " + row.version() + (row.channel().isEmpty() ? "" : ", " + row.channel())
            + (row.author().isEmpty() ? "" : ", by " + row.author());
        pages.paragraph(pages.bold(), COPY, row.lineId() + "  (" + about + ")   " + row.status() + "   score "
            + row.score() + " " + row.band(), 0);
        pages.paragraph(pages.regular(), COPY, "\u201C" + row.text() + "\u201D", INDENT);
        pages.paragraph(pages.regular(), BODY, "Bound stat: " + row.boundStat(), INDENT);
        pages.paragraph(pages.regular(), BODY, "Floor: " + row.floor() + "; " + row.factors(), INDENT);
        if (row.history().isEmpty()) {
            pages.paragraph(pages.regular(), BODY, "Not decided yet.", INDENT);
        }
        for (SignOffDecision decision : row.history()) {
            decision(decision);
        }
        if (!row.stale().isEmpty()) {
            pages.paragraph(pages.regular(), BODY, "Approval no longer stands: " + row.stale(), INDENT);
        }
        for (String disclosure : row.disclosures()) {
            pages.paragraph(pages.regular(), BODY, "Differencing: " + disclosure, INDENT, OVERRIDE_RED);
        }
        pages.gap(PdfPages.LEADING / 2);
    }

    private void decision(SignOffDecision decision) throws IOException {
        String text = "Decision " + decision.id() + " on version " + decision.version() + ", " + decision.decidedAt()
            + ", " + decision.reviewer() + ": " + decision.verdict() + " (" + decision.meaning() + ")"
            + (decision.reason().isEmpty() ? "." : ". Reason: " + decision.reason());
        if (decision.override()) {
            pages.paragraph(pages.regular(), BODY, "OVERRIDE of a high band. " + text, INDENT, OVERRIDE_RED);
        } else {
            pages.paragraph(pages.regular(), BODY, text, INDENT);
        }
    }

    // A head written past the app can be any text (verify names it); the report still prints.
    private static String shortHash(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "…" : hash;
    }
}
