package dev.tact.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Flowing text onto A4 pages: paragraphs wrap at the margin and carry on onto a new page, a word
 * too long for a line is broken, and each line is drawn in visual order ({@link VisualOrder}),
 * right-to-left paragraphs from the right margin. DejaVu Sans is embedded; a character it has no
 * glyph for prints as '?' rather than failing the report.
 */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 50;
    static final float LEADING = 13;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;
    private int pages;

    PdfPages(PDDocument document, String footer) throws IOException {
        this.document = document;
        this.regular = font(document, "/report/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/report/fonts/DejaVuSans-Bold.ttf");
        this.footer = footer;
        newPage();
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Starts a new page unless {@code lines} more lines fit on this one. */
    void keepTogether(int lines) throws IOException {
        if (y - lines * LEADING < MARGIN) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** One paragraph, wrapped to the width left after {@code indent}, in the given colour (RGB, 0–1). */
    void paragraph(PDFont font, float size, String text, float indent, float... rgb) throws IOException {
        boolean rightToLeft = VisualOrder.rightToLeft(text);
        for (String line : wrap(font, size, printable(font, text), WIDTH - indent)) {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            String visual = VisualOrder.of(line, codePoint -> known(font, codePoint));
            float x = rightToLeft ? MARGIN + WIDTH - width(font, size, visual) : MARGIN + indent;
            if (rgb.length == 3) {
                page.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            }
            draw(font, size, visual, x, y);
            if (rgb.length == 3) {
                page.setNonStrokingColor(0f, 0f, 0f);
            }
            y -= LEADING;
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        draw(regular, 8, printable(regular, footer + " · page " + pages), MARGIN, MARGIN / 2);
    }

    private void draw(PDFont font, float size, String text, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        showWithoutLigatures(text);
        page.endText();
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
        for (String word : text.split(" ")) {
            for (String piece : pieces(font, size, word, width)) {
                String candidate = current.length() == 0 ? piece : current + " " + piece;
                if (current.length() > 0 && width(font, size, candidate) > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(piece);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
        }
        lines.add(current.toString());
        return lines;
    }

    // A word wider than the line (a URL, a hash) is cut where the line ends, by code point.
    private List<String> pieces(PDFont font, float size, String word, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (width(font, size, word.substring(start)) > width) {
            int end = word.offsetByCodePoints(start, 1);
            while (end < word.length() && width(font, size, word.substring(start, word.offsetByCodePoints(end, 1)))
                <= width) {
                end = word.offsetByCodePoints(end, 1);
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private float width(PDFont font, float size, String text) throws IOException {
        String shaped = ArabicForms.shape(text, codePoint -> known(font, codePoint));
        return font.getStringWidth(shaped) / 1000 * size;
    }

    // Control characters and characters the font has no glyph for become '?'.
    private String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean ok = codePoint >= 0x20 && known(font, codePoint);
            out.append(ok ? new String(Character.toChars(codePoint)) : "?");
        });
        return out.toString();
    }

    private boolean known(PDFont font, int codePoint) {
        return printable.computeIfAbsent(font, f -> new HashMap<>())
            .computeIfAbsent(codePoint, cp -> canShow(font, cp));
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        page.close();
    }
}
