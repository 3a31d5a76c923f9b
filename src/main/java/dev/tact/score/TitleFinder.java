package dev.tact.score;

import dev.tact.core.LanguagePack;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds named items: quoted titles and names ('Boozy Brunch', a playlist called 'Why Did She
 * Leave') and runs of capitalized words mid-sentence (A Christmas Prince, The Office).
 */
final class TitleFinder {
    private static final double NAMED_ITEM_WEIGHT = 0.25;
    private static final double USER_CONTENT_WEIGHT = 0.35;
    private static final int LONGEST_TITLE = 80;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "a", "an", "and", "in", "on", "to", "for",
        "at", "with", "like", "from", "after", "my", "your");
    private static final Set<String> NAMING_WORDS = Set.of("called", "named", "titled", "name");
    private static final Set<String> SENTENCE_STARTERS = Set.of("to", "dear", "hey", "the", "a", "our", "we",
        "meet", "take", "happy", "more", "over", "some", "half", "this", "new", "lots", "still", "based", "are",
        "if", "shout-out", "people", "millions", "thanks", "thank", "welcome", "congratulations", "merry");

    // Closing marks by opening mark: straight, curly, German low-high and guillemets.
    private static final Map<Character, String> CLOSERS = Map.of('\'', "'\u2019", '\u2018', "\u2019'",
        '"', "\"", '\u201C', "\u201D\"", '\u201E', "\u201C\u201D", '\u00AB', "\u00BB", '\u201A', "\u2018\u2019",
        '\u2039', "\u203A");

    private final PhraseIndex phrases;
    private final Set<String> starters = new HashSet<>(SENTENCE_STARTERS);
    // German capitalizes every noun, so a run of capitalized words there is no sign of a title.
    private final boolean capitalizedRuns;

    TitleFinder(PhraseIndex phrases, LanguagePack pack) {
        this.phrases = phrases;
        this.capitalizedRuns = !pack.code().equals("de");
        for (String wordClass : List.of("function", "singularDeterminers", "greetings", "others", "secondPerson")) {
            starters.addAll(pack.words(wordClass));
        }
        for (String group : List.of("singular", "opening", "address")) {
            pack.lexicon().getOrDefault(group, List.of()).forEach(term -> starters.add(term.phrase().split(" ")[0]));
        }
    }

    /** Adds a span for each title to {@code spans}; returns which tokens lie inside one. */
    boolean[] mark(String text, List<Token> tokens, List<Span> spans) {
        boolean[] inTitle = new boolean[tokens.size()];
        markQuoted(text, tokens, spans, inTitle);
        if (capitalizedRuns) {
            markCapitalizedRuns(text, tokens, spans, inTitle);
        }
        return inTitle;
    }

    private void markQuoted(String text, List<Token> tokens, List<Span> spans, boolean[] inTitle) {
        int i = 0;
        while (i < text.length()) {
            int close = isOpeningQuote(text, i) ? closingQuote(text, i) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            boolean userMade = namedJustBefore(tokens, i);
            spans.add(new Span(i + 1, close, userMade ? SpanKind.USER_CONTENT : SpanKind.NAMED_ITEM,
                userMade ? USER_CONTENT_WEIGHT : NAMED_ITEM_WEIGHT, text.substring(i + 1, close),
                userMade ? "user-made name" : "title"));
            for (int k = 0; k < tokens.size(); k++) {
                inTitle[k] |= tokens.get(k).start() > i && tokens.get(k).end() <= close;
            }
            i = close + 1;
        }
    }

    private static boolean isOpeningQuote(String text, int i) {
        char c = text.charAt(i);
        // Most characters are not quotes: a range check before the map keeps this off the profile.
        boolean candidate = c == '\'' || c == '"' || c == '\u00AB' || c >= '\u2018' && c <= '\u203A';
        return candidate && CLOSERS.containsKey(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static int closingQuote(String text, int open) {
        String closers = CLOSERS.get(text.charAt(open));
        int limit = Math.min(text.length(), open + LONGEST_TITLE);
        for (int k = open + 2; k < limit; k++) {
            boolean closes = closers.indexOf(text.charAt(k)) >= 0;
            if (closes && (k + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean namedJustBefore(List<Token> tokens, int offset) {
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (tokens.get(k).end() <= offset) {
                return NAMING_WORDS.contains(tokens.get(k).lower())
                    || (k > 0 && NAMING_WORDS.contains(tokens.get(k - 1).lower()));
            }
        }
        return false;
    }

    private void markCapitalizedRuns(String text, List<Token> tokens, List<Span> spans, boolean[] inTitle) {
        int i = 0;
        while (i < tokens.size()) {
            int end = runEnd(tokens, i, inTitle);
            if (end < 0) {
                i++;
                continue;
            }
            PhraseIndex.Match known = phrases.longestAt(tokens, i);
            if (known == null || i + known.length() < end) {
                int start = tokens.get(i).start();
                int stop = tokens.get(end - 1).end();
                spans.add(new Span(start, stop, SpanKind.NAMED_ITEM, NAMED_ITEM_WEIGHT, text.substring(start, stop),
                    "title"));
                for (int k = i; k < end; k++) {
                    inTitle[k] = true;
                }
            }
            i = end;
        }
    }

    // A run is two or more capitalized words, joined only by short connectors, that does not
    // begin a sentence with a common opening word.
    // A connector before a known name ends the run: "Christmas Eve in Brooklyn" is a time and
    // a place, "Someone in Dublin" a person and a place; so does a connector that opens a known
    // phrase: in "Boozy Brunch on a Wednesday" the title stops before "on a Wednesday".
    private int runEnd(List<Token> tokens, int i, boolean[] inTitle) {
        Token first = tokens.get(i);
        if (!first.capitalized() || inTitle[i] || first.number()
            || (first.clauseStart() && starters.contains(first.lower()))) {
            return -1;
        }
        int capitalized = 1;
        int end = i + 1;
        int k = i + 1;
        while (k < tokens.size() && !inTitle[k] && !tokens.get(k).clauseStart()) {
            Token token = tokens.get(k);
            if (token.capitalized()) {
                capitalized++;
                end = k + 1;
            } else if (!CONNECTORS.contains(token.lower()) || phrases.longestAt(tokens, k) != null
                || (k + 1 < tokens.size() && phrases.longestAt(tokens, k + 1) != null)) {
                break;
            }
            k++;
        }
        return capitalized >= 2 ? end : -1;
    }
}
