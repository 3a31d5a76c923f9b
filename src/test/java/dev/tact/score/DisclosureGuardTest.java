package dev.tact.score;

import static dev.tact.score.DisclosureFixtures.ASSESSOR;
import static dev.tact.score.DisclosureFixtures.approved;
import static dev.tact.score.DisclosureFixtures.stat;
import static dev.tact.score.DisclosureFixtures.underReview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The ladder checked against what is out (issue 14): rewrites that close a line's gaps, none that open one. */
class DisclosureGuardTest {
    private static final Stat WEDNESDAY = stat("bb-wed", 3445, "");
    private static final Stat OUTSIDE_LEEDS = stat("bb-wed-x", 3441, "not Leeds");
    private static final Stat MANCHESTER = stat("bb-wed-man", 538, "Manchester");
    private static final Stat ALL = new Stat("bb", "Streamed Boozy Brunch", 912_000, OptionalLong.of(140_000_000L),
        "2025", "music", new TreeMap<>(Map.of("title", "Boozy Brunch")));

    private static List<Stat> broaderOf(Stat stat) {
        return stat.dimensions().size() == 3 ? List.of(WEDNESDAY, ALL) : stat.dimensions().size() == 2 ? List.of(ALL)
            : List.of();
    }

    private static DisclosureGuard guardOf(ReleasedFigure line, List<ReleasedFigure> others) {
        List<DisclosureFinding> findings = DisclosureCheck.involving(DisclosureCheck.find(List.of(line), others),
            line.lineId());
        return DisclosureGuard.of(line.lineId(), others, findings);
    }

    // A line outside Leeds beside the Wednesday line of its campaign: 3,445 − 3,441 leaves 4 in Leeds.
    private record Paired(DisclosureGuard guard, Assessment alone, List<Suggestion> suggestions) {
        static Paired of(String text) {
            DisclosureGuard guard = guardOf(underReview("w26-10", text, OUTSIDE_LEEDS), List.of(underReview("w26-09",
                "3,445 people streamed 'Boozy Brunch' on a Wednesday.", WEDNESDAY)));
            Assessment alone = ASSESSOR.assess(text, List.of(OUTSIDE_LEEDS), CohortLookup.NONE, "");
            return new Paired(guard, alone, new Ladder(ASSESSOR).suggest(text, alone, DisclosureGuardTest::broaderOf,
                "", guard));
        }
    }

    @Test
    void aLineInAFindingIsOfferedOnlyWordingsThatCloseItEachNamingThePartner() {
        Paired paired = Paired.of("3,441 of them did it outside Leeds.");
        DisclosureGuard guard = paired.guard();
        Assessment alone = paired.alone();
        List<Suggestion> suggestions = paired.suggestions();

        assertThat(guard.findings()).hasSize(1);
        assertThat(guard.judged(alone).band()).isEqualTo(Band.HIGH);
        assertThat(suggestions).isNotEmpty().allSatisfy(suggestion -> {
            assertThat(suggestion.closes()).containsExactly("w26-09");
            assertThat(guard.findingsIf(suggestion.text(), suggestion.assessment())).isEmpty();
            assertThat(suggestion.assessment().band()).isLessThan(Band.HIGH);
        });
        assertThat(suggestions.get(0).text()).isEqualTo("More than 3,400 of them did it.");
        assertThat(suggestions.get(0).stat().map(Stat::id)).contains("bb-wed");
    }

    @Test
    void aRoundedCountOfThemIsRestatedToo() {
        Paired paired = Paired.of("More than 3,400 of them did it outside Leeds.");
        List<Suggestion> suggestions = paired.suggestions();

        assertThat(paired.guard().findings()).hasSize(1);
        assertThat(suggestions).extracting(Suggestion::text).startsWith("More than 3,400 of them did it.");
        assertThat(suggestions).allSatisfy(suggestion -> assertThat(suggestion.closes()).containsExactly("w26-09"));
    }

    @Test
    void theReCheckOfTheLineAsItStandsGivesItsOwnFindings() {
        String text = "3,441 of them did it outside Leeds.";
        ReleasedFigure line = underReview("w26-10", text, OUTSIDE_LEEDS);
        DisclosureGuard guard = guardOf(line, List.of(underReview("w26-09", "3,445 people streamed it.", WEDNESDAY)));

        assertThat(guard.findingsIf(text, ASSESSOR.assess(text, List.of(OUTSIDE_LEEDS), CohortLookup.NONE, "")))
            .isEqualTo(guard.findings());
    }

    @Test
    void aRewriteThatWouldOpenAFindingIsNotOffered() {
        // Alone, the Manchester line differences with nothing; said of all Wednesday listeners it would
        // leave 3,445 − 3,441 = 4 in Leeds beside the approved line.
        String text = "To the 538 of you in Manchester who streamed 'Boozy Brunch' on a Wednesday: who hurt you?";
        ReleasedFigure line = underReview("m", text, MANCHESTER);
        DisclosureGuard guard = guardOf(line, List.of(approved("x", "3,441 people streamed it outside Leeds.",
            OUTSIDE_LEEDS, "2026-03-02")));
        Assessment alone = ASSESSOR.assess(text, List.of(MANCHESTER), CohortLookup.NONE, "");

        List<Suggestion> guarded = new Ladder(ASSESSOR).suggest(text, alone, DisclosureGuardTest::broaderOf, "", guard);
        List<Suggestion> unguarded = new Ladder(ASSESSOR).suggest(text, alone, DisclosureGuardTest::broaderOf, "");

        assertThat(guard.findings()).isEmpty();
        assertThat(unguarded).extracting(suggestion -> suggestion.stat().map(Stat::id).orElse("")).contains("bb-wed");
        assertThat(guarded).extracting(suggestion -> suggestion.stat().map(Stat::id).orElse(""))
            .doesNotContain("bb-wed").contains("bb");
        assertThat(guarded).allSatisfy(suggestion -> assertThat(suggestion.closes()).isEmpty());
    }

    @Test
    void aFindingOfAnotherLineIsRefused() {
        ReleasedFigure parent = underReview("a", "3,445 people streamed it.", WEDNESDAY);
        ReleasedFigure child = underReview("b", "3,441 of them did it outside Leeds.", OUTSIDE_LEEDS);
        List<DisclosureFinding> findings = DisclosureCheck.find(List.of(parent, child), List.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DisclosureGuard.of("c", List.of(), findings))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not c's");
    }
}
