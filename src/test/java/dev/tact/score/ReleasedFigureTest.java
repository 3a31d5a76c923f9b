package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A cited line's figure read without an assessment is the figure its assessment gives. */
class ReleasedFigureTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final List<String> CHANNELS = List.of("", "social", "ooh", "email");

    @Test
    void ofCitedEqualsTheFigureOfTheFullAssessmentOnEveryCorpusLine() {
        Random random = new Random(14);
        int compared = 0;
        int withFigure = 0;
        for (CorpusCase line : CorpusCase.bundled()) {
            // Stats sized like a number the line states, near it, or unrelated, one or two of them.
            List<Long> numbers = new ArrayList<>();
            java.util.regex.Matcher match = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(line.text());
            while (match.find()) {
                numbers.add(Long.parseLong(match.group().replace(",", "").isEmpty() ? "0"
                    : match.group().replace(",", "")));
            }
            for (int trial = 0; trial < 3; trial++) {
                List<Stat> cited = new ArrayList<>();
                for (int i = 0; i <= random.nextInt(2); i++) {
                    long size = numbers.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(5_000_000)
                        : numbers.get(random.nextInt(numbers.size())) + (random.nextBoolean() ? 0 : random.nextInt(90));
                    cited.add(stat("s" + i, Math.max(0, size)));
                }
                String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                Assessment assessment = ASSESSOR.assess(line.text(), cited, CohortLookup.NONE, channel);
                Optional<ReleasedFigure> full = ReleasedFigure.of(line.id(), line.text(), assessment,
                    ReleasedFigure.Release.UNDER_REVIEW);
                Optional<ReleasedFigure> read = ReleasedFigure.ofCited(line.id(), line.text(), cited,
                    ASSESSOR.policy().thresholds(channel).minCohort(), ReleasedFigure.Release.UNDER_REVIEW);

                assertThat(read).as(line.text() + " citing " + cited + " on " + channel).isEqualTo(full);
                compared++;
                withFigure += full.isPresent() ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(withFigure).isGreaterThan(100);
    }

    @Test
    void aLineCitingNothingHasNoFigureWithoutAnAssessment() {
        assertThat(ReleasedFigure.ofCited("a", "53 people did it.", List.of(), 100,
            ReleasedFigure.Release.UNDER_REVIEW)).isEmpty();
    }

    private static Stat stat(String id, long size) {
        return new Stat(id, "Members who did it", size, OptionalLong.of(Math.max(size, 110_000_000L)), "", "test",
            new TreeMap<>(Map.of("title", "It")));
    }
}
