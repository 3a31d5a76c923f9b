package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Span;
import dev.tact.core.Stat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outside tester's findings on the ladder: every suggestion says only what its stat backs. */
class TrueToTheDataTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    private static Stat stat(String id, long size, Map<String, String> dims) {
        return new Stat(id, "Members who watched it", size, OptionalLong.of(110_000_000), "", "streamflix", dims);
    }

    private static final Map<String, String> ACP = Map.of("action", "watched", "title", "A Christmas Prince");
    private static final Stat TITLE = stat("acp", 2_100_000, ACP);
    private static final Stat BROOKLYN = stat("acp-bk", 4_410, with(ACP, "place", "Brooklyn"));
    private static final Stat DAILY = stat("acp-daily", 8_820, with(ACP, "frequency", "every day"));
    private static final Stat WINDOW = stat("acp-18d", 12_600, with(ACP, "window", "for the past 18 days"));
    private static final Stat FIVE_TIMES_BK = stat("acp-x5-18d-bk", 1, with(with(with(ACP, "place", "Brooklyn"),
        "frequency", "more than 5 times"), "window", "for the past 18 days"));
    private static final Stat STREAK = stat("acp-daily-18d", 53, with(with(ACP, "frequency", "every day"), "window",
        "for the past 18 days"));
    private static final Stat OFFICE = stat("off-daily-30n-sun-dub", 3, Map.of("action", "watched", "title",
        "The Office", "frequency", "every day", "window", "30 nights straight", "day", "on a Sunday", "place",
        "Dublin"));
    private static final Stat LULLABIES_3AM = stat("lul-3am", 73_800, Map.of("action", "played", "title",
        "Lullabies for Little Ones", "frequency", "at 3am"));
    private static final List<Stat> LATTICE = List.of(TITLE, BROOKLYN, DAILY, WINDOW,
        stat("acp-x5", 65_100, with(ACP, "frequency", "more than 5 times")),
        stat("acp-x5-18d", 391, with(with(ACP, "frequency", "more than 5 times"), "window", "for the past 18 days")));

    private static Map<String, String> with(Map<String, String> dims, String name, String value) {
        Map<String, String> more = new java.util.TreeMap<>(dims);
        more.put(name, value);
        return more;
    }

    private static List<Suggestion> ladder(String text, List<Stat> cited, CohortLookup lookup) {
        Assessment original = ASSESSOR.assess(text, cited, lookup, "");
        return new Ladder(ASSESSOR).suggest(text, original, TrueToTheDataTest::broaderOf, "");
    }

    // The lattice as the database walks it: a strict subset of the stat's dimensions, equal values.
    private static List<Stat> broaderOf(Stat stat) {
        return LATTICE.stream().filter(wider -> wider.dimensions().size() < stat.dimensions().size()
            && stat.dimensions().entrySet().containsAll(wider.dimensions().entrySet())).toList();
    }

    // A lookup that, like the database, offers every stat of the size whatever the words.
    private static CohortLookup bySizeOnly(Stat... stats) {
        return new CohortLookup() {
            @Override
            public Optional<Stat> byId(String statId) {
                return Optional.empty();
            }

            @Override
            public List<Stat> bySizeAndWords(long size, List<String> words) {
                return java.util.Arrays.stream(stats).filter(stat -> stat.cohortSize() == size).toList();
            }
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Good morning, Lisbon! 3 of you ran a marathon before breakfast on Sunday.
        9 people in Dublin have streamed breakup songs every night since Valentine's Day.
        To the one person in Brooklyn who watched A Christmas Prince every day for the past 18 days: who hurt you?
        3 people in Dublin watched The Office every day this week.
        """)
    void aNumberWithoutTheStatsDimensionsDoesNotBind(String line) {
        Stat dublin9 = stat("off-daily-30n-dub", 9, with(OFFICE.dimensions(), "day", "on a Sunday"));
        Assessment assessment = ASSESSOR.assess(line, List.of(), bySizeOnly(OFFICE, dublin9, FIVE_TIMES_BK), "");

        assertEquals(BoundCohort.Origin.TEXT, assessment.cohort().orElseThrow().origin());
    }

    @Test
    void aLineStatingEveryDimensionBinds() {
        Assessment assessment = ASSESSOR.assess("3 people in Dublin watched The Office every day for 30 nights"
            + " straight on a Sunday.", List.of(), bySizeOnly(OFFICE), "");
        Assessment vaguer = ASSESSOR.assess("3 people in Dublin watched The Office every day on a Sunday.", List.of(),
            bySizeOnly(OFFICE), "");

        assertEquals("off-daily-30n-sun-dub", assessment.cohort().orElseThrow().stat().orElseThrow().id());
        assertEquals("off-daily-30n-sun-dub", vaguer.cohort().orElseThrow().stat().orElseThrow().id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        53 of you watched A Christmas Prince every day for 18 days.                                   | acp-daily-18d
        Only 53 of you watched A Christmas Prince every day for the past 18 days. Seek help.           | acp-daily-18d
        To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you? | acp-daily-18d
        To the one person in Brooklyn who watched A Christmas Prince every day for the past 18 days: who hurt you? | acp-x5-18d-bk
        1 person in Brooklyn watched A Christmas Prince every day for the past 18 days.               | acp-x5-18d-bk
        """)
    void noSuggestionKeepsAQualifierItsStatHasNoDimensionFor(String line, String citedId) {
        Stat cited = citedId.equals(STREAK.id()) ? STREAK : FIVE_TIMES_BK;

        List<Suggestion> suggestions = ladder(line, List.of(cited), CohortLookup.NONE);

        assertThat(suggestions).isNotEmpty();
        for (Suggestion suggestion : suggestions) {
            Stat backing = suggestion.stat().orElseThrow();
            List<Span> spans = ASSESSOR.assess(suggestion.text(), List.of(backing), CohortLookup.NONE, "").spans();
            assertThat(StatedDimensions.unbacked(backing, spans)).as(suggestion.text()).isEmpty();
            if (!backing.dimensions().containsKey("window")) {
                assertThat(suggestion.text()).doesNotContain("18 days");
            }
            if (!"every day".equals(backing.dimensions().get("frequency"))) {
                assertThat(suggestion.text()).doesNotContain("every day");
            }
            if (!backing.dimensions().containsKey("place")) {
                assertThat(suggestion.text()).doesNotContain("Brooklyn");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        53 of you watched A Christmas Prince every day for 18 days.                         | More than 8,800 of you watched A Christmas Prince every day.
        Only 53 of you watched A Christmas Prince every day for the past 18 days. Seek help. | More than 8,800 of you watched A Christmas Prince every day.
        """)
    void aDroppedWindowTakesItsWordingAndAReplacedNumberItsOnly(String line, String first) {
        assertEquals(first, ladder(line, List.of(STREAK), CohortLookup.NONE).get(0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Only 5 of you finished the 30-day yoga challenge in Manchester. Respect. | Some of you finished the 30-day yoga challenge in Manchester. Respect.
        Berlin, 23 of you ordered burgers at 2am on New Year's Eve.              | Berlin, some of you ordered burgers at 2am on New Year's Eve.
        Dear night owls of Paris, 8 of you opened the app at 3:15am on a Tuesday. | Dear night owls of Paris, some of you opened the app at 3:15am on a Tuesday.
        Thanks to the 2 people in Cork who ordered soup every day in July. Stay warm! | Thanks to the people in Cork who ordered soup every day in July. Stay warm!
        """)
    void aDroppedNumberLeavesNoFragment(String line, String first) {
        List<Suggestion> suggestions = ladder(line, List.of(), CohortLookup.NONE);

        assertEquals(first, suggestions.get(0).text());
        assertThat(suggestions).extracting(Suggestion::text).noneMatch(text -> text.startsWith("Of you")
            || text.contains(", of you") || text.contains(" of,") || text.contains(" of.")
            || text.contains("ordered soup in") && !text.contains("who ordered"));
    }

    @Test
    void aPlaceRemovedFromAnOfPhraseTakesItsOf() {
        List<Suggestion> suggestions = ladder("Dear night owls of Paris, 8 of you opened the app at 3:15am on a"
            + " Tuesday.", List.of(), CohortLookup.NONE);

        assertThat(suggestions).extracting(Suggestion::text).contains("Dear night owls, some of you opened the app.");
    }

    @Test
    void aCountTheCitedStatDoesNotBackIsNeitherKeptNorSilent() {
        String line = "Up at 3am again? You and 1,000 others streamed Lullabies for Little Ones.";
        Assessment original = ASSESSOR.assess(line, List.of(LULLABIES_3AM), CohortLookup.NONE, "");

        assertThat(original.reasons()).contains("claim not backed: the line says \"1,000 others\" but the cited"
            + " stat lul-3am counts 73,800 people");
        assertThat(new Ladder(ASSESSOR).suggest(line, original, stat -> List.of(), ""))
            .extracting(Suggestion::text).noneMatch(text -> text.contains("1,000"));
    }
}
