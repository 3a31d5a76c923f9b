package dev.tact.report;

import java.text.Bidi;
import java.util.function.IntPredicate;

/**
 * Puts one printed line of text into the order its glyphs are drawn, left to right: right-to-left
 * runs (Hebrew, Arabic) are reversed by the Unicode bidirectional algorithm ({@link Bidi}) and
 * Arabic letters take their joined forms. A PDF holds glyphs where they are drawn, so a line
 * drawn in the order it is stored would read backwards.
 */
final class VisualOrder {

    private VisualOrder() {
    }

    /** Whether a paragraph reads right to left: its first strong character is Hebrew or Arabic. */
    static boolean rightToLeft(String text) {
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * @param line   one line, in logical (reading) order, already broken to fit
     * @param canShow whether the font has a glyph for a code point; a joined Arabic form it lacks
     *               stays the plain letter
     */
    static String of(String line, IntPredicate canShow) {
        String shaped = ArabicForms.shape(line, canShow);
        if (!Bidi.requiresBidi(shaped.toCharArray(), 0, shaped.length())) {
            return shaped;
        }
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int run = 0; run < runs; run++) {
            levels[run] = (byte) bidi.getRunLevel(run);
            String text = shaped.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            texts[run] = levels[run] % 2 == 1 ? mirroredReverse(text) : text;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    // Reversed by code point (a letter outside the BMP stays whole), brackets mirrored, and a mark
    // kept after the letter it belongs to.
    private static String mirroredReverse(String text) {
        int[] points = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        int i = points.length - 1;
        while (i >= 0) {
            int end = i;
            while (i > 0 && Character.getType(points[i]) == Character.NON_SPACING_MARK) {
                i--;
            }
            for (int k = i; k <= end; k++) {
                out.appendCodePoint(k == i ? mirror(points[k]) : points[k]);
            }
            i--;
        }
        return out.toString();
    }

    private static int mirror(int codePoint) {
        return switch (codePoint) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00AB' -> '\u00BB';
            case '\u00BB' -> '\u00AB';
            default -> codePoint;
        };
    }
}
