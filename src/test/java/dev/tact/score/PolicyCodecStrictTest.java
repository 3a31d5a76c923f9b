package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A policy document is read strictly: a wrong type or a duplicate key is a sentence naming the field. */
class PolicyCodecStrictTest {
    private static final String THRESHOLDS = "\"thresholds\": {\"minCohort\": %s, \"medium\": %s, \"high\": %s}";

    private static String document(String minCohort, String medium, String high) {
        return PolicyCodec.defaultDocument().replaceFirst("\"thresholds\": \\{[^}]*\\}",
            String.format(THRESHOLDS, minCohort, medium, high));
    }

    @ParameterizedTest(name = "minCohort {0}, medium {1}, high {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        "100"        | 30   | 60 | minCohort must be a whole number from 1 to 2147483647 written without quotes
        true         | 30   | 60 | minCohort must be a whole number from 1 to 2147483647, found true
        4294967396   | 30   | 60 | minCohort must be a whole number from 1 to 2147483647, found 4294967396
        0            | 30   | 60 | minCohort must be a whole number from 1
        100          | 30.5 | 60 | medium must be a whole number from 0 to 100, found 30.5
        100          | 30   | 160| high must be a whole number from 0 to 100, found 160
        """)
    void aThresholdIsAWholeNumberInRange(String minCohort, String medium, String high, String message) {
        assertThatThrownBy(() -> PolicyCodec.read(document(minCohort, medium, high), null))
            .isInstanceOf(PolicyException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        {"name": "x", "name": "y"}                                                   | Duplicate field 'name'
        []                                                                           | a policy is a JSON object
        null                                                                         | a policy is a JSON object
        {"name": 5}                                                                  | missing "name" (a string)
        {"name": "x", "thresholds": 5}                                               | thresholds need minCohort, medium and high
        """)
    void aBrokenDocumentIsASentenceNotACrash(String document, String message) {
        assertThatThrownBy(() -> PolicyCodec.read(document, null)).isInstanceOf(PolicyException.class)
            .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        "lexicon": {"frequency": 5}                                      | lexicon.frequency must be a list
        "lexicon": {"frequency": [{"weight": "high", "phrases": ["a"]}]} | each entry needs a numeric weight
        """)
    void aLexiconEntryHasAWeightAndPhrases(String lexicon, String message) {
        String document = PolicyCodec.defaultDocument().replaceFirst("\"lexicon\": \\{", "\"lexiconOld\": {")
            .replaceFirst("\\{", "{" + lexicon + ",");
        assertThatThrownBy(() -> PolicyCodec.read(document, null)).isInstanceOf(PolicyException.class)
            .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void theBundledDocumentReadsStrictly() {
        assertThat(PolicyCodec.defaults().defaults().minCohort()).isEqualTo(100);
    }
}
