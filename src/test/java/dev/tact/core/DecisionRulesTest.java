package dev.tact.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionRulesTest {

    @ParameterizedTest(name = "{0} by {1}, reason \"{2}\", author {3}, {4} → refused: {5}")
    @CsvSource(delimiter = '|', textBlock = """
        REJECT  | ana  |                  | maya | LOW    | give a reason
        CHANGES | ana  | '  '             | maya | MEDIUM | give a reason
        APPROVE | maya | Looks fine       | maya | LOW    | cannot approve it
        APPROVE | MAYA |                  | maya | LOW    | cannot approve it
        APPROVE | ana  |                  | maya | HIGH   | written override reason
        APPROVE | ''   |                  | maya | LOW    | needs a reviewer
        """)
    void refusesWhatTheRulesForbid(Verdict verdict, String reviewer, String reason, String author, Band band,
                                   String why) {
        assertThatThrownBy(() -> DecisionRules.check(verdict, reviewer, reason, author, band))
            .isInstanceOf(DecisionRefusedException.class).hasMessageContaining(why);
    }

    @ParameterizedTest(name = "{0} by {1}, reason \"{2}\", author {3}, {4} → allowed")
    @CsvSource(delimiter = '|', textBlock = """
        APPROVE | ana  |                      | maya | LOW
        APPROVE | ana  | Legal cleared it     | maya | HIGH
        REJECT  | maya | I wrote it, it's bad | maya | HIGH
        CHANGES | ana  | Drop the place       | maya | MEDIUM
        APPROVE | ana  |                      |      | MEDIUM
        """)
    void allowsWhatTheRulesPermit(Verdict verdict, String reviewer, String reason, String author, Band band) {
        assertThatCode(() -> DecisionRules.check(verdict, reviewer, reason, author, band)).doesNotThrowAnyException();
    }
}
