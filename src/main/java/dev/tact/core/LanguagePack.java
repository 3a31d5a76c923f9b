package dev.tact.core;

import java.util.List;
import java.util.Map;

/**
 * What the assessment needs to read one language: its phrase lexicon and the word classes the
 * sentence-shape rules use. Kept in the policy document ({@code languages.<code>}), so covering a new
 * language is a policy change, not a code change.
 *
 * <p>Word classes ({@code words}), each a list of lower-case words or phrases:
 * {@code function} (frequent function words, to identify the language), {@code agentNouns} (singular
 * nouns for one customer: rider, usuaria, Kunde), {@code singularDeterminers} (a, the, one, un, eine…),
 * {@code notSingularBefore} (every, each, any, as: "every customer who" is not one person),
 * {@code relatives} (who, que, qui, der), {@code placePrepositions} (in, from, en, à, aus, em),
 * {@code superlatives} (longest, más, plus, meisten; German also by suffix), {@code activityNouns}
 * (workout, order, ride: a record one of them was one person's), {@code timeNouns} (night, snowstorm),
 * {@code during} (during, durante, pendant, während), {@code secondPerson} (you, tú, vous, du, você),
 * {@code secondPersonPossessive} (your, tu, ton, dein, seu), {@code readerCopulas} (are you, you're,
 * estás, tu es, bist du, você está), {@code congratulations} (congrats on, felicidades por),
 * {@code others} (other, otros, autres, andere, outros), {@code seeking} (looking for, busca, cherche,
 * suchst: asking what the reader looks for names a topic, not an attribute), {@code questionWords},
 * {@code softeners} (just, still, again, recién, encore, frisch: "Just engaged?"),
 * {@code greetings} (hi, hola, salut, hallo, oi), {@code timesWords} (times, veces, fois, mal, vezes),
 * {@code durationUnits} (days, días, jours, Tage, dias).
 *
 * @param code        ISO 639-1 code
 * @param name        English name ("Spanish")
 * @param lexicon     phrase lists by group, as {@link Policy#lexicon()}
 * @param peopleNouns plural nouns that make a number a count of people
 * @param words       word classes by name (see above); a missing class is empty
 * @param numberWords spelled-out numbers and their values ("deux" → 2)
 * @param multipliers words that multiply the number before them ("millones" → 1,000,000)
 * @param commaDecimal whether "3,4" means 3.4 (es, fr, de, pt) rather than a thousands group
 */
public record LanguagePack(String code, String name, Map<String, List<Policy.Term>> lexicon, List<String> peopleNouns,
                           Map<String, List<String>> words, Map<String, Long> numberWords, Map<String, Long> multipliers,
                           boolean commaDecimal) {
    public LanguagePack {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("a language pack needs an ISO 639 code: " + code);
        }
        lexicon = Map.copyOf(lexicon);
        peopleNouns = List.copyOf(peopleNouns);
        words = Map.copyOf(words);
        numberWords = Map.copyOf(numberWords);
        multipliers = Map.copyOf(multipliers);
    }

    /** A word class, empty when the pack has none of that name. */
    public List<String> words(String wordClass) {
        return words.getOrDefault(wordClass, List.of());
    }
}
