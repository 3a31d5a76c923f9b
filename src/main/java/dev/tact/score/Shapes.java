package dev.tact.score;

import dev.tact.core.LanguagePack;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence shapes that single people out without the words a phrase list knows, read with one
 * language pack's word classes (see {@link LanguagePack}):
 * <ul>
 *   <li><b>one person</b>: a determiner or numeral one, up to two modifiers and an agent noun, then
 *       what that person did, where or who ("One driver in Lisbon made…", "A shopper in Leeds bought…",
 *       "Um cliente de Recife fez…", "Ein Kunde aus Bremen hat…"); a superlative of one activity ("The
 *       longest workout of the year", "el pedido más grande");</li>
 *   <li><b>the reader placed in a group or condition</b> (Meta's personal-attributes rule): a sensitive
 *       term after a second-person possessive or copula ("your divorce", "bist du oft einsam"), as an
 *       elliptical question about the reader ("Just engaged?", "Behind on rent again?", "Grávida?"),
 *       after congratulations ("Congrats on the new baby!"), after "other" ("Meet other divorced dads"),
 *       or the reader addressed by name ("Sam, your year…": a name is one of Meta's attributes);</li>
 *   <li><b>a particular moment</b>: an ordinal or superlative with a time noun ("the first snowstorm of
 *       the winter", "la nuit la plus longue de l'année"), or "during" an event.</li>
 * </ul>
 * Each rule adds spans; none removes one, so the assessment stays monotone.
 */
final class Shapes {
    private static final double ONE_PERSON = 1.0;
    private static final double MOMENT = 0.35;
    private static final double DURING = 0.2;
    private static final int MODIFIERS = 2;
    private static final int SUFFIX_AGENT_MIN = 5;
    private static final int CONTEXT_REACH = 4;
    private static final Set<String> PORTION_PEOPLE = Set.of("person", "personne", "persona", "pessoa");
    private static final Set<String> RELATIVE_AFTER_PORTION = Set.of("who", "qui", "que", "die", "der");
    private static final int SUPERLATIVE_REACH = 5;
    private static final int GERMAN_SUPERLATIVE_MIN = 6;

    /** One line as the span finder left it: spans and counts are added to in place. */
    record Line(String text, List<Token> tokens, boolean[] inTitle, List<Span> spans, List<Findings.Count> counts,
                long[] classes) {
    }

    /** The line with each token's word classes looked up once (see {@link WordClasses#classesOf}). */
    Line line(String text, List<Token> tokens, boolean[] inTitle, List<Span> spans, List<Findings.Count> counts) {
        return new Line(text, tokens, inTitle, spans, counts, words.classesOf(tokens));
    }

    private final WordClasses words;
    private final PhraseIndex lexicon;
    private final boolean english;
    private final boolean german;

    Shapes(LanguagePack pack, PhraseIndex lexicon) {
        this.words = new WordClasses(pack);
        this.lexicon = lexicon;
        this.english = pack.code().equals("en");
        this.german = pack.code().equals("de");
    }

    void find(Line line) {
        int n = line.tokens().size();
        for (int i = 0; i < n; i++) {
            if (!line.inTitle()[i]) {
                onePerson(line, i);
                record(line, i);
                moment(line, i);
            }
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && !line.tokens().get(end).clauseStart()) {
                end++;
            }
            new ReaderPlacement(line, start, end, words, lexicon).find();
            start = end;
        }
    }

    // --- one person -------------------------------------------------------------------------

    private void onePerson(Line line, int i) {
        List<Token> tokens = line.tokens();
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        if (words.has(WordClass.NOT_SINGULAR_BEFORE, before) || isPortion(tokens, i, before)) {
            return;
        }
        String elided = elided(tokens.get(i).lower());
        if (elided != null && words.has(WordClass.AGENT_NOUNS, elided)) {
            addOnePerson(line, i, i + 1, true);
            return;
        }
        int determiner = words.match(WordClass.SINGULAR_DETERMINERS, line, i);
        if (determiner == 0) {
            return;
        }
        boolean definite = words.match(WordClass.DEFINITE, line, i) == determiner;
        for (int skip = 0; skip <= MODIFIERS; skip++) {
            int j = i + determiner + skip;
            if (j >= tokens.size() || tokens.get(j).clauseStart() || tokens.get(j).number() || line.inTitle()[j]) {
                return;
            }
            int noun = words.match(WordClass.AGENT_NOUNS, line, j);
            boolean bySuffix = noun == 0 && english && looksLikeAgent(tokens.get(j).lower());
            if (noun > 0 || bySuffix) {
                int after = j + Math.max(noun, 1);
                boolean context = bySuffix ? after < tokens.size() && tokens.get(after).lower().equals("who")
                    : hasContext(line, after, definite) || superlativeNear(line, i, after);
                if (context) {
                    addOnePerson(line, i, after, false);
                }
                return;
            }
            boolean modifier = words.match(WordClass.SUPERLATIVE_MARKERS, line, j) > 0;
            if (!modifier && (words.has(WordClass.FUNCTION, tokens.get(j).lower()) || tokens.get(j).capitalized() && !german)) {
                return;
            }
        }
    }

    // "ein Abendessen für eine Person", "un dîner pour une personne": a portion, not one person.
    private static boolean isPortion(List<Token> tokens, int i, String before) {
        return CountContext.isPortionWord(before) && i + 1 < tokens.size()
            && PORTION_PEOPLE.contains(tokens.get(i + 1).lower())
            && (i + 2 >= tokens.size() || !RELATIVE_AFTER_PORTION.contains(tokens.get(i + 2).lower()));
    }

    private static String elided(String word) {
        return word.startsWith("l'") || word.startsWith("d'") ? word.substring(2) : null;
    }

    // "Londoner", "collector", "cyclist": an English noun for someone who does something, accepted
    // only when "who" follows (a playlist or a burger ends the same way).
    private boolean looksLikeAgent(String word) {
        return word.length() >= SUFFIX_AGENT_MIN && !words.has(WordClass.FUNCTION, word) && !words.has(WordClass.NOT_NAMES, word)
            && (word.endsWith("er") || word.endsWith("or") || word.endsWith("ist"));
    }

    // What makes "a customer" one particular customer: who (a relative clause), where (a place),
    // or, unless the determiner is definite, what they did (a verb) — within the next three words
    // of the same sentence ("Um assinante brasileiro assistiu…", "Une conductrice partie d'Évry a…").
    private boolean hasContext(Line line, int from, boolean strongOnly) {
        List<Token> tokens = line.tokens();
        for (int k = from; k < Math.min(tokens.size(), from + CONTEXT_REACH); k++) {
            if (tokens.get(k).clauseStart()) {
                return false;
            }
            if (words.match(WordClass.RELATIVES, line, k) > 0) {
                return true;
            }
            int preposition = words.match(WordClass.PLACE_PREPOSITIONS, line, k);
            if (preposition > 0 && k + preposition < tokens.size() && tokens.get(k + preposition).capitalized()
                && !tokens.get(k + preposition).clauseStart()) {
                return true;
            }
            String elided = elided(tokens.get(k).lower());
            if (elided != null && !elided.isEmpty() && tokens.get(k).capitalized() == false
                && Character.isUpperCase(line.text().charAt(tokens.get(k).start() + 2))) {
                return true;
            }
            if (!strongOnly && words.isVerb(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    // "The most loyal customer", "la pasajera más activa del año", "der treueste Kunde": a
    // superlative of an agent picks out its one holder.
    private boolean superlativeNear(Line line, int from, int to) {
        List<Token> tokens = line.tokens();
        for (int k = Math.max(0, from); k < Math.min(tokens.size(), to + SUPERLATIVE_REACH); k++) {
            if (k > from && tokens.get(k).clauseStart()) {
                return false;
            }
            if (words.match(WordClass.SUPERLATIVE_MARKERS, line, k) > 0 || germanSuperlative(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean germanSuperlative(String word) {
        if (!german || word.length() < GERMAN_SUPERLATIVE_MIN) {
            return false;
        }
        for (String suffix : words.list(WordClass.SUPERLATIVE_SUFFIXES)) {
            if (word.endsWith("i" + suffix) || word.endsWith("e" + suffix) && !word.endsWith("este")) {
                continue;
            }
            if (word.endsWith(suffix) && !words.has(WordClass.FUNCTION, word) && !words.has(WordClass.AGENT_NOUNS, word)) {
                return true;
            }
        }
        return false;
    }

    private static void addOnePerson(Line line, int from, int to, boolean elided) {
        Span span = span(line, from, to, SpanKind.SINGULAR, ONE_PERSON, elided ? "one person" : "one person (shape)");
        if (line.spans().stream().noneMatch(s -> s.kind() == SpanKind.SINGULAR && s.overlaps(span))) {
            line.spans().add(span);
            line.counts().add(new Findings.Count(1, span));
        }
    }

    // "The longest workout of the year", "our biggest order ever", "la séance la plus longue":
    // a record is one person's.
    private void record(Line line, int i) {
        List<Token> tokens = line.tokens();
        int superlative = words.match(WordClass.SUPERLATIVES, line, i);
        if (superlative == 0) {
            return;
        }
        for (int k = Math.max(0, i - 3); k <= Math.min(tokens.size() - 1, i + superlative + 2); k++) {
            if (k >= i && k < i + superlative || sentenceBreakBetween(tokens, i, k)) {
                continue;
            }
            int activity = words.match(WordClass.ACTIVITY_NOUNS, line, k);
            if (activity > 0 && !line.inTitle()[k]) {
                addOnePerson(line, Math.min(i, k), Math.max(i + superlative, k + activity), false);
                return;
            }
        }
    }

    private static boolean sentenceBreakBetween(List<Token> tokens, int a, int b) {
        for (int k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) {
            if (tokens.get(k).clauseStart()) {
                return true;
            }
        }
        return false;
    }

    // --- a particular moment --------------------------------------------------------------------

    private void moment(Line line, int i) {
        List<Token> tokens = line.tokens();
        int ordinal = words.match(WordClass.ORDINALS, line, i);
        if (ordinal > 0) {
            for (int k = Math.max(0, i - 3); k <= Math.min(tokens.size() - 1, i + ordinal + 1); k++) {
                int noun = k >= i && k < i + ordinal || sentenceBreakBetween(tokens, i, k) ? 0
                    : words.match(WordClass.TIME_NOUNS, line, k);
                if (noun > 0) {
                    addTime(line, Math.min(i, k), Math.max(i + ordinal, k + noun), MOMENT, "a particular moment");
                    return;
                }
            }
        }
        int during = words.match(WordClass.DURING, line, i);
        if (during > 0 && i + during < tokens.size() && !tokens.get(i + during).clauseStart()) {
            int end = Math.min(tokens.size(), i + during + 3);
            addTime(line, i, end, DURING, "during an event");
        }
    }

    // One moment counts once, at the larger of its weights: "last night" is a lexicon time (0.25)
    // and an ordinal with a time noun (0.35); counting both made "last night" weigh more than "during
    // the first snowstorm of the winter", and a more specific moment lowered the score.
    private static void addTime(Line line, int from, int to, double weight, String category) {
        Span span = span(line, from, to, SpanKind.TIME, weight, category);
        boolean covered = line.spans().stream().anyMatch(s -> s.kind() == SpanKind.TIME && s.overlaps(span)
            && s.weight() >= weight);
        if (!covered) {
            line.spans().removeIf(s -> s.kind() == SpanKind.TIME && s.overlaps(span) && s.weight() < weight);
            line.spans().add(span);
        }
    }

    static Span span(Line line, int from, int to, SpanKind kind, double weight, String category) {
        int start = line.tokens().get(from).start();
        int end = line.tokens().get(to - 1).end();
        return new Span(start, end, kind, weight, line.text().substring(start, end), category);
    }
}
