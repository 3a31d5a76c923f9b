package dev.tact.score;

import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites a line: replaces its count, removes pieces of text, and turns direct address into
 * trend framing ("To the 53 people who've watched …: Who hurt you?" → "More than 8,800 people
 * have watched …."). Edits are collected on the original text and applied from the end.
 */
final class Rewriter {
    private final String text;
    private final List<int[]> removals = new ArrayList<>();
    private final List<Object[]> replacements = new ArrayList<>();
    private boolean framed;

    Rewriter(String text) {
        this.text = text;
    }

    /** Replaces a count span's number, keeping its noun: "53 people" → "more than 8,800 people". */
    Rewriter count(Span count, String newNumber) {
        return count(count, newNumber, true);
    }

    /** @param keepConnector false when what the connecting word led to is removed ("in Dublin") */
    Rewriter count(Span count, String newNumber, boolean keepConnector) {
        String span = count.text();
        String lower = span.toLowerCase(Locale.ROOT);
        String last = span.substring(span.lastIndexOf(' ') + 1);
        String noun;
        if (lower.endsWith("of you")) {
            noun = span.substring(span.length() - "of you".length());
        } else if (CONNECTING.contains(last.toLowerCase(Locale.ROOT))) {
            noun = keepConnector ? "people " + last : "people";
        } else {
            noun = plural(last);
        }
        replacements.add(new Object[] {count.start(), count.end(), (newNumber.isEmpty() ? "" : newNumber + " ") + noun});
        return this;
    }

    // Words that lead a time or place and would dangle once it is removed.
    private static final List<String> LEADING = List.of("on the", "in the", "at the", "during the", "on", "in",
        "at", "during", "for", "over", "since", "from");

    // A singular subject can end in the word that joins it to the rest ("Someone in Dublin").
    private static final java.util.Set<String> CONNECTING = java.util.Set.of("in", "who", "from");

    // "one listener" and "Dear person" become many: listeners, people.
    private static String plural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.equals("person") || lower.equals("in") || lower.equals("who") || lower.equals("someone")
            || lower.equals("somebody")) {
            return "people";
        }
        return lower.endsWith("s") || lower.equals("people") ? noun : noun + "s";
    }

    /** Removes the first occurrence of a phrase (case-insensitive), with "in"/"in the" before a place. */
    Rewriter remove(String phrase, boolean place) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return this;
        }
        int start = at;
        String before = text.substring(0, at).toLowerCase(Locale.ROOT);
        if (place && before.endsWith("in the ")) {
            start = at - "in the ".length();
        } else if (place && before.endsWith("in ")) {
            start = at - "in ".length();
        } else {
            // "31 times on New Year's Eve" loses "on" with the date, or "…31 times on." is left.
            for (String preposition : LEADING) {
                if (before.endsWith(" " + preposition + " ")) {
                    start = at - preposition.length() - 1;
                    break;
                }
            }
        }
        removals.add(new int[] {start, at + phrase.length()});
        return this;
    }

    Rewriter remove(Span span, boolean place) {
        return remove(span.text(), place);
    }

    /**
     * Drops the opening address, everything after a colon, and each sentence of mocking or
     * knowing tone: the line states a trend.
     */
    Rewriter trendFraming(List<Span> openings, List<Span> tones) {
        framed = true;
        for (Span opening : openings) {
            if (opening.start() <= 1) {
                removals.add(new int[] {opening.start(), opening.end()});
            }
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            removals.add(new int[] {colon, text.length()});
        }
        for (Span tone : tones) {
            int end = tone.end();
            while (end < text.length() && ".!?".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            removals.add(new int[] {tone.start(), end});
        }
        return this;
    }

    String apply() {
        StringBuilder out = new StringBuilder(text);
        List<Object[]> edits = new ArrayList<>(replacements);
        for (int[] removal : removals) {
            edits.add(new Object[] {removal[0], removal[1], ""});
        }
        edits.sort(Comparator.comparingInt((Object[] edit) -> (int) edit[0]).reversed());
        int floor = Integer.MAX_VALUE;
        for (Object[] edit : edits) {
            int start = (int) edit[0];
            int end = Math.min((int) edit[1], floor);
            if (start < end || ((String) edit[2]).length() > 0 && start <= floor) {
                out.replace(start, Math.max(start, end), (String) edit[2]);
                floor = start;
            }
        }
        String result = out.toString();
        if (framed) {
            result = result.replaceAll("\\s+who've\\s+", " have ").replaceAll("\\s+who\\s+", " ");
        }
        return tidy(result);
    }

    // Relative clauses lose their "who" once the line no longer addresses its cohort (above);
    // spaces and punctuation left by removals are closed up, and the line starts and ends as a
    // sentence.
    private static String tidy(String line) {
        String tidied = line.replaceAll("\\s{2,}", " ").replaceAll("\\s+([.,;:!?])", "$1").replaceAll(",\\s*\\.", ".")
            .replaceAll("[,:;]\\s*$", "").strip();
        if (tidied.isEmpty()) {
            return tidied;
        }
        tidied = Character.toUpperCase(tidied.charAt(0)) + tidied.substring(1);
        char last = tidied.charAt(tidied.length() - 1);
        return last == '.' || last == '!' || last == '?' ? tidied : tidied + ".";
    }

    /**
     * A count as official statistics would publish it: two significant figures, rounded down,
     * with "more than" when rounding dropped anything (8,820 → "more than 8,800"; 2,100,000 →
     * "2.1 million").
     */
    static String publishable(long people) {
        if (people < 100) {
            return Long.toString(people);
        }
        long step = (long) Math.pow(10, Math.floor(Math.log10(people)) - 1);
        long rounded = people / step * step;
        String number = rounded >= 1_000_000 && rounded % 100_000 == 0
            ? trim(rounded / 1_000_000.0) + " million" : dev.tact.core.Counts.grouped(rounded);
        return rounded == people ? number : "more than " + number;
    }

    private static String trim(double millions) {
        return millions == Math.rint(millions) ? Long.toString((long) millions)
            : String.format(Locale.ROOT, "%.1f", millions);
    }

    /**
     * A count said vaguely when no stat backs a broader one, and only where the vague words are
     * still true: "53" → "dozens of" (at least two dozen), "250" → "hundreds of", "4,100" →
     * "thousands of", "2.3 million" → "millions of". Fewer than 24 people ("To the 7 people in
     * Bath", "one listener") have no true vague number: the number is dropped ("the people in Bath").
     */
    static String bucket(long people) {
        if (people < TWO_DOZEN) {
            return "";
        }
        if (people < 200) {
            return "dozens of";
        }
        if (people < 2_000) {
            return "hundreds of";
        }
        return people < 2_000_000 ? "thousands of" : "millions of";
    }

    private static final long TWO_DOZEN = 24;
}
