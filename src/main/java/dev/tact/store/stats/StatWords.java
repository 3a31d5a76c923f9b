package dev.tact.store.stats;

import dev.tact.core.WordCharacters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content words stat matching compares: runs of letters, digits and apostrophes, lower-cased,
 * kept without their apostrophes when longer than two characters, not all digits and not a stopword.
 * Written as a loop rather than {@code split("[^\\p{L}\\p{N}']+")} and {@code replaceAll}: the
 * regular expressions were most of the time of scoring against a large stats table
 * (src/site/decisions/0011-where-the-time-goes.md). {@code StatWordsTest} checks the two agree.
 */
final class StatWords {
    static final Set<String> STOPWORDS = Set.of("the", "a", "an", "to", "of", "in", "on", "and", "or",
        "who", "you", "your", "we", "our", "for", "at", "this", "that", "with", "people", "members", "listeners",
        "fans", "users", "is", "are", "was", "were", "it", "its", "their", "them", "they", "dear", "hey");

    private StatWords() {
    }

    /** The content words of a text, in order of first appearance. */
    static Set<String> in(String text) {
        Set<String> terms = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            boolean inWord = WordCharacters.letterOrNumber(point) || point == '\'';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                add(terms, text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(point);
        }
        if (start >= 0) {
            add(terms, text.substring(start));
        }
        return terms;
    }

    /** The content words among words already split. */
    static Set<String> among(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words) {
            add(terms, word);
        }
        return terms;
    }

    private static void add(Set<String> terms, String word) {
        String ascii = asciiLettersAndNumbers(word);
        String clean = ascii != null ? ascii : lettersAndNumbers(word.toLowerCase(Locale.ROOT));
        if (clean.length() > 2 && !STOPWORDS.contains(clean) && !allDigits(clean)) {
            terms.add(clean);
        }
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // For a word of ASCII characters only, what lettersAndNumbers(word.toLowerCase(Locale.ROOT)) gives
    // (in ASCII the letters and numbers are [A-Za-z0-9], and lower-casing maps A-Z to a-z), without
    // their two copies: the word itself when nothing changes. Null for any other word.
    private static String asciiLettersAndNumbers(String word) {
        boolean unchanged = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            unchanged &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (unchanged) {
            return word;
        }
        StringBuilder kept = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (WordCharacters.letterOrNumber(c)) {
                kept.append(Character.toLowerCase(c));
            }
        }
        return kept.toString();
    }

    private static String lettersAndNumbers(String word) {
        StringBuilder kept = null;
        for (int i = 0; i < word.length(); ) {
            int point = word.codePointAt(i);
            int width = Character.charCount(point);
            if (!WordCharacters.letterOrNumber(point) && kept == null) {
                kept = new StringBuilder(word.length()).append(word, 0, i);
            } else if (WordCharacters.letterOrNumber(point) && kept != null) {
                kept.appendCodePoint(point);
            }
            i += width;
        }
        return kept == null ? word : kept.toString();
    }
}
