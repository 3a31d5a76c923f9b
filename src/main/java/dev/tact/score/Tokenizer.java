package dev.tact.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a line into words and numbers in one pass. Punctuation is dropped but remembered:
 * whether a token opens a clause, or follows a comma. A hand-written scanner rather than a
 * regex per pattern: it is what lets the assessment run at hundreds of thousands of lines a
 * second.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 4);
        boolean clauseStart = true;
        boolean afterComma = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                tokens.add(token(text, i, end, clauseStart, afterComma));
                clauseStart = false;
                afterComma = false;
                i = end;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u00BF' || c == '\u00A1') {
                    clauseStart = true;
                }
                afterComma = c == ',' || (afterComma && Character.isWhitespace(c));
                i++;
            }
        }
        return tokens;
    }

    // A word runs over letters and digits, and over an apostrophe, hyphen, comma, period or
    // colon that sits between two of them ("who've", "k-pop", "3,445", "1.2", "2:14am"), and
    // over a no-break, narrow no-break or thin space between digit groups ("1 870", French).
    private static int wordEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isJoiner(text, i, c)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isJoiner(String text, int i, char c) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        return switch (c) {
            case '\'', '\u2019', '-' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            case ',', '.', ':' -> Character.isDigit(before) && Character.isDigit(after);
            case '\u00A0', '\u202F', '\u2009' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    private static Token token(String text, int start, int end, boolean clauseStart, boolean afterComma) {
        String raw = text.substring(start, end);
        boolean number = true;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.' && !isGroupSpace(c)) {
                number = false;
                break;
            }
        }
        String lower = number ? asciiDigits(raw) : raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return new Token(start, end, lower, number, Character.isUpperCase(raw.charAt(0)), clauseStart, afterComma);
    }

    static boolean isGroupSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    // Digits of any script ("٥٣", Arabic-Indic) read as ASCII; group spaces dropped, so a number
    // token holds only digits, ',' and '.'.
    private static String asciiDigits(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (!isGroupSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
