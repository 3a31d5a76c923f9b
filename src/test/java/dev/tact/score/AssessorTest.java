package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Factor;
import dev.tact.core.Stat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessorTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final Stat ACP_18D = new Stat("acp-daily-18d", "Members who watched A Christmas Prince every day"
        + " for the past 18 days", 53, OptionalLong.of(110_000_000), "", "streamflix",
        Map.of("title", "A Christmas Prince", "frequency", "every day", "window", "for the past 18 days"));

    private static Assessment assess(String text) {
        return ASSESSOR.assess(text, List.of(), CohortLookup.NONE, "");
    }

    @ParameterizedTest(name = "{0}: {1} ≥ {2}")
    @CsvSource(delimiter = '|', textBlock = """
        To the 53 people who watched it every day for the past 18 days: who hurt you? | COHORT      | 0.7
        To the 53 people who watched it every day for the past 18 days: who hurt you? | SPECIFICITY | 0.5
        To the 53 people who watched it every day for the past 18 days: who hurt you? | ADDRESS     | 0.5
        To the 53 people who watched it every day for the past 18 days: who hurt you? | TONE        | 0.8
        Are you pregnant? Our app can help.                                            | SENSITIVITY | 0.7
        Are you pregnant? Our app can help.                                            | ADDRESS     | 0.5
        Dear person who played it 31 times: we're here for you.                       | COHORT      | 0.9
        """)
    void factorsRiseWithWhatCausesThem(String line, Factor.Name factor, double atLeast) {
        Factor value = assess(line).factor(factor);

        assertThat(value.value()).isGreaterThanOrEqualTo(atLeast);
        assertThat(value.causes()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Holiday movies were streamed 300 million times in December.
        Our members watched more documentaries than ever this year.
        New on the app: playlists for every mood.
        """)
    void trendLinesHaveNoCohortNoAddressAndAreLow(String line) {
        Assessment assessment = assess(line);

        assertThat(assessment.cohort()).isEmpty();
        assertEquals(0, assessment.factor(Factor.Name.ADDRESS).value());
        assertEquals(Band.LOW, assessment.band());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        To the 53 people who watched it every day: who hurt you?                 | HIGH
        Take a page from the 3,445 people who streamed the playlist on a Wednesday. | MEDIUM
        More than 10 million of you listened to summer hits this year.          | LOW
        """)
    void bandsFollowTheDefaultPolicy(String line, Band band) {
        assertEquals(band, assess(line).band());
    }

    @Test
    void aCohortUnderTheFloorIsHighWhateverTheScore() {
        Assessment assessment = assess("42 people watched the show.");

        assertThat(assessment.score()).isLessThan(60);
        assertEquals(Band.HIGH, assessment.band());
        assertThat(assessment.reasons().get(0)).contains("under the floor of 100");
    }

    @Test
    void aChannelWithWiderReachHasAStricterFloor() {
        String line = "650 people made a road-trip playlist in Austin.";

        assertEquals(Band.HIGH, ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "billboard").band());
        assertThat(ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "email").band()).isNotEqualTo(Band.HIGH);
    }

    @Test
    void theStrictPresetMakesAnySensitiveLineHigh() {
        Assessor strict = new Assessor(PolicyCodec.read(PolicyCodec.defaultDocument(), "strict"));

        Assessment assessment = strict.assess("Millions of you listened to breakup songs.", List.of(),
            CohortLookup.NONE, "");

        assertEquals(1000, assessment.minCohort());
        assertEquals(Band.HIGH, assessment.band());
    }

    @Test
    void aCitedStatBindsTheCohortAndExplainsTheSpan() {
        Assessment assessment = ASSESSOR.assess("To the 53 people who've watched A Christmas Prince every day"
            + " for the past 18 days: Who hurt you?", List.of(ACP_18D), CohortLookup.NONE, "");

        BoundCohort cohort = assessment.cohort().orElseThrow();
        assertEquals(BoundCohort.Origin.CITED, cohort.origin());
        assertEquals("53 people", cohort.span().orElseThrow().text());
        assertEquals("53 ← stat acp-daily-18d (53 of 110,000,000)", cohort.explanation());
    }

    @Test
    void aMatchedStatBindsWhenNoneIsCited() {
        CohortLookup lookup = new CohortLookup() {
            @Override
            public Optional<Stat> byId(String statId) {
                return Optional.empty();
            }

            @Override
            public List<Stat> bySizeAndWords(long size, List<String> words) {
                return size == 53 && words.contains("prince") ? List.of(ACP_18D) : List.of();
            }
        };

        Assessment assessment = ASSESSOR.assess("53 people watched A Christmas Prince every day for the past 18"
            + " days.", List.of(), lookup, "");

        assertEquals(BoundCohort.Origin.MATCHED, assessment.cohort().orElseThrow().origin());
        assertEquals("acp-daily-18d", assessment.cohort().orElseThrow().stat().orElseThrow().id());
    }

    @Test
    void theSameInputAlwaysGivesTheSameAssessment() {
        String line = "Dear 14 people who rewatched the breakup episode every night this month, are you okay?";

        assertEquals(assess(line), assess(line));
    }
}
