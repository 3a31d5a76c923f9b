package dev.tact.report;

import java.util.function.IntPredicate;

/**
 * Arabic letters in the joined forms they take beside their neighbours (isolated, final, initial,
 * medial), written with the Presentation Forms-B code points, and lam-alef as its ligature. PDFBox
 * does not apply a font's Arabic substitutions, so without this every letter would print
 * unjoined; text extraction maps the forms back to the plain letters (Unicode compatibility).
 */
final class ArabicForms {
    private static final int FIRST = 0x0621;
    // Isolated form of each letter from U+0621, 0 for none; the final, initial and medial forms
    // follow it. A letter marked in RIGHT_JOINING joins only the letter before it.
    private static final int[] ISOLATED = {
        0xFE80, 0xFE81, 0xFE83, 0xFE85, 0xFE87, 0xFE89, 0xFE8D, 0xFE8F, 0xFE93, 0xFE95, // 0621-062A
        0xFE99, 0xFE9D, 0xFEA1, 0xFEA5, 0xFEA9, 0xFEAB, 0xFEAD, 0xFEAF, 0xFEB1, 0xFEB5, // 062B-0634
        0xFEB9, 0xFEBD, 0xFEC1, 0xFEC5, 0xFEC9, 0xFECD, 0, 0, 0, 0, 0,                  // 0635-063F
        0, 0xFED1, 0xFED5, 0xFED9, 0xFEDD, 0xFEE1, 0xFEE5, 0xFEE9, 0xFEED, 0xFEEF, 0xFEF1 // 0640-064A
    };
    private static final String RIGHT_JOINING = "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648"
        + "\u0649";
    private static final int TATWEEL = 0x0640;
    private static final int LAM = 0x0644;
    private static final String ALEFS = "\u0622\u0623\u0625\u0627";
    private static final int[] LAM_ALEF = {0xFEF5, 0xFEF7, 0xFEF9, 0xFEFB};

    private ArabicForms() {
    }

    static String shape(String text, IntPredicate canShow) {
        if (text.chars().noneMatch(c -> c >= FIRST && c <= 0x064A)) {
            return text;
        }
        char[] chars = text.toCharArray();
        StringBuilder out = new StringBuilder(chars.length);
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int previous = neighbour(chars, i, -1);
            int next = neighbour(chars, i, 1);
            boolean joinsBefore = previous >= 0 && joinsForward(chars[previous]) && joins(c);
            if (c == LAM && next >= 0 && ALEFS.indexOf(chars[next]) >= 0) {
                int ligature = LAM_ALEF[ALEFS.indexOf(chars[next])] + (joinsBefore ? 1 : 0);
                if (canShow.test(ligature)) {
                    out.append(chars, i + 1, next - i - 1).appendCodePoint(ligature);
                    i = next;
                    continue;
                }
            }
            int form = form(c, joinsBefore, joinsForward(c) && next >= 0 && joins(chars[next]));
            out.appendCodePoint(form != 0 && canShow.test(form) ? form : c);
        }
        return out.toString();
    }

    private static int form(char c, boolean joinsBefore, boolean joinsAfter) {
        int isolated = c >= FIRST && c <= 0x064A ? ISOLATED[c - FIRST] : 0;
        if (isolated == 0 || c == 0x0621) {
            return isolated;
        }
        if (joinsBefore && joinsAfter) {
            return isolated + 3;
        }
        if (joinsAfter) {
            return isolated + 2;
        }
        return joinsBefore ? isolated + 1 : isolated;
    }

    // The index of the nearest letter before (-1) or after (+1), skipping vowel marks; -1 if none.
    private static int neighbour(char[] chars, int at, int step) {
        for (int i = at + step; i >= 0 && i < chars.length; i += step) {
            if (Character.getType(chars[i]) != Character.NON_SPACING_MARK) {
                return i;
            }
        }
        return -1;
    }

    private static boolean joins(char c) {
        return c == TATWEEL || c > FIRST && c <= 0x064A && ISOLATED[c - FIRST] != 0;
    }

    private static boolean joinsForward(char c) {
        return c == TATWEEL || joins(c) && RIGHT_JOINING.indexOf(c) < 0;
    }
}
