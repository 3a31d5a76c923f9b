package dev.tact.store.stats;

import dev.tact.core.Stat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stat as a batch run keeps it between lines: its fields and the content words matching compares
 * ({@link StatWords}), worked out once. Compact, because a run keeps hundreds of thousands of them:
 * arrays instead of a map and sets, and the strings stats repeat (period, source, dimension names and
 * values, words) held once through a {@link Strings} pool; the words of its description worked out
 * only when a line first needs them. About 400 bytes for a stat of the
 * benchmark's shape, against about 2 KB for the {@link Stat} with its word sets.
 */
final class StatCandidate {
    private static final long NO_BASE = -1;

    private final String id;
    private final String description;
    private final long cohortSize;
    private final long baseSize;
    private final String period;
    private final String source;
    private final String[] dimensionNames;
    private final String[] dimensionValues;
    private final String[][] counted;
    private final Strings strings;
    // Worked out on first use: a line asks for them only when what the stat counts is shared,
    // which few candidates of a size are. Two threads may both work them out; the results are equal.
    private volatile String[] words;

    private StatCandidate(Stat stat, Strings strings) {
        this.id = stat.id();
        this.description = stat.description();
        this.cohortSize = stat.cohortSize();
        this.baseSize = stat.baseSize().orElse(NO_BASE);
        this.period = strings.one(stat.period());
        this.source = strings.one(stat.source());
        Map<String, String> dimensions = stat.dimensions();
        this.dimensionNames = strings.all(dimensions.keySet());
        this.dimensionValues = strings.all(dimensions.values());
        this.strings = strings;
        // What the stat counts: its title; every dimension of a stat without one.
        String title = dimensions.get("title");
        List<String> countedValues = title != null ? List.of(title) : List.copyOf(dimensions.values());
        this.counted = new String[countedValues.size()][];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = strings.wordsOf(countedValues.get(i)).toArray(String[]::new);
        }
    }

    static StatCandidate of(Stat stat, Strings strings) {
        return new StatCandidate(stat, strings);
    }

    String id() {
        return id;
    }

    /** A new {@link Stat} equal to the one this was made from. */
    Stat stat() {
        Map<String, String> dimensions = new TreeMap<>();
        for (int i = 0; i < dimensionNames.length; i++) {
            dimensions.put(dimensionNames[i], dimensionValues[i]);
        }
        return new Stat(id, description, cohortSize, baseSize == NO_BASE ? OptionalLong.empty()
            : OptionalLong.of(baseSize), period, source, dimensions);
    }

    /** How many of this stat's content words are wanted. */
    int shared(Set<String> wanted) {
        int shared = 0;
        for (String word : words()) {
            shared += wanted.contains(word) ? 1 : 0;
        }
        return shared;
    }

    // The words of "description value value…" are those of each part: a space never joins two
    // words. A value's words are worked out once for all the stats that share it.
    private String[] words() {
        String[] known = words;
        if (known == null) {
            Set<String> all = StatWords.in(description);
            for (String value : dimensionValues) {
                all.addAll(strings.wordsOf(value));
            }
            known = strings.all(all);
            words = known;
        }
        return known;
    }

    /** Whether what the stat counts shares a word with the wanted ones (each part that has words). */
    boolean countedIsShared(Set<String> wanted) {
        if (counted.length == 0) {
            return false;
        }
        for (String[] part : counted) {
            if (part.length > 0 && !anyIn(part, wanted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIn(String[] part, Set<String> wanted) {
        for (String word : part) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Equal strings made one, for what many stats repeat. Bounded: past {@link #MAX} distinct strings
     * it starts afresh (sharing is only a saving, never needed for correctness). Safe from several
     * threads.
     */
    static final class Strings {
        private static final int MAX = 1 << 16;
        private final Map<String, String> pool = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Set<String>> words = new java.util.concurrent.ConcurrentHashMap<>();

        /** The content words of a dimension value, shared (do not change the set). */
        Set<String> wordsOf(String value) {
            Set<String> known = words.get(value);
            if (known != null) {
                return known;
            }
            if (words.size() > MAX) {
                words.clear();
            }
            Set<String> found = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
                java.util.Arrays.asList(all(StatWords.in(value)))));
            words.put(one(value), found);
            return found;
        }

        String one(String text) {
            String known = pool.putIfAbsent(text, text);
            if (known != null) {
                return known;
            }
            if (pool.size() > MAX) {
                pool.clear();
            }
            return text;
        }

        String[] all(java.util.Collection<String> texts) {
            String[] shared = new String[texts.size()];
            int i = 0;
            for (String text : texts) {
                shared[i++] = one(text);
            }
            return shared;
        }
    }
}
