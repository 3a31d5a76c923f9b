package dev.tact.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up many multi-word phrases at once: a trie of words, so the longest phrase starting at a
 * token costs one hash lookup per word of it, however many phrases share its first word.
 *
 * <p>Why a trie: the first version kept, per first word, the list of every phrase starting with it
 * and compared each phrase word by word; on the bundled lexicons the main index's lookup was about
 * a tenth of the CPU of {@code tact score} (src/site/decisions/0013-the-jit-by-command.md), most of it
 * walking the long lists of common first words. {@code PhraseIndexTest} holds the two equal.
 */
final class PhraseIndex {

    /** A phrase of a lexicon group, split into words. */
    record Entry(String[] words, String group, double weight, String category) {
    }

    /**
     * A phrase found at a token: its entries (one phrase can sit in several groups, in the order
     * they were added; unmodifiable) and its length in tokens, at least 1.
     */
    record Match(List<Entry> entries, int length) {
    }

    /** The phrases that continue with a word, and those that end here. */
    private static final class Node {
        private Map<String, Node> next;
        private List<Entry> ending;
    }

    private final Map<String, Node> roots = new HashMap<>();

    void add(String phrase, String group, double weight, String category) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).lower();
        }
        if (words.length == 0) {
            return;
        }
        Node node = roots.computeIfAbsent(words[0], w -> new Node());
        for (int k = 1; k < words.length; k++) {
            if (node.next == null) {
                node.next = new HashMap<>();
            }
            node = node.next.computeIfAbsent(words[k], w -> new Node());
        }
        List<Entry> ending = node.ending == null ? new ArrayList<>(1) : new ArrayList<>(node.ending);
        ending.add(new Entry(words, group, weight, category));
        node.ending = List.copyOf(ending);
    }

    /** The longest phrase starting at token {@code at}, with every group it belongs to; null if none. */
    Match longestAt(List<Token> tokens, int at) {
        Node node = roots.get(tokens.get(at).lower());
        List<Entry> longest = null;
        int length = 0;
        for (int k = at; node != null; ) {
            if (node.ending != null) {
                longest = node.ending;
                length = k - at + 1;
            }
            k++;
            node = node.next == null || k >= tokens.size() ? null : node.next.get(tokens.get(k).lower());
        }
        return longest == null ? null : new Match(longest, length);
    }
}
