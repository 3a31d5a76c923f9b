package dev.tact.score;

import dev.tact.core.LanguagePack;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word classes of a pack as phrase indexes and sets, looked up once per token of a line. */
final class WordClasses {
    private static final WordClass[] CLASSES = WordClass.values();

    // By WordClass ordinal: the class's phrases, its words, its bit (below), or -1 when it has none.
    private final PhraseIndex[] indexes = new PhraseIndex[CLASSES.length];
    private final Set<String>[] sets;
    private final List<String>[] lists;
    private final int[] bits = new int[CLASSES.length];
    // Each class of the pack (the first 64) gets a bit; a word maps to the classes in which some
    // phrase starts with it, so a line looks each token up once instead of once per class and rule.
    private final java.util.Map<String, Long> firstWords = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    WordClasses(LanguagePack pack) {
        this.sets = new Set[CLASSES.length];
        this.lists = new List[CLASSES.length];
        java.util.Map<String, Integer> bitOf = new java.util.HashMap<>();
        // In name order, so that which classes get one of the 64 bits does not change from run to run.
        new java.util.TreeMap<>(pack.words()).forEach((name, list) -> {
            if (bitOf.size() < Long.SIZE) {
                long bit = 1L << bitOf.size();
                bitOf.put(name, bitOf.size());
                list.forEach(phrase -> Tokenizer.tokenize(phrase).stream().findFirst()
                    .ifPresent(first -> firstWords.merge(first.lower(), bit, (a, b) -> a | b)));
            }
        });
        for (WordClass wordClass : CLASSES) {
            List<String> list = pack.words(wordClass.key());
            PhraseIndex index = new PhraseIndex();
            list.forEach(phrase -> index.add(phrase, wordClass.key(), 1, ""));
            indexes[wordClass.ordinal()] = index;
            sets[wordClass.ordinal()] = new HashSet<>(list);
            lists[wordClass.ordinal()] = list;
            bits[wordClass.ordinal()] = bitOf.getOrDefault(wordClass.key(), -1);
        }
    }

    /** For each token, the bits of the classes that have a phrase starting with it. */
    long[] classesOf(List<Token> tokens) {
        long[] classes = new long[tokens.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = firstWords.getOrDefault(tokens.get(i).lower(), 0L);
        }
        return classes;
    }

    /** Tokens matched by the longest phrase of the class at token i of the line; 0 when none. */
    int match(WordClass wordClass, Shapes.Line line, int i) {
        int bit = bits[wordClass.ordinal()];
        if (bit >= 0 && (line.classes()[i] & (1L << bit)) == 0) {
            return 0;
        }
        PhraseIndex.Match found = indexes[wordClass.ordinal()].longestAt(line.tokens(), i);
        return found == null ? 0 : found.length();
    }

    /** Whether a word is a verb of what someone did: a listed verb, or a past-tense ending ("-ed", "-ó"). */
    boolean isVerb(String word) {
        if (has(WordClass.SUBJECT_VERBS, word)) {
            return true;
        }
        for (String suffix : list(WordClass.PAST_SUFFIXES)) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix) && !has(WordClass.FUNCTION, word)) {
                return true;
            }
        }
        return false;
    }

    boolean has(WordClass wordClass, String word) {
        return sets[wordClass.ordinal()].contains(word);
    }

    List<String> list(WordClass wordClass) {
        return lists[wordClass.ordinal()];
    }
}
