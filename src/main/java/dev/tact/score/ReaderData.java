package dev.tact.score;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;

/**
 * The reader's own data said back: their age or age band, their tracked behaviour ("You visited
 * Big Bun Burgers 141 times"), a past action with the reader as subject, or "your year / your
 * basket" — and when a sensitive term comes with it, the reader placed in it. See {@link Shapes}.
 */
final class ReaderData {
    private static final double TOLD = 0.75;
    private static final int AGE_REACH = 4;
    private static final double OWN_DATA = 0.45;
    // "This year" is no detail of anyone's behaviour; "at 2am" and "141 times" are.
    private static final double DETAIL = 0.15;
    private static final int YOUNGEST = 13;
    private static final int OLDEST = 110;

    private final Sentence s;

    ReaderData(Sentence sentence) {
        this.s = sentence;
    }

    // "Sie werden nächste Woche 65", "you're turning 40", "cumples 60": the reader's age, one of
    // Meta's attributes, read off a birthday.
    boolean age() {
        if (ageInYears()) {
            return true;
        }
        for (int k = s.start; k < s.end; k++) {
            int length = s.words.match(WordClass.AGE_VERBS, s.line, k);
            if (length == 0 || !(s.hasSecondPerson() || s.words.has(WordClass.SECOND_PERSON_VERBS, s.tokens.get(k).lower()))) {
                continue;
            }
            for (int n = k + length; n < Math.min(s.end, k + length + AGE_REACH); n++) {
                Token token = s.tokens.get(n);
                if (token.number() && token.lower().chars().allMatch(Character::isDigit)
                    && Integer.parseInt(token.lower()) >= YOUNGEST && Integer.parseInt(token.lower()) <= OLDEST) {
                    Span ageSpan = Shapes.span(s.line, n, n + 1, SpanKind.SENSITIVE, Sentence.NAME, "age");
                    s.line.spans().add(ageSpan);
                    s.addPlacement(k, ageSpan, Sentence.PLACED, "asserts the reader's age");
                    return true;
                }
            }
        }
        return false;
    }

    // "Tienes entre 45 y 54 años", "Homem de 50 a 59 anos", "you're 34 years old": an age or age
    // band in years, in a s.line that speaks to the reader.
    private boolean ageInYears() {
        if (!s.lineHasSecondPerson()) {
            return false;
        }
        for (int n = s.start; n < s.end; n++) {
            Token token = s.tokens.get(n);
            boolean adult = token.number() && token.lower().chars().allMatch(Character::isDigit)
                && token.lower().length() <= 3 && Integer.parseInt(token.lower()) >= YOUNGEST
                && Integer.parseInt(token.lower()) <= OLDEST;
            if (adult && n + 1 < s.end && s.words.match(WordClass.AGE_UNITS, s.line, n + 1) > 0 && (rangeBefore(n) || copulaBefore(n))) {
                Span ageSpan = Shapes.span(s.line, Math.max(s.start, n - 2), n + 2, SpanKind.SENSITIVE, Sentence.NAME, "age");
                s.line.spans().add(ageSpan);
                s.addPlacement(Math.max(s.start, n - 2), ageSpan, Sentence.PLACED, "asserts the reader's age");
                return true;
            }
        }
        return false;
    }

    private boolean rangeBefore(int n) {
        return n >= 2 && s.tokens.get(n - 2).number() && s.words.has(WordClass.RANGE_WORDS, s.tokens.get(n - 1).lower());
    }

    private boolean copulaBefore(int n) {
        for (int k = Math.max(s.start, n - 3); k < n; k++) {
            if (s.words.match(WordClass.READER_COPULAS, s.line, k) > 0 || s.isSecondPerson(k)) {
                return true;
            }
        }
        return false;
    }

    // "You visited Big Bun Burgers 141 times this year", "Sie haben nach „Brustkrebs Vorsorge“
    // gesucht", "Vimos que você visitou três vezes…": the reader's own tracked behaviour said back
    // to them. With a sensitive term it places the reader in it.
    void toldWhatTheyDid() {
        for (int k = s.start; k < s.end; k++) {
            int length = Math.max(s.words.match(WordClass.READER_DID, s.line, k), readerPast(k));
            // "10 million of you listened…" tells a crowd, not the reader, what it did.
            if (length == 0 || k > 0 && CountContext.isPartitive(s.tokens.get(k - 1).lower())) {
                continue;
            }
            Span sensitive = s.sensitiveStartingIn(k, s.end);
            if (sensitive != null) {
                s.addPlacement(k, sensitive, Sentence.PLACED, "tells the reader what they did: " + s.category(sensitive));
                return;
            }
            Span detail = detail(k + length);
            if (detail != null) {
                s.addPlacement(k, detail, TOLD, "tells the reader what they were seen doing");
                int from = s.tokens.get(k).start();
                s.line.spans().add(new Span(from, detail.end(), SpanKind.TONE, TOLD,
                    s.line.text().substring(from, detail.end()), "surveillance: the reader's own data said back"));
            } else {
                s.line.spans().add(Shapes.span(s.line, k, k + length, SpanKind.ADDRESS, OWN_DATA,
                    "speaks to the reader about what they did"));
            }
            return;
        }
        ownData();
    }

    // "You ordered…", "compraste", "vous avez commandé", "Sie haben … bestellt": the reader as the
    // subject of a past action. Returns the s.tokens it covers, 0 when none.
    private int readerPast(int k) {
        String word = s.tokens.get(k).lower();
        for (String suffix : s.words.list(WordClass.READER_PAST_SUFFIXES)) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix) && !s.words.has(WordClass.FUNCTION, word)) {
                return 1;
            }
        }
        if (!s.isSecondPerson(k) || k + 1 >= s.end) {
            return 0;
        }
        for (int v = k + 1; v < Math.min(s.end, k + 4); v++) {
            if (s.words.isVerb(s.tokens.get(v).lower())) {
                return v - k + 1;
            }
        }
        return 0;
    }

    // "Your year in review", "tu resumen del año", "Ihr Jahresrückblick": the reader's own data.
    // With a sensitive term after it, anywhere in the s.line ("Your picks this week: condoms, a
    // pregnancy test…", "Votre dernière séance chez le psy…"), the reader's data reveals it.
    private void ownData() {
        for (int k = s.start; k < s.end; k++) {
            if (s.words.match(WordClass.SECOND_PERSON_POSSESSIVE, s.line, k) == 0 && !s.isSecondPerson(k)) {
                continue;
            }
            for (int n = k + 1; n < Math.min(s.end, k + 4); n++) {
                int noun = s.words.match(WordClass.OWN_DATA_NOUNS, s.line, n);
                if (noun > 0) {
                    Span revealed = s.sensitiveInLineFrom(n);
                    if (revealed != null) {
                        s.addPlacement(k, revealed, Sentence.PLACED, "the reader's own data reveals it: " + s.category(revealed));
                    } else {
                        s.line.spans().add(Shapes.span(s.line, k, n + noun, SpanKind.ADDRESS, OWN_DATA,
                            "the reader's own data"));
                    }
                    return;
                }
            }
        }
    }

    private Span detail(int from) {
        for (SpanKind kind : new SpanKind[] {SpanKind.FREQUENCY, SpanKind.NAMED_ITEM, SpanKind.USER_CONTENT,
            SpanKind.DURATION, SpanKind.TIME, SpanKind.PLACE}) {
            Span span = s.kindStartingIn(kind, from, s.end);
            if (span != null && span.weight() >= DETAIL) {
                return span;
            }
        }
        return null;
    }
}
