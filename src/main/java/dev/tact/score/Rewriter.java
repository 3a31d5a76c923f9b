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
    private final List<int[]> softRemovals = new ArrayList<>();
    private final List<Object[]> replacements = new ArrayList<>();
    private boolean framed;
    private boolean addressTurned;
    private boolean countKept;
    private boolean numberKept;

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
        boolean partOfAGroup = lower.endsWith("of you") || lower.endsWith("of them") || lower.endsWith("of us");
        if (partOfAGroup) {
            // "5 of you" without its number is "of you", no subject at all: "some of you" is true of any few.
            noun = (newNumber.isEmpty() ? "some " : "") + span.substring(lower.lastIndexOf("of "));
        } else if (CONNECTING.contains(last.toLowerCase(Locale.ROOT))) {
            noun = keepConnector ? "people " + last : "people";
        } else {
            noun = plural(last);
        }
        int start = count.start();
        String before = text.substring(0, start).toLowerCase(Locale.ROOT);
        // A word that qualified the old number does not fit the new one: "Only 4 athletes ran…" without
        // its number would say only athletes did, "only more than 8,800 of you" says a broad group is
        // few, and "about 1,500" said vaguely is "hundreds of", not "about hundreds of".
        for (String word : QUALIFIERS_OF_EXACT) {
            if (before.endsWith(" " + word + " ") || before.equals(word + " ")) {
                start -= word.length() + 1;
                break;
            }
        }
        // Still a quantity: a number, or "some of you" for a part of a group.
        replacements.add(new Object[] {start, count.end(), (newNumber.isEmpty() ? "" : newNumber + " ") + noun,
            !newNumber.isEmpty() || partOfAGroup});
        return this;
    }

    private static final List<String> QUALIFIERS_OF_EXACT = List.of("only", "just", "exactly", "about", "around",
        "nearly", "almost", "roughly", "approximately", "over", "more than", "fewer than", "under");

    // Words that lead a time or place and would dangle once it is removed.
    private static final List<String> LEADING = List.of("on the", "in the", "at the", "during the", "on", "in",
        "at", "during", "for", "over", "since", "from", "after", "before", "until", "by", "around", "to", "near",
        "across", "outside");

    // A part of the day after a removed date belongs to it: "on Christmas morning" goes whole.
    private static final List<String> DAY_PARTS = List.of(" morning", " afternoon", " evening", " night", " eve");

    private static final java.util.Set<String> SINGLE_PERSON = java.util.Set.of("person", "in", "who", "someone",
        "somebody", "anyone", "anybody");

    // A singular subject can end in the word that joins it to the rest ("Someone in Dublin").
    private static final java.util.Set<String> CONNECTING = java.util.Set.of("in", "who", "from");

    // "one listener" and "Dear person" become many: listeners, people.
    private static String plural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (SINGLE_PERSON.contains(lower)) {
            return "people";
        }
        // "To whoever ordered …" → "To people who ordered …": the clause still needs its subject.
        if (lower.equals("whoever")) {
            return "people who";
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
        } else if (place && (before.endsWith("in ") || before.endsWith(" of "))) {
            // "night owls of Paris" loses "of" with the place, or "night owls of," is left.
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
        // "Someone in Swindon": the count's own connector led to the place, so the count loses it
        // ("people") and the removal starts after the count.
        for (Object[] replacement : replacements) {
            int countStart = (int) replacement[0];
            int countEnd = (int) replacement[1];
            if (countStart < start && start < countEnd) {
                String noun = (String) replacement[2];
                String last = noun.substring(noun.lastIndexOf(' ') + 1);
                if (CONNECTING.contains(last)) {
                    replacement[2] = noun.substring(0, noun.length() - last.length()).stripTrailing();
                }
                start = countEnd;
            }
        }
        int end = at + phrase.length();
        String after = text.substring(end).toLowerCase(Locale.ROOT);
        for (String part : DAY_PARTS) {
            if (after.startsWith(part) && (after.length() == part.length()
                || !Character.isLetter(after.charAt(part.length())))) {
                end += part.length();
                break;
            }
        }
        removals.add(new int[] {start, end});
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
        boolean vocative = false;
        for (Span opening : openings) {
            // A greeting ("To the", "Dear", "Maya,") goes; an opening that is the sentence's subject
            // ("You visited…", "We noticed you viewed…") would leave a fragment, so it does not.
            if (opening.start() <= 1 && isVocative(opening)) {
                softRemovals.add(new int[] {opening.start(), opening.end()});
                vocative = true;
                addressTurned = true;
            }
        }
        // After a greeting, what follows the colon is the remark ("…: Who hurt you?"); after a
        // heading ("Weekly report: your screen time…") it is the content, unless it is a short aside.
        int colon = text.indexOf(':');
        if (colon > 0 && (vocative || text.substring(colon + 1).strip().split("\\s+").length <= SHORT_ASIDE)) {
            removals.add(new int[] {colon, text.length()});
        }
        // A knowing remark inside a sentence ("Maya, you've skipped Spanish five days in a row.")
        // takes its sentence with it: removing only the remark leaves a fragment.
        for (Span tone : tones) {
            int start = tone.start();
            while (start > 0 && ".!?:".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int end = tone.end();
            while (end < text.length() && ".!?".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            while (end < text.length() && ".!?".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            removals.add(new int[] {start, end});
        }
        return this;
    }

    private static final int SHORT_ASIDE = 4;
    private static final List<String> GREETINGS = List.of("to ", "dear", "hey", "hi ", "hi,", "hello", "yo ");

    private boolean isVocative(Span opening) {
        String lower = opening.text().toLowerCase(Locale.ROOT);
        String after = text.substring(opening.end()).stripLeading();
        return GREETINGS.stream().anyMatch(lower::startsWith) || lower.equals("to") || !after.isEmpty()
            && ",:!".indexOf(after.charAt(0)) >= 0 && !lower.startsWith("you");
    }

    /** Whether a count was to be replaced. */
    boolean countRequested() {
        return !replacements.isEmpty();
    }

    /** Whether the last {@link #apply()} kept a replaced count (no removal swallowed it). */
    boolean countKept() {
        return countKept;
    }

    /**
     * Whether the last {@link #apply()} kept a replaced count as a quantity ("dozens of people", "some
     * of you"), not only its noun ("people"): a count too small to restate is no longer a specific.
     */
    boolean numberKept() {
        return numberKept;
    }

    // Removals are merged first (a time inside a removed remark must not cut the remark short); a
    // replaced count inside a removed stretch is gone with it, except that a greeting's removal
    // (soft) never takes the count it runs into ("Dear person who…" keeps "people who").
    String apply() {
        List<int[]> hard = merged(removals);
        List<Object[]> kept = new ArrayList<>();
        countKept = false;
        numberKept = false;
        for (Object[] replacement : replacements) {
            int start = (int) replacement[0];
            int end = (int) replacement[1];
            if (hard.stream().noneMatch(removal -> removal[0] <= start && end <= removal[1])) {
                kept.add(replacement);
                countKept |= !((String) replacement[2]).isEmpty();
                numberKept |= (Boolean) replacement[3];
            }
        }
        List<int[]> all = new ArrayList<>(hard);
        all.addAll(softRemovals);
        List<Object[]> edits = new ArrayList<>(kept);
        for (int[] removal : merged(all)) {
            int[] trimmed = trimmed(removal, kept);
            if (trimmed[0] < trimmed[1]) {
                edits.add(new Object[] {trimmed[0], trimmed[1], ""});
            }
        }
        edits.sort(Comparator.comparingInt((Object[] edit) -> (int) edit[0]).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Object[] edit : edits) {
            out.replace((int) edit[0], (int) edit[1], (String) edit[2]);
        }
        String result = out.toString();
        // "To the 53 people who've watched…" becomes "53 people have watched…" only when the whole
        // address is turned into a statement; "Thanks to the people in Cork who ordered…" keeps its "who".
        if (framed && addressTurned) {
            result = result.replaceAll("\\s+who've\\s+", " have ").replaceAll("\\s+who\\s+", " ");
        }
        return tidy(result);
    }

    // A removal that only touches a kept count stops at its edge.
    private static int[] trimmed(int[] removal, List<Object[]> kept) {
        int start = removal[0];
        int end = removal[1];
        for (Object[] replacement : kept) {
            int from = (int) replacement[0];
            int to = (int) replacement[1];
            if (start < to && from < end) {
                if (start >= from) {
                    start = to;
                } else {
                    end = from;
                }
            }
        }
        return new int[] {start, end};
    }

    private static List<int[]> merged(List<int[]> removals) {
        List<int[]> sorted = new ArrayList<>(removals);
        sorted.sort(Comparator.comparingInt((int[] removal) -> removal[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] removal : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && removal[0] <= last[1]) {
                last[1] = Math.max(last[1], removal[1]);
            } else {
                merged.add(new int[] {removal[0], removal[1]});
            }
        }
        return merged;
    }

    // Relative clauses lose their "who" once the line no longer addresses its cohort (above);
    // spaces and punctuation left by removals are closed up, and the line starts and ends as a
    // sentence.
    private static String tidy(String line) {
        String tidied = line.replaceAll("\\s{2,}", " ").replaceAll("\\s+([.,;:!?])", "$1").replaceAll(",\\s*([.!?])", "$1")
            .replaceAll("[,:;]\\s*$", "").strip();
        if (tidied.isEmpty()) {
            return tidied;
        }
        tidied = Character.toUpperCase(tidied.charAt(0)) + tidied.substring(1);
        // A vague count can now open a sentence ("…tax season? hundreds of freelancers…").
        tidied = SENTENCE_START.matcher(tidied).replaceAll(m -> m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
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
    private static final java.util.regex.Pattern SENTENCE_START = java.util.regex.Pattern.compile("([.!?]\\s+)(\\p{Ll})");
}
