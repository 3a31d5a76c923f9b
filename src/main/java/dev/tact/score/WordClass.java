package dev.tact.score;

/**
 * The word classes of a language pack ({@code LanguagePack#words()}) that the scorer's rules read,
 * by the name the policy gives them. A rule names its class by constant, so {@link WordClasses}
 * finds it by index rather than by hashing its name on every token (a lookup per call was about 4 %
 * of {@code tact score}'s CPU, src/site/decisions/0013-the-jit-by-command.md), and a misspelt name
 * fails to compile instead of matching nothing. A class the pack does not define is empty.
 */
enum WordClass {
    ACTIVITY_NOUNS("activityNouns"),
    AD_WORDS("adWords"),
    AGE_UNITS("ageUnits"),
    AGE_VERBS("ageVerbs"),
    AGENT_NOUNS("agentNouns"),
    CONGRATULATIONS("congratulations"),
    DEFINITE("definite"),
    DURING("during"),
    FUNCTION("function"),
    GREETINGS("greetings"),
    NOT_NAMES("notNames"),
    NOT_SINGULAR_BEFORE("notSingularBefore"),
    ORDINALS("ordinals"),
    OTHERS("others"),
    OWN_DATA_NOUNS("ownDataNouns"),
    PAST_SUFFIXES("pastSuffixes"),
    PLACE_PREPOSITIONS("placePrepositions"),
    QUESTION_WORDS("questionWords"),
    RANGE_WORDS("rangeWords"),
    READER_COPULAS("readerCopulas"),
    READER_DID("readerDid"),
    READER_PAST_SUFFIXES("readerPastSuffixes"),
    RELATIVES("relatives"),
    SECOND_PERSON("secondPerson"),
    SECOND_PERSON_CAPITALIZED("secondPersonCapitalized"),
    SECOND_PERSON_POSSESSIVE("secondPersonPossessive"),
    SECOND_PERSON_VERBS("secondPersonVerbs"),
    SEEKING("seeking"),
    SINGULAR_DETERMINERS("singularDeterminers"),
    SOFTENERS("softeners"),
    SUBJECT_VERBS("subjectVerbs"),
    SUPERLATIVE_MARKERS("superlativeMarkers"),
    SUPERLATIVE_SUFFIXES("superlativeSuffixes"),
    SUPERLATIVES("superlatives"),
    TIME_NOUNS("timeNouns");

    private final String key;

    WordClass(String key) {
        this.key = key;
    }

    /** The class's name in the policy's language packs, e.g. {@code "singularDeterminers"}. */
    String key() {
        return key;
    }
}
