package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.BoundCohort;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordedCountTest {

    private static Optional<Interval> revealed(String text, long truth) {
        Span span = new Span(0, 1, SpanKind.COUNT, 1.0, text.substring(0, 1), "people");
        BoundCohort cohort = new BoundCohort(truth, BoundCohort.Origin.CITED,
            Optional.of(DisclosureFixtures.stat("s", truth, "")), Optional.of(span));
        return WordedCount.revealed(text, cohort);
    }

    @ParameterizedTest(name = "\"{0}\" of {1} reveals {2}")
    @CsvSource(delimiter = '|', textBlock = """
        3,441 people streamed it.                 | 3441    | 3,441
        3,441 of them did it outside Leeds.       | 3441    | 3,441
        More than 3,400 people streamed it.       | 3441    | 3,401–3,499
        Over 3,400 people streamed it.            | 3441    | 3,401–3,499
        More than 3,400 people streamed it.       | 3551    | 3,401 or more
        At least 3,400 people streamed it.        | 3400    | 3,400–3,499
        About 3,440 people streamed it.           | 3441    | 3,435–3,444
        About 3,400 people streamed it.           | 3441    | 3,350–3,449
        Nearly 3,500 people streamed it.          | 3445    | 3,400–3,499
        Almost 3,450 people streamed it.          | 3445    | 3,440–3,449
        Fewer than 3,500 people streamed it.      | 3445    | 0–3,499
        Up to 3,500 people streamed it.           | 3445    | 0–3,500
        3,400 people streamed it.                 | 3441    | 3,350–3,449
        Over 1.8 million people brunched to it.   | 1834000 | 1,800,001–1,899,999
        Thousands of people streamed it.          | 3441    | 2,000–1,999,999
        Hundreds of thousands of you streamed it. | 3000000 | 2,000 or more
        Más de 3.400 personas lo escucharon.      | 3441    | 3,401–3,499
        In 2025, 3,441 people streamed it.        | 3441    | 3,441
        More than 5 people streamed it.           | 7       | 6 or more
        About 7 people streamed it.               | 7       | 7
        At least 7 people streamed it.            | 7       | 7 or more
        Nearly 8 people streamed it.              | 7       | 0–7
        """)
    void aReaderInfersTheNarrowestReadingThatHoldsTheStat(String text, long truth, String interval) {
        assertThat(revealed(text, truth)).map(Interval::describe).contains(interval);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        Lots of people streamed it on a Wednesday. | 3441
        """)
    void aLineThatStatesNoNumberOfItsStatRevealsNoFigure(String text, long truth) {
        assertThat(revealed(text, truth)).isEmpty();
    }
}
