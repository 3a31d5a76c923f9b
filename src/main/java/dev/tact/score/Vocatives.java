package dev.tact.score;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;

/** The reader addressed by name, one of Meta's personal attributes: "Sam, your year…", "…, Bruno!". */
final class Vocatives {

    private final Sentence s;

    Vocatives(Sentence sentence) {
        this.s = sentence;
    }

    // "Sam, your year in running is ready", "Hola Lucía, …": the reader's name, one of Meta's attributes.
    void vocativeName() {
        int greeting = s.words.match(WordClass.GREETINGS, s.line, s.start);
        int name = s.start + greeting;
        if (name >= s.tokens.size()) {
            return;
        }
        Token token = s.tokens.get(name);
        // Without a greeting only a comma makes a vocative: "Legend!" and "¡Récord!" are exclamations.
        boolean commaAfter = name + 1 < s.end && s.tokens.get(name + 1).afterComma()
            || name + 1 == s.end && token.end() < s.line.text().length()
            && (greeting > 0 ? ",!" : ",").indexOf(s.line.text().charAt(token.end())) >= 0;
        boolean greeted = greeting > 0 && name + 1 == s.end;
        if (!(commaAfter || greeted) || name >= s.end || !token.capitalized() || token.number() || s.line.inTitle()[name]
            || s.isUpperCase(token)
            || s.isKnownWord(name) || greeting == 0 && !s.lineHasSecondPerson()) {
            return;
        }
        Span nameSpan = Shapes.span(s.line, name, name + 1, SpanKind.SENSITIVE, Sentence.NAME, "personal name");
        s.line.spans().add(nameSpan);
        s.addPlacement(s.start, nameSpan, Sentence.PLACED, "addresses the reader by name");
    }

    // "Parabéns pelo seu primeiro Dia dos Pais, Bruno!": the name after a comma, ending the sentence.
    void closingName() {
        int name = s.end - 1;
        if (name <= s.start || !s.tokens.get(name).afterComma()) {
            return;
        }
        Token token = s.tokens.get(name);
        boolean named = s.line.spans().stream().anyMatch(span -> span.category().equals("personal name")
            && span.start() == token.start());
        if (named || !token.capitalized() || token.number() || s.line.inTitle()[name] || s.isUpperCase(token)
            || s.isKnownWord(name) || !s.lineHasSecondPerson() && s.words.match(WordClass.CONGRATULATIONS, s.line, s.start) == 0) {
            return;
        }
        Span nameSpan = Shapes.span(s.line, name, name + 1, SpanKind.SENSITIVE, Sentence.NAME, "personal name");
        s.line.spans().add(nameSpan);
        s.addPlacement(name, nameSpan, Sentence.PLACED, "addresses the reader by name");
    }
}
