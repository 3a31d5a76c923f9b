package dev.tact.core;

/**
 * Which characters make up words when stat descriptions and copy are split into words by a loop
 * rather than a regular expression (the loops were written to replace {@code split("[^\\p{L}\\p{N}']+")}
 * and are tested against it).
 */
public final class WordCharacters {
    private WordCharacters() {
    }

    /**
     * Whether a code point is what {@code \p{L}} or {@code \p{N}} match in {@code java.util.regex}: a
     * letter or a number of any Unicode general category L* or N*.
     *
     * @param point a Unicode code point (a lone surrogate is neither)
     */
    public static boolean letterOrNumber(int point) {
        // ASCII first, where the letters and numbers are [A-Za-z0-9]: most characters of copy and of
        // stat descriptions are, and a range test is cheaper than looking up the Unicode category.
        if (point < 0x80) {
            return point >= 'a' && point <= 'z' || point >= 'A' && point <= 'Z' || point >= '0' && point <= '9';
        }
        return switch (Character.getType(point)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
