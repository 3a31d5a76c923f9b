package dev.tact.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up many multi-word phrases at once: phrases are indexed by their first word, so each
 * token costs one hash lookup, and the longest phrase starting there wins.
 */
final class PhraseIndex {

    /** A phrase of a lexicon group, split into words. */
    record Entry(String[] words, String group, double weight, String category) {
    }

    /** A phrase found at a token: its entries (one phrase can sit in several groups) and length. */
    record Match(List<Entry> entries, int length) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    void add(String phrase, String group, double weight, String category) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        String[] words = tokens.stream().map(Token::lower).toArray(String[]::new);
        if (words.length > 0) {
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                .add(new Entry(words, group, weight, category));
        }
    }

    /** The longest phrase starting at token {@code at}, with every group it belongs to; null if none. */
    Match longestAt(List<Token> tokens, int at) {
        List<Entry> candidates = byFirstWord.get(tokens.get(at).lower());
        if (candidates == null) {
            return null;
        }
        int best = 0;
        List<Entry> found = null;
        for (Entry entry : candidates) {
            int length = entry.words().length;
            if (length < best || !matches(tokens, at, entry.words())) {
                continue;
            }
            if (length > best) {
                best = length;
                found = new ArrayList<>(2);
            }
            found.add(entry);
        }
        return found == null ? null : new Match(found, best);
    }

    private static boolean matches(List<Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
