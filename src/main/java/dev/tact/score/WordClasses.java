package dev.tact.score;

import dev.tact.core.LanguagePack;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word classes of a pack as phrase indexes and sets, looked up once per token of a line. */
final class WordClasses {
    private final LanguagePack pack;
    private final java.util.Map<String, PhraseIndex> indexes = new java.util.HashMap<>();
    private final java.util.Map<String, Set<String>> sets = new java.util.HashMap<>();
    // Each class gets a bit; a word maps to the classes in which some phrase starts with it, so a
    // line looks each token up once instead of once per class and rule.
    private final java.util.Map<String, Integer> bits = new java.util.HashMap<>();
    private final java.util.Map<String, Long> firstWords = new java.util.HashMap<>();

    WordClasses(LanguagePack pack) {
        this.pack = pack;
        pack.words().forEach((name, list) -> {
            PhraseIndex index = new PhraseIndex();
            list.forEach(phrase -> index.add(phrase, name, 1, ""));
            indexes.put(name, index);
            sets.put(name, new HashSet<>(list));
            if (bits.size() < Long.SIZE) {
                long bit = 1L << bits.size();
                bits.put(name, bits.size());
                list.forEach(phrase -> Tokenizer.tokenize(phrase).stream().findFirst()
                    .ifPresent(first -> firstWords.merge(first.lower(), bit, (a, b) -> a | b)));
            }
        });
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
    int match(String wordClass, Shapes.Line line, int i) {
        Integer bit = bits.get(wordClass);
        if (bit != null && (line.classes()[i] & (1L << bit)) == 0) {
            return 0;
        }
        PhraseIndex index = indexes.get(wordClass);
        PhraseIndex.Match found = index == null ? null : index.longestAt(line.tokens(), i);
        return found == null ? 0 : found.length();
    }

    /** Whether a word is a verb of what someone did: a listed verb, or a past-tense ending ("-ed", "-ó"). */
    boolean isVerb(String word) {
        if (has("subjectVerbs", word)) {
            return true;
        }
        for (String suffix : list("pastSuffixes")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix) && !has("function", word)) {
                return true;
            }
        }
        return false;
    }

    boolean has(String wordClass, String word) {
        Set<String> set = sets.get(wordClass);
        return set != null && set.contains(word);
    }

    List<String> list(String wordClass) {
        return pack.words(wordClass);
    }
}
