package dev.tact.score;

import dev.tact.core.LanguagePack;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the words around a number say it is: a count of people ("53 people", "73 Kreuzberger",
 * "the 53 who…"), or not one — a share ("1 in 3", "3 personnes sur 10"), a percentage, a year
 * ("In 2016, …"), a negative balance ("−212 €"). One per language pack; stateless across lines.
 */
final class CountContext {
    // "1 in 3", "2 de cada 3", "1 sur 5", "1 von 4", "1 em cada 3": a ratio, not a count of people.
    private static final Set<String> RATIO_WORDS = Set.of("in", "de", "sur", "von", "em", "out");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "per", "prozent", "pour", "porcento",
        "por cento");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "en", "em", "im", "since", "seit", "desde",
        "depuis", "de", "of", "from", "until", "bis", "jahr", "year", "ano", "año", "année");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    // Plural demonym endings by language: "Londoners", "madrileños", "Lyonnais", "cariocas"…,
    // "Kreuzberger" (German plural in -er). A month ("December") or a known word is never one.
    private static final java.util.Map<String, List<String>> DEMONYM_ENDINGS = java.util.Map.of(
        "en", List.of("ers", "ites", "ians"), "es", List.of("eños", "eñas", "enses", "anos", "anas"),
        "fr", List.of("ois", "oises", "ais", "aises", "iens", "iennes"),
        "pt", List.of("enses", "anos", "anas", "eiros", "eiras"), "de", List.of("er", "erinnen"));
    private static final Set<String> COUNT_ARTICLES = Set.of("the", "los", "las", "les", "aux", "die", "den",
        "os", "as", "aos", "às", "these", "those");

    private final Set<String> peopleNouns;
    private final Set<String> timesWords;
    private final Set<String> nounStops;
    private final Set<String> relatives;
    private final Set<String> secondPerson;
    private final boolean german;
    private final boolean english;
    private final List<String> demonymEndings;
    private final Set<String> notDemonyms;
    // "1,200 of you", "tres de vosotros", "trois d'entre vous", "drei von euch", "três de vocês"
    private final Set<String> partitiveYou;
    private final Set<String> numberWords;
    private static final Set<String> PARTITIVES = Set.of("of", "de", "d'entre", "von", "entre");
    // "a table for two people", "dinner for one": a seat count, not a cohort.
    private static final Set<String> SEATING = Set.of("for", "pour", "para", "für", "per");

    /** Whether the number is a seat count ("pour deux personnes", "for two people"). */
    boolean isSeating(String text, List<Token> tokens, int i) {
        return i > 0 && isPortionWord(tokens.get(i - 1).lower());
    }

    /** A plural noun for people in this language ("people", "usuarios", "Kunden"). */
    boolean isPeopleNoun(String word) {
        return peopleNouns.contains(word);
    }

    /** A word that makes a number a count of times ("times", "veces", "fois", "Mal", "vezes"). */
    boolean isTimesWord(String word) {
        return timesWords.contains(word);
    }

    /** A word that makes what follows a portion, not people: "for", "pour", "para", "für", "per". */
    static boolean isPortionWord(String word) {
        return SEATING.contains(word);
    }

    /** A word that takes a part of a group: "of" (you), "de", "d'entre", "von", "entre". */
    static boolean isPartitive(String word) {
        return PARTITIVES.contains(word);
    }

    /** Whether a word joins a number to a denominator: "1 in 3", "2 de cada 3", "1 sur 5". */
    static boolean isRatioWord(String word) {
        return RATIO_WORDS.contains(word);
    }

    CountContext(LanguagePack pack) {
        this.peopleNouns = Set.copyOf(pack.peopleNouns());
        this.timesWords = Set.copyOf(pack.words("timesWords"));
        Set<String> stops = new HashSet<>(Set.of("who", "where", "when", "than", "and", "or", "y", "et", "und",
            "oder", "e", "ou"));
        stops.addAll(pack.words("relatives"));
        stops.addAll(pack.words("questionWords"));
        stops.removeAll(Set.of("de", "of"));
        this.nounStops = Set.copyOf(stops);
        this.relatives = Set.copyOf(pack.words("relatives"));
        Set<String> reader = new HashSet<>(pack.words("secondPerson"));
        reader.addAll(pack.words("secondPersonPossessive"));
        this.secondPerson = Set.copyOf(reader);
        this.german = pack.code().equals("de");
        this.english = pack.code().equals("en");
        this.demonymEndings = DEMONYM_ENDINGS.getOrDefault(pack.code(), List.of());
        this.notDemonyms = Set.copyOf(pack.words("notNames"));
        this.partitiveYou = Set.copyOf(pack.words("partitiveYou"));
        this.numberWords = Set.copyOf(pack.numberWords().keySet());
    }

    // "Solde à −212 €", "-$40 balance": a balance below zero, said with a sign and a currency.
    boolean isNegativeMoney(String text, List<Token> tokens, int i, int after) {
        int start = tokens.get(i).start();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before != '-' && before != '\u2212') {
            return false;
        }
        int end = tokens.get(after - 1).end();
        String around = text.substring(Math.max(0, start - 3), Math.min(text.length(), end + 3));
        return around.indexOf('€') >= 0 || around.indexOf('$') >= 0 || around.indexOf('£') >= 0;
    }

    // "At 96 kg, you're closer…": a body measurement in a line that speaks to the reader.
    boolean secondPersonInLine(String text, List<Token> tokens) {
        for (Token token : tokens) {
            if (secondPerson.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    // "3 personnes sur 10", "2 people in 5": a share, not a count of three.
    // Digits or a number word: "one in four customers", "sete em cada dez pessoas".
    private boolean isNumber(Token token) {
        return token.number() || numberWords.contains(token.lower());
    }

    boolean ratioAfter(String text, List<Token> tokens, int k) {
        return k + 1 < tokens.size() && RATIO_WORDS.contains(tokens.get(k).lower()) && isNumber(tokens.get(k + 1))
            || k + 2 < tokens.size() && tokens.get(k).lower().equals("de") && tokens.get(k + 1).lower().equals("cada");
    }

    // "To the 53 who watched it", "A los 41 que pidieron", "An die 73, die…": a number after the
    // opening's article and before a relative counts people without a noun.
    boolean countedByRelative(String text, List<Token> tokens, int i, int after) {
        if (i == 0 || after >= tokens.size() || !relatives.contains(tokens.get(after).lower())) {
            return false;
        }
        return COUNT_ARTICLES.contains(tokens.get(i - 1).lower());
    }

    // "In 2016, …", "en 2019 les Marseillais": a year, not 2,016 people.
    boolean isYear(String text, List<Token> tokens, int i, NumberReader.Read read) {
        String digits = tokens.get(i).lower();
        boolean yearShaped = read.length() == 1 && digits.length() == 4 && digits.chars().allMatch(Character::isDigit)
            && read.value() >= FIRST_YEAR && read.value() <= LAST_YEAR;
        boolean commaAfter = tokens.get(i).end() < text.length() && text.charAt(tokens.get(i).end()) == ',';
        return yearShaped && (commaAfter || i > 0 && YEAR_PREPOSITIONS.contains(tokens.get(i - 1).lower()));
    }

    boolean isPercentOrRatio(String text, List<Token> tokens, int i, int after, String following) {
        int end = tokens.get(after - 1).end();
        int next = end < text.length() && Character.isSpaceChar(text.charAt(end)) ? end + 1 : end;
        boolean percent = next < text.length() && text.charAt(next) == '%';
        // "1 in 3", "2 de cada 3", "1 em cada 4", "3 out of 10", "1 sur 5"
        int denominator = after + 1 < tokens.size() && (tokens.get(after + 1).lower().equals("cada")
            || tokens.get(after + 1).lower().equals("of")) ? after + 2 : after + 1;
        boolean ratio = RATIO_WORDS.contains(following) && denominator < tokens.size()
            && isNumber(tokens.get(denominator));
        boolean percentWord = PERCENT_WORDS.contains(following) || (following.equals("por")
            && after + 1 < tokens.size() && tokens.get(after + 1).lower().equals("ciento"));
        return percent || ratio || percentWord;
    }

    // A number counts people when a people noun follows within three words ("53 people",
    // "2 million loyal fans", "1,200 of you", "40 of our members", "3,4 millones de usuarios").
    int peopleNounAfter(String text, List<Token> tokens, int after) {
        for (int k = after; k < Math.min(after + 3, tokens.size()); k++) {
            String word = tokens.get(k).lower();
            if (peopleNouns.contains(word) || isDemonym(text, tokens, tokens.get(k)) || (partitiveYou.contains(word)
                && k > after && PARTITIVES.contains(tokens.get(k - 1).lower()))) {
                return k;
            }
            if (tokens.get(k).number() || nounStops.contains(word) || timesWords.contains(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a number of two or more stands before a singular noun, so it does not count people:
     * "the average Three customer" names a network, not three customers. English only, where a
     * plural noun is marked (an -s or one of the irregular plurals).
     */
    boolean singularAfterMany(double value, Token noun) {
        String word = noun.lower();
        return english && value >= 2 && peopleNouns.contains(word) && !secondPerson.contains(word)
            && !word.endsWith("s") && !IRREGULAR_PLURALS.contains(word);
    }

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "folk", "staff",
        "crew", "police", "youth", "alumni", "personnel");

    // "73 Kreuzberger", "500 Londoners", "2.000 madrileños", "300 Lyonnais": people of a place.
    boolean isDemonym(String text, List<Token> tokens, Token token) {
        if (!token.capitalized() || token.clauseStart() && german) {
            return false;
        }
        String word = token.lower();
        if (notDemonyms.contains(word)) {
            return false;
        }
        for (String ending : demonymEndings) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
