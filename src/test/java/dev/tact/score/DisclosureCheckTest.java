package dev.tact.score;

import static dev.tact.score.DisclosureFixtures.approved;
import static dev.tact.score.DisclosureFixtures.stat;
import static dev.tact.score.DisclosureFixtures.underReview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Stat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureCheckTest {

    @ParameterizedTest(name = "{1} / {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # parent size | parent text                       | child size | child place | child text                                   | revealed
        3445 | 3,445 people streamed it on a Wednesday.          | 3441 | not Leeds  | 3,441 people streamed it outside Leeds.           | 4
        3445 | 3,445 people streamed it on a Wednesday.          | 3441 | not Leeds  | More than 3,400 people streamed it outside Leeds. | 1–44
        3445 | 3,445 people streamed it on a Wednesday.          | 3441 | not Leeds  | Over 3,400 people streamed it outside Leeds.      | 1–44
        3443 | About 3,440 people streamed it on a Wednesday.    | 3441 | not Leeds  | 3,441 people streamed it outside Leeds.           | 1–3
        3445 | Nearly 3,500 people streamed it on a Wednesday.   | 3441 | not Leeds  | 3,441 people streamed it outside Leeds.           | 1–58
        3445 | 3,445 people streamed it on a Wednesday.          | 3441 | not Leeds  | More than 3,000 people streamed it outside Leeds. | 1–99
        3541 | 3,541 people streamed it on a Wednesday.          | 3441 | not Leeds  | 3,441 people streamed it outside Leeds.           | -
        3540 | 3,540 people streamed it on a Wednesday.          | 3441 | not Leeds  | 3,441 people streamed it outside Leeds.           | 99
        3445 | 3,445 people streamed it on a Wednesday.          | 3445 | not Leeds  | 3,445 people streamed it outside Leeds.           | -
        3445 | 3,445 people streamed it on a Wednesday.          | 2900 | London     | 2,900 people streamed it in London.               | -
        3445 | 3,445 people streamed it on a Wednesday.          | 3400 | London     | 3,400 people streamed it in London.               | 45
        3445 | More than 3,400 people streamed it on a Wednesday.| 3400 | London     | 3,400 people streamed it in London.               | 1–99
        """)
    void aNestedPairIsAFindingWhenItsDifferenceCanBeUnderTheFloor(long parentSize, String parentText, long childSize,
                                                                 String childPlace, String childText, String revealed) {
        ReleasedFigure parent = underReview("p", parentText, stat("wed", parentSize, ""));
        ReleasedFigure child = underReview("c", childText, stat("wed-x", childSize, childPlace));

        List<DisclosureFinding> findings = DisclosureCheck.find(List.of(parent, child), List.of());

        assertThat(findings.stream().map(finding -> finding.revealed().describe()).toList())
            .isEqualTo(revealed == null ? List.of() : List.of(revealed));
    }

    @Test
    void theFindingNamesBothLinesTheArithmeticAndWhoItSinglesOut() {
        ReleasedFigure parent = underReview("w26-09", "3,445 people streamed 'Boozy Brunch' on a Wednesday.",
            stat("bb-wed", 3445, ""));
        ReleasedFigure child = approved("w26-04", "3,441 of them did it outside Leeds.",
            stat("bb-wed-x", 3441, "not Leeds"), "2026-03-02");

        DisclosureFinding finding = DisclosureCheck.find(List.of(parent), List.of(child)).get(0);

        assertThat(finding.message("w26-09")).isEqualTo("Together with w26-04 (approved 2026-03-02) this reveals"
            + " 4 people: 3,445 − 3,441 — Streamed Boozy Brunch on a Wednesday, where place is Leeds");
        assertThat(finding.lineIds()).containsExactly("w26-09", "w26-04");
        assertThat(finding.brief("w26-09")).isEqualTo("w26-04: 4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        other source | video | 2025
        other period | music | 2024
        """)
    void cohortsOfUnrelatedDataNeverNest(String why, String source, String period) {
        ReleasedFigure parent = underReview("p", "3,445 people streamed it.", stat("wed", 3445, ""));
        ReleasedFigure child = approved("c", "3,441 people streamed it outside Leeds.",
            stat("wed-x", 3441, "not Leeds", source, period), "2026-03-02");

        assertThat(DisclosureCheck.find(List.of(parent), List.of(child))).isEmpty();
    }

    @Test
    void twoReleasedLinesAloneAreNotTheCampaignsFinding() {
        ReleasedFigure parent = approved("p", "3,445 people streamed it.", stat("wed", 3445, ""), "2026-01-01");
        ReleasedFigure child = approved("c", "3,441 people streamed it outside Leeds.",
            stat("wed-x", 3441, "not Leeds"), "2026-01-02");
        ReleasedFigure unrelated = underReview("u", "3,445 people streamed it.", stat("other", 3445, "", "video", "2025"));

        assertThat(DisclosureCheck.find(List.of(unrelated), List.of(parent, child))).isEmpty();
    }

    @ParameterizedTest(name = "{3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        3445 | 2900 | 538 | 538 people streamed it in Manchester.             | 7
        3445 | 2900 | 535 | More than 530 people streamed it in Manchester.    | 6–14
        3445 | 2900 | 545 | 545 people streamed it in Manchester.             | -
        3445 | 2900 | 445 | 445 people streamed it in Manchester.             | -
        3445 | 2900 | 446 | 446 people streamed it in Manchester.             | 99
        """)
    void aParentLessItsChildrenAlongOneDimensionIsAResidual(long parentSize, long london, long manchester,
                                                          String manchesterText, String revealed) {
        ReleasedFigure parent = approved("w26-01", "3,445 people streamed it on a Wednesday.",
            stat("wed", parentSize, ""), "2026-01-01");
        ReleasedFigure inLondon = approved("w26-02", String.format("%,d people streamed it in London.", london),
            stat("wed-lon", london, "London"), "2026-01-02");
        ReleasedFigure inManchester = underReview("w26-03", manchesterText, stat("wed-man", manchester, "Manchester"));

        List<DisclosureFinding> residuals = DisclosureCheck.find(List.of(inManchester), List.of(parent, inLondon))
            .stream().filter(finding -> finding.kind() == DisclosureFinding.Kind.RESIDUAL).toList();

        assertThat(residuals.stream().map(finding -> finding.revealed().describe()).toList())
            .isEqualTo(revealed == null ? List.of() : List.of(revealed));
        residuals.forEach(finding -> assertThat(finding.cohort()).endsWith("where place is none of London, Manchester"));
    }

    @Test
    void aChildReleasedSmallLeavesTheResidualWithoutItStanding() {
        Stat wednesday = stat("wed", 3445, "");
        ReleasedFigure parent = underReview("a", "3,445 people streamed it on a Wednesday.", wednesday);
        List<ReleasedFigure> children = List.of(
            approved("b", "2,900 people streamed it in London.", stat("lon", 2900, "London"), "2026-01-01"),
            approved("c", "538 people streamed it in Manchester.", stat("man", 538, "Manchester"), "2026-01-01"),
            approved("d", "7 people streamed it in Leeds.", stat("lds", 7, "Leeds"), "2026-01-01"));

        List<DisclosureFinding> findings = DisclosureCheck.find(List.of(parent), children);

        assertThat(findings).filteredOn(finding -> finding.kind() == DisclosureFinding.Kind.RESIDUAL)
            .extracting(DisclosureFinding::arithmetic).containsExactly("3,445 − 2,900 − 538");
    }

    @Test
    void linesRepeatingAFigureEachGetTheResidualOnceAndTheSearchStaysLinear() {
        Stat london = stat("lon", 2900, "London");
        Stat manchester = stat("man", 538, "Manchester");
        Stat bristol = stat("bri", 3, "Bristol");
        List<ReleasedFigure> deck = new java.util.ArrayList<>();
        deck.add(underReview("p", "3,445 people streamed it on a Wednesday.", stat("wed", 3445, "")));
        // Forty lines each of three children: searched per combination of lines, that is 41^3 residuals.
        for (int i = 0; i < 40; i++) {
            deck.add(underReview("l" + i, "2,900 people streamed it in London.", london));
            deck.add(underReview("m" + i, "538 people streamed it in Manchester.", manchester));
            deck.add(underReview("b" + i, "3 people streamed it in Bristol.", bristol));
        }

        List<DisclosureFinding> findings = DisclosureCheck.find(deck, List.of());
        List<DisclosureFinding> residuals = findings.stream()
            .filter(finding -> finding.kind() == DisclosureFinding.Kind.RESIDUAL).toList();

        // 3,445 − 2,900 − 538 = 7 and 3,445 − 3 − 2,900 − 538 = 4 (children in order of their value): each named once with the first line
        // of each figure, then once more for every other line saying one of them.
        assertThat(residuals).extracting(DisclosureFinding::arithmetic).containsOnly("3,445 − 2,900 − 538",
            "3,445 − 3 − 2,900 − 538");
        assertThat(residuals).hasSize(1 + 2 * 39 + 1 + 3 * 39);
        for (ReleasedFigure line : deck) {
            if (!line.stat().id().equals("wed") && !line.stat().id().equals("bri")) {
                assertThat(DisclosureCheck.involving(residuals, line.lineId())).as(line.lineId()).isNotEmpty();
            }
        }
        assertThat(DisclosureCheck.find(deck, List.of())).isEqualTo(findings);
    }

    @Test
    void leavingOutTheFiguresNoLineUnderReviewCanReachChangesNoFinding() {
        java.util.Random random = new java.util.Random(14);
        String[] days = {"", "Monday", "Tuesday", "Wednesday"};
        String[] places = {"", "London", "Leeds", "Bristol", "not Leeds"};
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            List<Stat> lattice = new java.util.ArrayList<>();
            for (String title : new String[] {"Boozy Brunch", "Sunday Roast"}) {
                long size = 300 + random.nextInt(5_000);
                for (String day : days) {
                    for (String place : places) {
                        java.util.Map<String, String> dims = new java.util.TreeMap<>(java.util.Map.of("title", title));
                        if (!day.isEmpty()) {
                            dims.put("day", day);
                        }
                        if (!place.isEmpty()) {
                            dims.put("place", place);
                        }
                        long cell = size / (1 + dims.size() * 3L) + random.nextInt(120);
                        lattice.add(new Stat(title + day + place, "Streamed " + title, cell,
                            java.util.OptionalLong.empty(), "2025", random.nextInt(6) == 0 ? "video" : "music", dims));
                    }
                }
            }
            List<ReleasedFigure> underReview = new java.util.ArrayList<>();
            List<ReleasedFigure> released = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Stat stat = lattice.get(random.nextInt(lattice.size()));
                Interval said = random.nextBoolean() ? Interval.exact(stat.cohortSize())
                    : new Interval(stat.cohortSize() / 100 * 100 + 1, stat.cohortSize() / 100 * 100 + 99);
                boolean reviewed = i < 1 + random.nextInt(4);
                (reviewed ? underReview : released).add(new ReleasedFigure((reviewed ? "c" : "r") + i, stat,
                    said.contains(stat.cohortSize()) ? said : Interval.exact(stat.cohortSize()), reviewed
                    ? ReleasedFigure.Release.UNDER_REVIEW : new ReleasedFigure.Release(
                    ReleasedFigure.Release.Kind.PUBLISHED, "2026-01-01"), 100));
            }

            List<DisclosureFinding> all = DisclosureCheck.find(underReview, released, false);
            assertThat(DisclosureCheck.find(underReview, released, true)).as("trial " + trial).isEqualTo(all);
            java.util.function.Predicate<Stat> reach = DisclosureCheck.reach(underReview);
            assertThat(DisclosureCheck.find(underReview, released.stream().filter(figure -> reach.test(figure.stat()))
                .toList())).isEqualTo(all);
            compared += all.size();
        }
        assertThat(compared).isGreaterThan(300);
    }
}
