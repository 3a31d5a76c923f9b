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
    private static final double PLACED = 0.9;
    private static final double AMONG_OTHERS = 0.6;
    private static final double NAME = 0.75;
    private static final double ASSERTED = 0.75;
    private static final double FAINT = 0.4;
    private static final double TOLD = 0.75;
    private static final int AGE_REACH = 4;
    private static final double OWN_DATA = 0.45;
    // "This year" is no detail of anyone's behaviour; "at 2am" and "141 times" are.
    private static final double DETAIL = 0.15;
    private static final java.util.Set<String> PARTITIVES = java.util.Set.of("of", "de", "d'entre", "von", "entre");
    private static final int YOUNGEST = 13;
    private static final int OLDEST = 110;
    private static final int POSSESSIVE_REACH = 2;
    private static final int COPULA_REACH = 4;
    private static final int QUESTION_REACH = 4;
    private static final int CONGRATULATION_REACH = 5;
    private static final int OTHERS_REACH = 3;

    private final Shapes.Line line;
    private final int start;
    private final int end;
    private final Shapes.WordClasses words;
    private final PhraseIndex lexicon;
    private final List<Token> tokens;

    ReaderPlacement(Shapes.Line line, int start, int end, Shapes.WordClasses words, PhraseIndex lexicon) {
        this.line = line;
        this.start = start;
        this.end = end;
        this.words = words;
        this.lexicon = lexicon;
        this.tokens = line.tokens();
    }

    void find() {
        boolean placed = false;
        for (int k = start; k < end && !placed; k++) {
            placed = after(k, "secondPersonPossessive", POSSESSIVE_REACH, "your")
                || after(k, "readerCopulas", COPULA_REACH, "you are")
                || after(k, "congratulations", CONGRATULATION_REACH, "congratulates the reader on");
        }
        if (!placed) {
            placed = ellipticalQuestion();
        }
        if (!placed) {
            placed = age();
        }
        if (!placed) {
            toldWhatTheyDid();
        }
        others();
        vocativeName();
        closingName();
    }

    // "Parabéns pelo seu primeiro Dia dos Pais, Bruno!": the name after a comma, ending the sentence.
    private void closingName() {
        int name = end - 1;
        if (name <= start || !tokens.get(name).afterComma()) {
            return;
        }
        Token token = tokens.get(name);
        if (!token.capitalized() || token.number() || line.inTitle()[name] || isUpperCase(token) || isKnownWord(name)
            || !lineHasSecondPerson() && words.match("congratulations", line, start) == 0) {
            return;
        }
        Span nameSpan = Shapes.span(line, name, name + 1, SpanKind.SENSITIVE, NAME, "personal name");
        line.spans().add(nameSpan);
        addPlacement(name, nameSpan, PLACED, "addresses the reader by name");
    }

    // "Sie werden nächste Woche 65", "you're turning 40", "cumples 60": the reader's age, one of
    // Meta's attributes, read off a birthday.
    private boolean age() {
        if (ageInYears()) {
            return true;
        }
        for (int k = start; k < end; k++) {
            int length = words.match("ageVerbs", line, k);
            if (length == 0 || !(hasSecondPerson() || words.has("secondPersonVerbs", tokens.get(k).lower()))) {
                continue;
            }
            for (int n = k + length; n < Math.min(end, k + length + AGE_REACH); n++) {
                Token token = tokens.get(n);
                if (token.number() && token.lower().chars().allMatch(Character::isDigit)
                    && Integer.parseInt(token.lower()) >= YOUNGEST && Integer.parseInt(token.lower()) <= OLDEST) {
                    Span ageSpan = Shapes.span(line, n, n + 1, SpanKind.SENSITIVE, NAME, "age");
                    line.spans().add(ageSpan);
                    addPlacement(k, ageSpan, PLACED, "asserts the reader's age");
                    return true;
                }
            }
        }
        return false;
    }

    // "Tienes entre 45 y 54 años", "Homem de 50 a 59 anos", "you're 34 years old": an age or age
    // band in years, in a line that speaks to the reader.
    private boolean ageInYears() {
        if (!lineHasSecondPerson()) {
            return false;
        }
        for (int n = start; n < end; n++) {
            Token token = tokens.get(n);
            boolean adult = token.number() && token.lower().chars().allMatch(Character::isDigit)
                && token.lower().length() <= 3 && Integer.parseInt(token.lower()) >= YOUNGEST
                && Integer.parseInt(token.lower()) <= OLDEST;
            if (adult && n + 1 < end && words.match("ageUnits", line, n + 1) > 0 && (rangeBefore(n) || copulaBefore(n))) {
                Span ageSpan = Shapes.span(line, Math.max(start, n - 2), n + 2, SpanKind.SENSITIVE, NAME, "age");
                line.spans().add(ageSpan);
                addPlacement(Math.max(start, n - 2), ageSpan, PLACED, "asserts the reader's age");
                return true;
            }
        }
        return false;
    }

    private boolean rangeBefore(int n) {
        return n >= 2 && tokens.get(n - 2).number() && words.has("rangeWords", tokens.get(n - 1).lower());
    }

    private boolean copulaBefore(int n) {
        for (int k = Math.max(start, n - 3); k < n; k++) {
            if (words.match("readerCopulas", line, k) > 0 || isSecondPerson(k)) {
                return true;
            }
        }
        return false;
    }

    // "You visited Big Bun Burgers 141 times this year", "Sie haben nach „Brustkrebs Vorsorge“
    // gesucht", "Vimos que você visitou três vezes…": the reader's own tracked behaviour said back
    // to them. With a sensitive term it places the reader in it.
    private void toldWhatTheyDid() {
        for (int k = start; k < end; k++) {
            int length = Math.max(words.match("readerDid", line, k), readerPast(k));
            // "10 million of you listened…" tells a crowd, not the reader, what it did.
            if (length == 0 || k > 0 && PARTITIVES.contains(tokens.get(k - 1).lower())) {
                continue;
            }
            Span sensitive = sensitiveStartingIn(k, end);
            if (sensitive != null) {
                addPlacement(k, sensitive, PLACED, "tells the reader what they did: " + category(sensitive));
                return;
            }
            Span detail = detail(k + length);
            if (detail != null) {
                addPlacement(k, detail, TOLD, "tells the reader what they were seen doing");
                int from = tokens.get(k).start();
                line.spans().add(new Span(from, detail.end(), SpanKind.TONE, TOLD,
                    line.text().substring(from, detail.end()), "surveillance: the reader's own data said back"));
            } else {
                line.spans().add(Shapes.span(line, k, k + length, SpanKind.ADDRESS, OWN_DATA,
                    "speaks to the reader about what they did"));
            }
            return;
        }
        ownData();
    }

    // "You ordered…", "compraste", "vous avez commandé", "Sie haben … bestellt": the reader as the
    // subject of a past action. Returns the tokens it covers, 0 when none.
    private int readerPast(int k) {
        String word = tokens.get(k).lower();
        for (String suffix : words.list("readerPastSuffixes")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix) && !words.has("function", word)) {
                return 1;
            }
        }
        if (!isSecondPerson(k) || k + 1 >= end) {
            return 0;
        }
        for (int v = k + 1; v < Math.min(end, k + 4); v++) {
            if (isPastVerb(tokens.get(v).lower())) {
                return v - k + 1;
            }
        }
        return 0;
    }

    private boolean isPastVerb(String word) {
        if (words.has("subjectVerbs", word)) {
            return true;
        }
        for (String suffix : words.list("pastSuffixes")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix) && !words.has("function", word)) {
                return true;
            }
        }
        return false;
    }

    // "Your year in review", "tu resumen del año", "Ihr Jahresrückblick": the reader's own data.
    // With a sensitive term after it, anywhere in the line ("Your picks this week: condoms, a
    // pregnancy test…", "Votre dernière séance chez le psy…"), the reader's data reveals it.
    private void ownData() {
        for (int k = start; k < end; k++) {
            if (words.match("secondPersonPossessive", line, k) == 0 && !isSecondPerson(k)) {
                continue;
            }
            for (int n = k + 1; n < Math.min(end, k + 4); n++) {
                int noun = words.match("ownDataNouns", line, n);
                if (noun > 0) {
                    Span revealed = sensitiveInLineFrom(n);
                    if (revealed != null) {
                        addPlacement(k, revealed, PLACED, "the reader's own data reveals it: " + category(revealed));
                    } else {
                        line.spans().add(Shapes.span(line, k, n + noun, SpanKind.ADDRESS, OWN_DATA,
                            "the reader's own data"));
                    }
                    return;
                }
            }
        }
    }

    private Span sensitiveInLineFrom(int from) {
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

    private Span detail(int from) {
        for (SpanKind kind : new SpanKind[] {SpanKind.FREQUENCY, SpanKind.NAMED_ITEM, SpanKind.USER_CONTENT,
            SpanKind.DURATION, SpanKind.TIME, SpanKind.PLACE}) {
            Span span = kindStartingIn(kind, from, end);
            if (span != null && span.weight() >= DETAIL) {
                return span;
            }
        }
        return null;
    }

    // A sensitive term within reach after a phrase of the class: "your divorce", "are you pregnant".
    private boolean after(int k, String wordClass, int reach, String how) {
        int length = words.match(wordClass, line, k);
        if (length == 0) {
            return false;
        }
        // The term may share words with the phrase: "you haven't" + "haven't voted".
        Span sensitive = sensitiveStartingIn(k, k + length + reach);
        if (sensitive == null || seekingBefore(k + length, sensitive)) {
            return false;
        }
        addPlacement(k, sensitive, PLACED, "places the reader in it (" + how + "): " + category(sensitive));
        return true;
    }

    // "Are you looking for Christian singles?": what the reader seeks is a topic, not an attribute.
    private boolean seekingBefore(int from, Span sensitive) {
        for (int k = from; k < end && tokens.get(k).start() < sensitive.start(); k++) {
            if (words.match("seeking", line, k) > 0) {
                return true;
            }
        }
        return false;
    }

    // "Just engaged?", "Behind on rent again?", "¿Recién divorciado?", "Frisch getrennt?": a question
    // that opens on the condition, with no subject but the reader. Questions that open with a
    // question word or with seeking ("Looking for…?") name a topic instead.
    private boolean ellipticalQuestion() {
        // "The nation's favorite comfort show?" has a subject of its own: not a question about the reader.
        if (!endsWithQuestion() || words.match("questionWords", line, start) > 0
            || words.match("seeking", line, start) > 0 || words.match("definite", line, start) > 0) {
            return false;
        }
        int first = start;
        for (int guard = 0; guard < 3 && first < end; guard++) {
            int softener = words.match("softeners", line, first);
            if (softener == 0) {
                break;
            }
            first += softener;
        }
        Span sensitive = sensitiveStartingIn(start, first + QUESTION_REACH + 1);
        if (sensitive == null && hasSecondPerson()) {
            sensitive = sensitiveStartingIn(start, end);
        }
        // A faint proxy ("comfort", "gym") asked about is no attribute of the reader.
        if (sensitive == null || sensitive.weight() < FAINT) {
            return false;
        }
        addPlacement(start, sensitive, PLACED, "asks it of the reader: " + category(sensitive));
        return true;
    }

    // "Meet other divorced dads", "Conheça outros evangélicos": "other" puts the reader in the group.
    private void others() {
        for (int k = start; k < end; k++) {
            int length = words.match("others", line, k);
            if (length == 0) {
                continue;
            }
            Span sensitive = sensitiveStartingIn(k + length, k + length + OTHERS_REACH);
            if (sensitive != null) {
                addPlacement(k, sensitive, PLACED, "places the reader among others: " + category(sensitive));
                return;
            }
            Span group = kindStartingIn(SpanKind.ATTRIBUTE, k + length, k + length + OTHERS_REACH);
            if (group != null) {
                addPlacement(k, group, AMONG_OTHERS, "places the reader among others like them");
                return;
            }
        }
    }

    // "Sam, your year in running is ready", "Hola Lucía, …": the reader's name, one of Meta's attributes.
    private void vocativeName() {
        int greeting = words.match("greetings", line, start);
        int name = start + greeting;
        if (name >= tokens.size()) {
            return;
        }
        Token token = tokens.get(name);
        // Without a greeting only a comma makes a vocative: "Legend!" and "¡Récord!" are exclamations.
        boolean commaAfter = name + 1 < end && tokens.get(name + 1).afterComma()
            || name + 1 == end && token.end() < line.text().length()
            && (greeting > 0 ? ",!" : ",").indexOf(line.text().charAt(token.end())) >= 0;
        boolean greeted = greeting > 0 && name + 1 == end;
        if (!(commaAfter || greeted) || name >= end || !token.capitalized() || token.number() || line.inTitle()[name]
            || isUpperCase(token)
            || isKnownWord(name) || greeting == 0 && !lineHasSecondPerson()) {
            return;
        }
        Span nameSpan = Shapes.span(line, name, name + 1, SpanKind.SENSITIVE, NAME, "personal name");
        line.spans().add(nameSpan);
        addPlacement(start, nameSpan, PLACED, "addresses the reader by name");
    }

    private boolean isKnownWord(int k) {
        String word = tokens.get(k).lower();
        return words.has("function", word) || words.has("notNames", word) || words.has("greetings", word)
            || words.has("singularDeterminers", word) || words.has("secondPerson", word)
            || lexicon.longestAt(tokens, k) != null;
    }

    private boolean isUpperCase(Token token) {
        String raw = line.text().substring(token.start(), token.end());
        return raw.length() > 1 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
    }

    private boolean endsWithQuestion() {
        int from = tokens.get(end - 1).end();
        int to = end < tokens.size() ? tokens.get(end).start() : line.text().length();
        return line.text().substring(from, to).indexOf('?') >= 0;
    }

    private boolean hasSecondPerson() {
        for (int k = start; k < end; k++) {
            if (isSecondPerson(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean lineHasSecondPerson() {
        for (int k = 0; k < tokens.size(); k++) {
            if (isSecondPerson(k)) {
                return true;
            }
        }
        return false;
    }

    // German "Sie" (formal you) is told from "sie" (they, she) by its capital mid-sentence.
    private boolean isSecondPerson(int k) {
        Token token = tokens.get(k);
        return words.match("secondPerson", line, k) > 0 || words.match("secondPersonPossessive", line, k) > 0
            || words.has("secondPersonCapitalized", token.lower()) && token.capitalized() && !token.clauseStart();
    }

    private Span sensitiveStartingIn(int from, int to) {
        return kindStartingIn(SpanKind.SENSITIVE, from, to);
    }

    private Span kindStartingIn(SpanKind kind, int from, int to) {
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

    private static String category(Span span) {
        return span.category().isEmpty() ? span.text() : span.category();
    }

    // Said of the reader, a proxy ("lonely", "einsam") is an attribute asserted, not a behaviour
    // hinted at: it counts as much as the categories Meta names.
    private void addPlacement(int from, Span target, double weight, String category) {
        if (target.kind() == SpanKind.SENSITIVE && target.weight() < ASSERTED && target.weight() >= FAINT) {
            line.spans().add(new Span(target.start(), target.end(), SpanKind.SENSITIVE, ASSERTED, target.text(),
                category(target) + ", said of the reader"));
        }
        int startOffset = tokens.get(from).start();
        int endOffset = Math.max(target.end(), tokens.get(from).end());
        line.spans().add(new Span(startOffset, endOffset, SpanKind.ADDRESS, weight,
            line.text().substring(startOffset, endOffset), category));
    }
}
