package dev.tact.store.stats;

import dev.tact.core.Stat;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private StatCandidate(String id, String description, long cohortSize, long baseSize, String period,
                          String source, Map<String, String> dimensions, Strings strings) {
        this.id = id;
        this.description = description;
        this.cohortSize = cohortSize;
        this.baseSize = baseSize;
        this.period = strings.one(period == null ? "" : period);
        this.source = strings.one(source == null ? "" : source);
        // In name order, as the Stat's sorted map holds them.
        String[] names = dimensions.keySet().toArray(String[]::new);
        java.util.Arrays.sort(names);
        this.dimensionNames = new String[names.length];
        this.dimensionValues = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            dimensionNames[i] = strings.one(names[i]);
            dimensionValues[i] = strings.one(dimensions.get(names[i]));
        }
        this.strings = strings;
        // What the stat counts: its title; every dimension of a stat without one.
        String title = dimensions.get("title");
        if (title != null) {
            this.counted = new String[][] {strings.wordsOf(title).toArray(String[]::new)};
        } else {
            this.counted = new String[dimensionValues.length][];
            for (int i = 0; i < counted.length; i++) {
                counted[i] = strings.wordsOf(dimensionValues[i]).toArray(String[]::new);
            }
        }
    }

    /**
     * The candidate of a row with {@link StatMapper#COLUMNS} from the first column, read straight into
     * its arrays: no {@link Stat} (with its sorted map) is made for a row until a line ranks it, since most
     * rows of a size fail the title test. The Stat's checks (no blank id or description, a base of at least
     * the cohort, no empty dimension value) are made then, by {@link #stat()}, which throws
     * {@link IllegalArgumentException} for a row breaking them (the schema's constraints keep Tact's rows
     * within them).
     *
     * @throws SQLException when a column cannot be read or the dims are not a JSON object of strings
     */
    static StatCandidate of(ResultSet row, int first, Strings strings) throws SQLException {
        long base = row.getLong(first + 3);
        long baseSize = row.wasNull() ? NO_BASE : base;
        return new StatCandidate(row.getString(first), row.getString(first + 1), row.getLong(first + 2), baseSize,
            row.getString(first + 4), row.getString(first + 5), StatMapper.dims(row.getString(first + 6)), strings);
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
            // A plain read first: putIfAbsent locks the key's bin even when the key is there.
            String known = pool.get(text);
            if (known != null) {
                return known;
            }
            known = pool.putIfAbsent(text, text);
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
