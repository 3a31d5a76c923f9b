package dev.tact.score;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.List;

/**
 * Finds, in one sentence, the shapes that place the reader inside a group or condition — the form
 * Meta's personal-attributes policy forbids ("asserts or implies"), as against naming a topic, which
 * it allows ("Looking for Christian singles?"). Adds an {@link SpanKind#ADDRESS} span for each, so the
 * sensitive terms it covers count as said of the reader. See {@link Shapes} for the list.
 */
final class ReaderPlacement {
    private static final double AMONG_OTHERS = 0.6;
    private static final int POSSESSIVE_REACH = 2;
    private static final int COPULA_REACH = 4;
    private static final int QUESTION_REACH = 4;
    private static final int CONGRATULATION_REACH = 5;
    private static final int OTHERS_REACH = 3;

    private final Sentence s;

    ReaderPlacement(Shapes.Line line, int start, int end, WordClasses words, PhraseIndex lexicon) {
        this.s = new Sentence(line, start, end, words, lexicon);
    }

    void find() {
        ReaderData data = new ReaderData(s);
        boolean placed = false;
        for (int k = s.start; k < s.end && !placed; k++) {
            placed = after(k, WordClass.SECOND_PERSON_POSSESSIVE, POSSESSIVE_REACH, "your")
                || after(k, WordClass.READER_COPULAS, COPULA_REACH, "you are")
                || after(k, WordClass.CONGRATULATIONS, CONGRATULATION_REACH, "congratulates the reader on");
        }
        if (!placed) {
            placed = ellipticalQuestion();
        }
        if (!placed) {
            placed = data.age();
        }
        if (!placed) {
            data.toldWhatTheyDid();
        }
        others();
        Vocatives names = new Vocatives(s);
        names.vocativeName();
        names.closingName();
    }

    // A sensitive term within reach after a phrase of the class: "your divorce", "are you pregnant".
    private boolean after(int k, WordClass wordClass, int reach, String how) {
        int length = s.words.match(wordClass, s.line, k);
        if (length == 0) {
            return false;
        }
        // The term may share s.words with the phrase: "you haven't" + "haven't voted".
        Span sensitive = s.sensitiveStartingIn(k, k + length + reach);
        if (sensitive == null || seekingBefore(k + length, sensitive)) {
            return false;
        }
        s.addPlacement(k, sensitive, Sentence.PLACED, "places the reader in it (" + how + "): " + s.category(sensitive));
        return true;
    }

    // "Are you looking for Christian singles?": what the reader seeks is a topic, not an attribute.
    private boolean seekingBefore(int from, Span sensitive) {
        for (int k = from; k < s.end && s.tokens.get(k).start() < sensitive.start(); k++) {
            if (s.words.match(WordClass.SEEKING, s.line, k) > 0) {
                return true;
            }
        }
        return false;
    }

    // "Just engaged?", "Behind on rent again?", "¿Recién divorciado?", "Frisch getrennt?": a question
    // that opens on the condition, with no subject but the reader. Questions that open with a
    // question word or with seeking ("Looking for…?") name a topic instead.
    private boolean ellipticalQuestion() {
        // "The nation's favorite comfort show?" and "Stranger Things on a school night?" have a subject
        // of their own (a definite noun, a title): not questions about the reader.
        if (!s.endsWithQuestion() || s.words.match(WordClass.QUESTION_WORDS, s.line, s.start) > 0
            || s.words.match(WordClass.SEEKING, s.line, s.start) > 0 || s.words.match(WordClass.DEFINITE, s.line, s.start) > 0
            || s.line.inTitle()[s.start]) {
            return false;
        }
        int first = s.start;
        for (int guard = 0; guard < 3 && first < s.end; guard++) {
            int softener = s.words.match(WordClass.SOFTENERS, s.line, first);
            if (softener == 0) {
                break;
            }
            first += softener;
        }
        Span sensitive = s.sensitiveStartingIn(s.start, first + QUESTION_REACH + 1);
        if (sensitive == null && s.hasSecondPerson()) {
            sensitive = s.sensitiveStartingIn(s.start, s.end);
        }
        // A faint proxy ("comfort", "gym") asked about is no attribute of the reader.
        if (sensitive == null || sensitive.weight() < Sentence.FAINT) {
            return false;
        }
        s.addPlacement(s.start, sensitive, Sentence.PLACED, "asks it of the reader: " + s.category(sensitive));
        return true;
    }

    // "Meet other divorced dads", "Conheça outros evangélicos": "other" puts the reader in the group.
    private void others() {
        for (int k = s.start; k < s.end; k++) {
            int length = s.words.match(WordClass.OTHERS, s.line, k);
            if (length == 0) {
                continue;
            }
            Span sensitive = s.sensitiveStartingIn(k + length, k + length + OTHERS_REACH);
            if (sensitive != null) {
                s.addPlacement(k, sensitive, Sentence.PLACED, "places the reader among others: " + s.category(sensitive));
                return;
            }
            Span group = s.kindStartingIn(SpanKind.ATTRIBUTE, k + length, k + length + OTHERS_REACH);
            if (group != null) {
                s.addPlacement(k, group, AMONG_OTHERS, "places the reader among others like them");
                return;
            }
        }
    }
}
