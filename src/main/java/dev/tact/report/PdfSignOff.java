package dev.tact.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The sign-off report as a PDF a legal team can file: A4 pages, DejaVu Sans embedded so curly
 * quotes and accents print as written; a character the font lacks (an emoji) prints as '?'
 * rather than failing the report.
 */
public final class PdfSignOff {
    private static final float MARGIN = 50;
    private static final float BODY = 9.5f;
    private static final float LEADING = 13;
    private static final float[] OVERRIDE_RED = {0.72f, 0.11f, 0.11f};

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;
    private int pages;

    private PdfSignOff(PDDocument document) throws IOException {
        this.document = document;
        this.regular = font(document, "/report/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/report/fonts/DejaVuSans-Bold.ttf");
    }

    public static void write(SignOffSheet sheet, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfSignOff pdf = new PdfSignOff(document);
            pdf.info(sheet);
            pdf.newPage(sheet);
            pdf.header(sheet);
            for (SignOffRow row : sheet.rows()) {
                pdf.line(row, sheet);
            }
            pdf.page.close();
            document.save(file.toFile());
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfSignOff.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private void info(SignOffSheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Sign-off report: " + sheet.campaign());
        info.setAuthor(sheet.generatedBy());
        info.setCreator("Tact");
    }

    private void header(SignOffSheet sheet) throws IOException {
        text(bold, 16, "Sign-off report: " + sheet.campaign(), MARGIN);
        y -= 8;
        for (String fact : List.of("Generated " + sheet.generatedAt() + " by " + sheet.generatedBy(),
            "Decisions: " + sheet.decisionRange(), "Policy: " + sheet.policy(), "Thresholds: " + sheet.thresholds(),
            "Chain head: " + sheet.chainHead(), sheet.rows().size() + (sheet.rows().size() == 1 ? " line" : " lines"))) {
            text(regular, BODY, fact, MARGIN);
        }
        y -= LEADING;
    }

    private void line(SignOffRow row, SignOffSheet sheet) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> copy = wrap(regular, 10.5f, "\u201C" + row.text() + "\u201D", width - 12);
        ensureRoom((copy.size() + 5) * LEADING, sheet);
        String about = "version " + row.version() + (row.channel().isEmpty() ? "" : ", " + row.channel())
            + (row.author().isEmpty() ? "" : ", by " + row.author());
        text(bold, 10.5f, row.lineId() + "  (" + about + ")   " + row.status() + "   score " + row.score() + " "
            + row.band(), MARGIN);
        for (String part : copy) {
            text(regular, 10.5f, part, MARGIN + 12);
        }
        text(regular, BODY, "Cohort " + (row.cohortSize().isEmpty() ? "none stated" : row.cohortSize()) + "; "
            + row.factors(), MARGIN + 12);
        String decision = row.verdict().isEmpty() ? "Not decided yet."
            : "Decision: " + row.verdict() + " by " + row.reviewer() + " at " + row.decidedAt()
            + (row.reason().isEmpty() ? "" : ". Reason: " + row.reason());
        if (row.override()) {
            page.setNonStrokingColor(OVERRIDE_RED[0], OVERRIDE_RED[1], OVERRIDE_RED[2]);
            decision = "OVERRIDE of a high band. " + decision;
        }
        for (String part : wrap(regular, BODY, decision, width - 12)) {
            text(regular, BODY, part, MARGIN + 12);
        }
        page.setNonStrokingColor(0f, 0f, 0f);
        if (!row.stale().isEmpty()) {
            text(regular, BODY, "Approval no longer stands: " + row.stale(), MARGIN + 12);
        }
        y -= LEADING / 2;
    }

    private void ensureRoom(float needed, SignOffSheet sheet) throws IOException {
        if (y - needed < MARGIN) {
            page.close();
            newPage(sheet);
        }
    }

    private void newPage(SignOffSheet sheet) throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        float top = PDRectangle.A4.getHeight();
        y = top - MARGIN;
        page.beginText();
        page.setFont(regular, 8);
        page.newLineAtOffset(MARGIN, MARGIN / 2);
        showWithoutLigatures(printable(regular, "Tact sign-off report · " + sheet.campaign() + " · page " + pages
            + " · chain head " + sheet.chainHead().substring(0, 16) + "…"));
        page.endText();
    }

    private void text(PDFont font, float size, String text, float x) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        showWithoutLigatures(printable(font, text));
        page.endText();
        y -= LEADING;
    }

    // PDFBox applies the font's ligatures (ff, fi, fl) within one text-showing operator, and a
    // PDF reader then extracts "oﬃcial" instead of "official". Ending each operator after an 'f'
    // keeps the glyphs apart; the text position simply carries on.
    private void showWithoutLigatures(String text) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == 'f' || text.charAt(i) == 'F') {
                page.showText(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            page.showText(text.substring(start));
        }
    }

    private List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    // Control characters and characters the font has no glyph for become '?'.
    private String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean ok = codePoint >= 0x20 && known.computeIfAbsent(codePoint, cp -> canShow(font, cp));
            out.append(ok ? new String(Character.toChars(codePoint)) : "?");
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
