package dev.tact.score;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import dev.tact.core.Stat;
import dev.tact.core.WordCharacters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of a stat's dimensions a piece of copy states. A stat speaks of the people its dimensions
 * narrow it to ("watched The Office every day in Dublin"): a line is only about that stat when it
 * states every one of them, and a qualifier in a rewrite ("every day", "in Brooklyn") is only true
 * when a dimension of the stat the rewrite cites states it.
 */
final class StatedDimensions {
    // A stat dimension names the kinds of span that state it in the copy ("at 3am" is a time that a
    // frequency dimension can hold).
    static final Map<String, List<SpanKind>> DIMENSION_SPANS = Map.of(
        "frequency", List.of(SpanKind.FREQUENCY, SpanKind.TIME), "window", List.of(SpanKind.DURATION, SpanKind.TIME),
        "day", List.of(SpanKind.TIME), "place", List.of(SpanKind.PLACE), "title", List.of(SpanKind.NAMED_ITEM));

    /** The kinds of span that narrow the cohort a line speaks of, and that only a dimension can back. */
    static final Set<SpanKind> QUALIFIERS = Set.of(SpanKind.FREQUENCY, SpanKind.DURATION, SpanKind.TIME,
        SpanKind.PLACE, SpanKind.NAMED_ITEM);


    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "for", "to",
        "during", "by", "from");

    private StatedDimensions() {
    }

    /**
     * Whether a line speaks of the stat's cohort: it names what the stat counts (its title; every
     * dimension for a stat without one), states most of its dimensions (each content word of a
     * value among the line's words, a plural "s" aside), and none of its qualifiers contradicts a
     * dimension of the same kind ("every day" against "more than 5 times"). A line may be vaguer
     * than its stat, never about something else: an equal number and a shared "Sunday" bind nothing.
     */
    static boolean describes(List<String> lineWords, List<Span> spans, Stat stat) {
        return describes(lineStems(lineWords), spans, stat);
    }

    /**
     * The stems {@link #describes} compares a stat's dimensions with, in no particular order: work them
     * out once a line.
     */
    static Set<String> lineStems(List<String> lineWords) {
        // The stems of the words joined by spaces, word by word: a space never joins or splits a word,
        // so each word's stems are those it gives in the joined text, and are kept once for the words
        // lines repeat (StatedDimensionsWordsTest holds the two equal). Not for a capital sigma, whose
        // lower case depends on the letters around it (Java's final-sigma rule, the one context
        // Locale.ROOT's toLowerCase has): such a line is joined, as before.
        Set<String> stems = new java.util.HashSet<>();
        for (String word : lineWords) {
            if (word.indexOf('\u03A3') >= 0) {
                return stems(String.join(" ", lineWords));
            }
            for (String stem : valueStems(word)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** The stems of a text's {@link #words} (a plural "s" dropped from words of more than three letters), in order. */
    static Set<String> stemsOf(String text) {
        return stems(text);
    }

    /** {@link #describes(List, List, Stat)} with the line's {@link #lineStems}. */
    static boolean describes(Set<String> line, List<Span> spans, Stat stat) {
        Map<String, String> dimensions = stat.dimensions();
        if (dimensions.isEmpty()) {
            return false;
        }
        // Cheapest test first: most candidates do not name what the line is about, and for them the
        // qualifiers need not be compared (this runs for every candidate stat of every count).
        String title = dimensions.get("title");
        if (title != null && !stated(line, title)) {
            return false;
        }
        int stated = 0;
        for (String value : dimensions.values()) {
            stated += stated(line, value) ? 1 : 0;
        }
        boolean named = title != null || stated == dimensions.size();
        return named && stated * 2 > dimensions.size() && !contradicted(spans, stat);
    }

    // A qualifier of a kind some dimension of the stat states, which that dimension does not back.
    private static boolean contradicted(List<Span> spans, Stat stat) {
        for (Span span : spans) {
            if (QUALIFIERS.contains(span.kind()) && statesKind(stat, span.kind()) && !backs(stat, span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean statesKind(Stat stat, SpanKind kind) {
        for (String name : stat.dimensions().keySet()) {
            if (DIMENSION_SPANS.getOrDefault(name, List.of()).contains(kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stated(Set<String> line, String value) {
        String[] wanted = valueStems(value);
        for (String stem : wanted) {
            if (!line.contains(stem)) {
                return false;
            }
        }
        return wanted.length > 0;
    }

    /**
     * Whether a qualifier span is backed by a dimension of the stat: a dimension of a kind that
     * states such spans, whose value holds every content word of the span ("for 18 days" by "for
     * the past 18 days", "Sunday" by "on a Sunday"). Spans of other kinds are not qualifiers and
     * count as backed.
     */
    static boolean backs(Stat stat, Span span) {
        if (!QUALIFIERS.contains(span.kind())) {
            return true;
        }
        Set<String> words = words(span.text());
        if (words.isEmpty()) {
            return true;
        }
        return stat.dimensions().entrySet().stream()
            .anyMatch(dimension -> DIMENSION_SPANS.getOrDefault(dimension.getKey(), List.of()).contains(span.kind())
                && words(dimension.getValue()).containsAll(words));
    }

    /** The qualifier spans the stat does not back. */
    static List<Span> unbacked(Stat stat, List<Span> spans) {
        return spans.stream().filter(span -> !backs(stat, span)).toList();
    }

    /**
     * How the copy words a dimension's value, when it words it differently ("for 18 days" for "for
     * the past 18 days"): the longest run of the value's words found in the text that starts and
     * ends on a content word, holds the value's number if it has one, and is more than one word of
     * a value of several. Empty when the text does not state it.
     */
    static java.util.Optional<String> wordingIn(String text, String value) {
        String[] tokens = value.strip().split("\\s+");
        boolean numbered = value.chars().anyMatch(Character::isDigit);
        boolean several = words(value).size() > 1;
        for (int length = tokens.length; length >= 1; length--) {
            for (int from = 0; from + length <= tokens.length; from++) {
                String first = tokens[from].toLowerCase(Locale.ROOT);
                String last = tokens[from + length - 1].toLowerCase(Locale.ROOT);
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, from + length));
                if (FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(last)
                    || numbered && phrase.chars().noneMatch(Character::isDigit) || several && length == 1) {
                    continue;
                }
                java.util.regex.Matcher found = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text);
                if (found.find()) {
                    return java.util.Optional.of(found.group());
                }
            }
        }
        return java.util.Optional.empty();
    }

    // The runs of letters, digits and apostrophes of the lower-cased text, as split("[^\\p{L}\\p{N}']+")
    // gives them, each without "'s" and apostrophes. A loop, not the split: this runs for every
    // dimension of every candidate stat of every count, and the split was a tenth of a 1M-stat run
    // (0011-where-the-time-goes.md). StatedDimensionsWordsTest holds the two equal.
    static Set<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int point = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = point == '\'' || WordCharacters.letterOrNumber(point);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                add(words, lower.substring(start, i));
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(point) : 1;
        }
        return words;
    }

    private static void add(Set<String> words, String word) {
        String clean = word.indexOf('\'') < 0 ? word : word.replace("'s", "").replace("'", "");
        if (!clean.isEmpty() && !FUNCTION_WORDS.contains(clean)) {
            words.add(clean);
        }
    }


    // The stems of dimension values (and of a line's words), worked out once for all the candidate
    // stats that share a value:
    // scoring a batch against a large table compares hundreds of thousands of candidates, whose
    // titles, days and places repeat, and working the stems out again was a tenth of such a run
    // (0011-where-the-time-goes.md). Bounded: emptied past MAX_VALUES values (keeping them is only
    // a saving); a value's stems never change.
    private static final int MAX_VALUES = 1 << 14;
    private static final Map<String, String[]> VALUE_STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] valueStems(String value) {
        String[] known = VALUE_STEMS.get(value);
        if (known == null) {
            if (VALUE_STEMS.size() >= MAX_VALUES) {
                VALUE_STEMS.clear();
            }
            known = stems(value).toArray(String[]::new);
            VALUE_STEMS.put(value, known);
        }
        return known;
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(text)) {
            stems.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
        }
        return stems;
    }
}
