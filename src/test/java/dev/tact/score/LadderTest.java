package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LadderTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final String NETFLIX = "To the 53 people who've watched A Christmas Prince every day for the past 18"
        + " days: Who hurt you?";

    private static Stat stat(String id, long size, Map<String, String> dims) {
        return new Stat(id, "Members who watched it", size, OptionalLong.of(110_000_000), "", "streamflix", dims);
    }

    private static final Stat TITLE = stat("acp", 1_200_000, Map.of("title", "A Christmas Prince"));
    private static final Stat DAILY = stat("acp-daily", 410, Map.of("title", "A Christmas Prince",
        "frequency", "every day"));
    private static final Stat STREAK = stat("acp-daily-18d", 53, Map.of("title", "A Christmas Prince",
        "frequency", "every day", "window", "for the past 18 days"));

    private static List<Suggestion> ladder(String text, Stat cited, List<Stat> broader, String channel) {
        Assessment original = ASSESSOR.assess(text, List.of(cited), CohortLookup.NONE, channel);
        return new Ladder(ASSESSOR).suggest(text, original, stat -> broader, channel);
    }

    @Test
    void theNetflixLineGetsSuggestionsTrueToTheBroaderStats() {
        Assessment original = ASSESSOR.assess(NETFLIX, List.of(STREAK), CohortLookup.NONE, "email");

        List<Suggestion> suggestions = ladder(NETFLIX, STREAK, List.of(TITLE, DAILY), "email");

        assertThat(suggestions).extracting(Suggestion::text).containsExactly(
            "410 people have watched A Christmas Prince every day.",
            "1.2 million people have watched A Christmas Prince.");
        assertThat(suggestions).extracting(s -> s.stat().orElseThrow().id()).containsExactly("acp-daily", "acp");
        assertThat(suggestions).allSatisfy(s -> assertThat(s.assessment().score()).isLessThan(original.score()));
        assertEquals(List.of("window"), suggestions.get(0).dropped());
    }

    @Test
    void aBroaderStatUnderTheChannelsFloorIsNotOffered() {
        List<Suggestion> suggestions = ladder(NETFLIX, STREAK, List.of(TITLE, DAILY), "billboard");

        assertThat(suggestions).extracting(s -> s.stat().orElseThrow().id()).containsExactly("acp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        53        | 53
        410       | 410
        8820      | more than 8,800
        12600     | more than 12,000
        2100000   | 2.1 million
        2124000   | more than 2.1 million
        1200000   | 1.2 million
        """)
    void countsArePublishedRoundedDownToTwoFigures(long people, String expected) {
        assertEquals(expected, Rewriter.publishable(people));
    }

    @Test
    void withoutAStatTheTextLadderDropsANumberItCannotSayTruly() {
        String line = "To the 7 people in Bath who listened to sea shanties every night in March: we see you.";
        Assessment original = ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "");

        List<Suggestion> suggestions = new Ladder(ASSESSOR).suggest(line, original, stat -> List.of(), "");

        // Seven people are not "dozens": with no stat behind a broader cohort the number goes.
        assertThat(suggestions).extracting(Suggestion::text).containsExactly("People listened to sea shanties every night.");
        assertThat(suggestions).allSatisfy(s -> assertThat(s.assessment().band().ordinal())
            .isLessThan(original.band().ordinal()));
    }

    @Test
    void aLineWhoseOnlySpecificsAreASmallCountAndAPlaceGetsNoGreetingLeftAlone() {
        String line = "To the 7 people in Bath: we see you";
        Assessment original = ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "");

        // Seven is too few to restate and Bath goes: "To the people: we see you." says nothing of the line.
        assertThat(new Ladder(ASSESSOR).suggest(line, original, stat -> List.of(), "")).isEmpty();
    }

    @Test
    void aDateLeavesNoDanglingPrepositionAndEverySuggestionIsALowerBand() {
        String line = "To the one listener in Brooklyn who played 'Someone Like You' 31 times on New Year's Eve.";
        Assessment original = ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "");

        List<Suggestion> suggestions = new Ladder(ASSESSOR).suggest(line, original, stat -> List.of(), "");

        assertThat(suggestions).isNotEmpty().extracting(Suggestion::text)
            .allSatisfy(text -> assertThat(text).doesNotEndWith(" on.").doesNotContain("dozens").doesNotContain("one listener"));
        assertThat(suggestions).allSatisfy(s -> assertThat(s.assessment().band().ordinal())
            .isLessThan(original.band().ordinal()));
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        1        | ''
        7        | ''
        23       | ''
        24       | dozens of
        199      | dozens of
        200      | hundreds of
        1999     | hundreds of
        2000     | thousands of
        1999999  | thousands of
        2000000  | millions of
        """)
    void aVagueNumberIsStillTrue(long people, String words) {
        assertEquals(words, Rewriter.bucket(people));
    }

    /** Over a generated lattice: every suggestion generalizes the original, clears the floor, scores lower. */
    @Property(tries = 60)
    void suggestionsGeneralizeClearTheFloorAndNeverScoreHigher(@ForAll @IntRange(min = 1, max = 90) int base,
                                                                @ForAll @IntRange(min = 2, max = 40) int growth) {
        long small = base;
        Stat narrow = stat("n", small, Map.of("title", "A Christmas Prince", "frequency", "every day",
            "window", "for the past 18 days", "place", "Brooklyn"));
        List<Stat> broader = new ArrayList<>();
        int index = 0;
        for (Map<String, String> dims : List.of(
            Map.of("title", "A Christmas Prince", "frequency", "every day", "window", "for the past 18 days"),
            Map.of("title", "A Christmas Prince", "frequency", "every day", "place", "Brooklyn"),
            Map.of("title", "A Christmas Prince", "frequency", "every day"),
            Map.of("title", "A Christmas Prince"))) {
            broader.add(stat("b" + index, Math.min(100_000_000L, small * (long) Math.pow(growth, 4 - dims.size() + 1)),
                dims));
            index++;
        }
        String text = "To the " + small + " people in Brooklyn who've watched A Christmas Prince every day for the"
            + " past 18 days: Who hurt you?";
        Assessment original = ASSESSOR.assess(text, List.of(narrow), CohortLookup.NONE, "email");

        List<Suggestion> suggestions = new Ladder(ASSESSOR).suggest(text, original, stat -> broader, "email");

        for (Suggestion suggestion : suggestions) {
            Stat wider = suggestion.stat().orElseThrow();
            assertThat(narrow.dimensions().entrySet()).containsAll(wider.dimensions().entrySet());
            assertThat(wider.cohortSize()).isGreaterThanOrEqualTo(original.minCohort());
            assertThat(suggestion.assessment().score()).isLessThan(original.score());
            // True to its stat: the count written is the broader stat's, as published, and the
            // re-scored suggestion (citing that stat) finds no claim the data does not back.
            assertThat(suggestion.text()).containsIgnoringCase(Rewriter.publishable(wider.cohortSize()) + " people");
            assertThat(suggestion.assessment().reasons()).noneMatch(reason -> reason.startsWith("claim not backed"));
        }
        List<Suggestion> ordered = new ArrayList<>(suggestions);
        ordered.sort(Comparator.comparingInt((Suggestion s) -> narrow.dimensions().size()
            - s.stat().orElseThrow().dimensions().size()).thenComparingLong(s -> s.stat().orElseThrow().cohortSize()));
        assertThat(suggestions).containsExactlyElementsOf(ordered);
    }

    /**
     * Without a stat, a vague count must still be true of the line's own count (no "dozens" for 7,
     * no "thousands" for 1,999), the exact count is gone, and every rung is a lower band.
     */
    @Property(tries = 200)
    void theTextLadderNeverSaysMoreThanTheLineKnows(@ForAll @IntRange(min = 1, max = 5_000_000) int people,
                                                    @ForAll("places") String place,
                                                    @ForAll("moments") String moment) {
        String count = dev.tact.core.Counts.grouped(people);
        String line = "To the " + count + " people in " + place + " who ordered cheese fries " + moment
            + ": we see you.";
        Assessment original = ASSESSOR.assess(line, List.of(), CohortLookup.NONE, "");

        List<Suggestion> suggestions = new Ladder(ASSESSOR).suggest(line, original, stat -> List.of(), "");

        for (Suggestion suggestion : suggestions) {
            String text = suggestion.text();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertThat(text).doesNotContain(count + " people").isNotEqualTo(line);
            assertThat(!lower.contains("dozens of") || people >= 24).as(text).isTrue();
            assertThat(!lower.contains("hundreds of") || people >= 200).as(text).isTrue();
            assertThat(!lower.contains("thousands of") || people >= 2_000).as(text).isTrue();
            assertThat(!lower.contains("millions of") || people >= 2_000_000).as(text).isTrue();
            assertThat(suggestion.assessment().band().ordinal()).as(text).isLessThan(original.band().ordinal());
            assertThat(text).as("no dangling word before the end").doesNotMatch(".*\\b(in|on|at|after|for|to)[.?!]$");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> places() {
        return net.jqwik.api.Arbitraries.of("Austin", "Leeds", "Brooklyn", "Bath", "Red Hook");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> moments() {
        return net.jqwik.api.Arbitraries.of("after 3am", "on Christmas morning", "every Sunday", "last Saturday night",
            "on a Tuesday", "this year");
    }
}
