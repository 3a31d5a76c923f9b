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
        "added": 5                                      | lexicon.added must be a list
        "added": [{"weight": "high", "phrases": ["a"]}] | each entry needs a numeric weight
        """)
    void aLexiconEntryHasAWeightAndPhrases(String group, String message) {
        String document = PolicyCodec.defaultDocument().replaceFirst("\"lexicon\": \\{", "\"lexicon\": {" + group + ",");
        assertThatThrownBy(() -> PolicyCodec.read(document, null)).isInstanceOf(PolicyException.class)
            .hasMessageContaining(message);
    }

    private static String replaced(String regex, String replacement) {
        String document = PolicyCodec.defaultDocument();
        String changed = document.replaceFirst(regex, replacement);
        assertThat(changed).as("the test's edit applies").isNotEqualTo(document);
        return changed;
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        sensitiveAlwaysHigh: "true" | "sensitiveAlwaysHigh": "true"  | sensitiveAlwaysHigh must be true or false written without quotes, found "true"
        sensitiveAlwaysHigh: 1      | "sensitiveAlwaysHigh": 1       | sensitiveAlwaysHigh must be true or false, found 1
        sensitiveAlwaysHigh: 0      | "sensitiveAlwaysHigh": 0       | sensitiveAlwaysHigh must be true or false, found 0
        "false" in quotes           | "sensitiveAlwaysHigh": "false" | sensitiveAlwaysHigh must be true or false written without quotes
        a mistyped key              | "sensitiveAlwaysHihg": false   | sensitiveAlwaysHihg: unknown key: did you mean "sensitiveAlwaysHigh"?
        """)
    void sensitiveAlwaysHighIsAJsonBooleanUnderItsOwnName(String what, String member, String message) {
        String document = replaced("\"sensitiveAlwaysHigh\": false", member);
        assertThatThrownBy(() -> PolicyCodec.read(document, null)).isInstanceOf(PolicyException.class)
            .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void aPresetsBooleanIsNamedByItsPath() {
        String document = replaced("\"sensitiveAlwaysHigh\": true", "\"sensitiveAlwaysHigh\": \"yes\"");
        assertThatThrownBy(() -> PolicyCodec.read(document, "strict")).hasMessageContaining(
            "presets.strict.sensitiveAlwaysHigh must be true or false written without quotes, found \"yes\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        garbage after the document | x                | text after the end of the policy document
        a second document          | {"name": "again"} | text after the end of the policy document
        """)
    void onlyOneDocumentIsRead(String what, String trailing) {
        String document = PolicyCodec.defaultDocument().strip() + trailing;
        assertThatThrownBy(() -> PolicyCodec.read(document, null)).isInstanceOf(PolicyException.class)
            .hasMessageContaining("text after the end of the policy document");
    }

    @org.junit.jupiter.api.Test
    void aChannelKeyIsLowerCase() {
        String document = replaced("\"email\": \\{", "\"Email\": {");
        assertThatThrownBy(() -> PolicyCodec.read(document, null))
            .hasMessage("channels.\"Email\": a channel key is lower case without spaces around it; write \"email\"");
    }

    @org.junit.jupiter.api.Test
    void aQuotedWeightIsSaidToBeQuotedNotMissing() {
        String document = replaced("\"cohort\": ([0-9.]+)", "\"cohort\": \"$1\"");
        assertThatThrownBy(() -> PolicyCodec.read(document, null))
            .hasMessageStartingWith("weights.cohort must be a number in [0, 1] written without quotes, found \"");
    }

    @org.junit.jupiter.api.Test
    void missingThresholdsSayWhatIsMissing() {
        String document = replaced("\"thresholds\": \\{[^}]*\\},", "");
        assertThatThrownBy(() -> PolicyCodec.read(document, null))
            .hasMessage("missing \"thresholds\": thresholds need minCohort, medium and high");
    }

    @org.junit.jupiter.api.Test
    void aBadChannelThresholdIsNamedByItsPath() {
        String document = replaced("(\"billboard\": \\{[^}]*\"minCohort\": )\\d+", "$1-3");
        assertThatThrownBy(() -> PolicyCodec.read(document, null)).hasMessageStartingWith(
            "channels.billboard.minCohort must be a whole number from 1 to 2147483647, found -3");
    }

    @org.junit.jupiter.api.Test
    void aByteOrderMarkIsDroppedAndUtf16IsNamed() {
        byte[] utf8 = PolicyCodec.defaultDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(PolicyCodec.read(PolicyText.decode(withBom, "p.json"), null).defaults().minCohort()).isEqualTo(100);
        assertThat(PolicyCodec.read("\uFEFF" + PolicyCodec.defaultDocument(), null).name()).isEqualTo("platform-floor");
        for (java.nio.charset.Charset utf16 : new java.nio.charset.Charset[] {java.nio.charset.StandardCharsets.UTF_16,
            java.nio.charset.StandardCharsets.UTF_16LE}) {
            assertThatThrownBy(() -> PolicyText.decode("{\"name\": \"x\"}".getBytes(utf16), "p.json"))
                .hasMessageStartingWith("p.json: the policy is UTF-16 text: save it as UTF-8");
        }
    }

    @org.junit.jupiter.api.Test
    void theBundledDocumentReadsStrictly() {
        assertThat(PolicyCodec.defaults().defaults().minCohort()).isEqualTo(100);
    }

    @org.junit.jupiter.api.Test
    void theBundledPolicyReadFromItsBytesIsTheOneReadFromItsText() {
        assertThat(PolicyCodec.defaults()).isEqualTo(PolicyCodec.read(PolicyCodec.defaultDocument(), null));
    }
}
