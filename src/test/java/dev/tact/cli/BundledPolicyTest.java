package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Policy;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"score deck.csv", "--db x.db check --campaign C", "info", "--help"})
    void readAheadOrNotItIsTheBundledPolicyAndScoresAlike(String line) {
        Policy read = BundledPolicy.readAheadFor(line.split(" ")).get();
        Policy bundled = PolicyCodec.defaults();

        assertThat(read).isEqualTo(bundled);
        String copy = "To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?";
        assertThat(new Assessor(read).assess(copy, List.of(), dev.tact.core.CohortLookup.NONE, "billboard"))
            .isEqualTo(new Assessor(bundled).assess(copy, List.of(), dev.tact.core.CohortLookup.NONE, "billboard"));
    }
}
