package dev.tact.score;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.List;

/**
 * One sentence of a line as the reader-placement rules see it: its token range, the pack's word
 * classes, and the helpers they share — finding spans by kind in the sentence, telling second
 * person, and adding the address span that places the reader (with a proxy term asserted).
 */
final class Sentence {
    static final double PLACED = 0.9;
    static final double NAME = 0.75;
    private static final double ASSERTED = 0.75;
    static final double FAINT = 0.4;

    final Shapes.Line line;
    final int start;
    final int end;
    final WordClasses words;
    final PhraseIndex lexicon;
    final List<Token> tokens;

    Sentence(Shapes.Line line, int start, int end, WordClasses words, PhraseIndex lexicon) {
        this.line = line;
        this.start = start;
        this.end = end;
        this.words = words;
        this.lexicon = lexicon;
        this.tokens = line.tokens();
    }

    // A word the pack knows is not the reader's name: "Consultora, sua retrospectiva…" addresses a role.
    boolean isKnownWord(int k) {
        String word = tokens.get(k).lower();
        return words.has(WordClass.FUNCTION, word) || words.has(WordClass.NOT_NAMES, word) || words.has(WordClass.GREETINGS, word)
            || words.has(WordClass.SINGULAR_DETERMINERS, word) || words.has(WordClass.SECOND_PERSON, word)
            || words.has(WordClass.AGENT_NOUNS, word) || words.has(WordClass.AD_WORDS, word) || lexicon.longestAt(tokens, k) != null;
    }

    boolean isUpperCase(Token token) {
        String raw = line.text().substring(token.start(), token.end());
        return raw.length() > 1 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
    }

    boolean endsWithQuestion() {
        int from = tokens.get(end - 1).end();
        int to = end < tokens.size() ? tokens.get(end).start() : line.text().length();
        return line.text().substring(from, to).indexOf('?') >= 0;
    }

    boolean hasSecondPerson() {
        for (int k = start; k < end; k++) {
            if (isSecondPerson(k)) {
                return true;
            }
        }
        return false;
    }

    boolean lineHasSecondPerson() {
        for (int k = 0; k < tokens.size(); k++) {
            if (isSecondPerson(k)) {
                return true;
            }
        }
        return false;
    }

    // German "Sie" (formal you) is told from "sie" (they, she) by its capital mid-sentence.
    boolean isSecondPerson(int k) {
        Token token = tokens.get(k);
        return words.match(WordClass.SECOND_PERSON, line, k) > 0 || words.match(WordClass.SECOND_PERSON_POSSESSIVE, line, k) > 0
            || words.has(WordClass.SECOND_PERSON_CAPITALIZED, token.lower()) && token.capitalized() && !token.clauseStart();
    }

    Span sensitiveStartingIn(int from, int to) {
        return kindStartingIn(SpanKind.SENSITIVE, from, to);
    }

    Span kindStartingIn(SpanKind kind, int from, int to) {
        int last = Math.min(Math.min(to, end), tokens.size()) - 1;
        if (from > last) {
            return null;
        }
        int startOffset = tokens.get(from).start();
        int endOffset = tokens.get(last).end();
        Span best = null;
        for (Span span : line.spans()) {
            if (span.kind() == kind && span.start() >= startOffset && span.start() < endOffset
                && (best == null || span.weight() > best.weight())) {
                best = span;
            }
        }
        return best;
    }

    static String category(Span span) {
        return span.category().isEmpty() ? span.text() : span.category();
    }

    // Said of the reader, a proxy ("lonely", "einsam") is an attribute asserted, not a behaviour
    // hinted at: it counts as much as the categories Meta names.
    void addPlacement(int from, Span target, double weight, String category) {
        if (target.kind() == SpanKind.SENSITIVE && target.weight() < ASSERTED && target.weight() >= FAINT) {
            line.spans().add(new Span(target.start(), target.end(), SpanKind.SENSITIVE, ASSERTED, target.text(),
                category(target) + ", said of the reader"));
        }
        int startOffset = tokens.get(from).start();
        int endOffset = Math.max(target.end(), tokens.get(from).end());
        line.spans().add(new Span(startOffset, endOffset, SpanKind.ADDRESS, weight,
            line.text().substring(startOffset, endOffset), category));
    }

    Span sensitiveInLineFrom(int from) {
        int offset = tokens.get(from).start();
        Span best = null;
        for (Span span : line.spans()) {
            if (span.kind() == SpanKind.SENSITIVE && span.start() >= offset
                && (best == null || span.weight() > best.weight())) {
                best = span;
            }
        }
        return best;
    }
}
