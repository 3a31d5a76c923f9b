package dev.tact.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Stat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 14 over generated lattices (a parent, its children by place, a complement, each cited by lines
 * worded exactly, "more than" or "about"): every finding is reported with the interval its arithmetic
 * gives, inside [1, floor − 1]; the true difference lies in it; adding a released line never removes one.
 */
class DisclosureProperties {
    private static final List<String> PLACES = List.of("London", "Manchester", "Leeds", "Bristol", "Cardiff");

    /** A lattice's figures, the campaign's first, and one more released line to add. */
    record Lattice(List<ReleasedFigure> underReview, List<ReleasedFigure> released, ReleasedFigure extra) {
    }

    @Property(tries = 300)
    void everyFindingIsReportedWithTheIntervalItsArithmeticGives(@ForAll("lattices") Lattice lattice) {
        List<DisclosureFinding> findings = DisclosureCheck.find(lattice.underReview(), lattice.released());
        Statistics.label("findings").collect(findings.isEmpty() ? "none" : findings.stream()
            .map(finding -> finding.kind().name()).distinct().sorted().collect(Collectors.joining("+")));
        for (DisclosureFinding finding : findings) {
            Interval sum = finding.subtracted().stream().map(ReleasedFigure::revealed)
                .reduce(Interval.exact(0), Interval::plus);
            Interval difference = finding.parent().revealed().minus(sum).atLeastOf(0);
            long trueDifference = finding.parent().stat().cohortSize()
                - finding.subtracted().stream().mapToLong(figure -> figure.stat().cohortSize()).sum();

            assertThat(finding.difference()).isEqualTo(difference);
            assertThat(finding.revealed().lo()).isGreaterThanOrEqualTo(Math.max(1, difference.lo()));
            assertThat(finding.revealed().hi()).isLessThanOrEqualTo(Math.min(finding.floor() - 1, difference.hi()));
            assertThat(difference.contains(trueDifference)).as("the true difference %d in %s", trueDifference,
                difference).isTrue();
            assertThat(finding.figures()).anyMatch(ReleasedFigure::underReview);
        }
    }

    @Property(tries = 300)
    void addingAReleasedLineNeverRemovesAFinding(@ForAll("lattices") Lattice lattice) {
        List<ReleasedFigure> more = new ArrayList<>(lattice.released());
        more.add(lattice.extra());

        Set<String> before = keys(DisclosureCheck.find(lattice.underReview(), lattice.released()));
        Set<String> after = keys(DisclosureCheck.find(lattice.underReview(), more));

        assertThat(after).containsAll(before);
    }

    @Property(tries = 200)
    void aTrueDifferenceUnderTheFloorIsAlwaysFound(@ForAll("lattices") Lattice lattice) {
        List<ReleasedFigure> all = new ArrayList<>(lattice.underReview());
        all.addAll(lattice.released());
        List<DisclosureFinding> findings = DisclosureCheck.find(lattice.underReview(), lattice.released());
        for (ReleasedFigure parent : all) {
            for (ReleasedFigure child : all) {
                long difference = parent.stat().cohortSize() - child.stat().cohortSize();
                if (nested(parent.stat(), child.stat()) && (parent.underReview() || child.underReview())
                    && difference > 0 && difference < Math.max(parent.floor(), child.floor())) {
                    assertThat(findings).anyMatch(finding -> finding.lineIds()
                        .equals(List.of(parent.lineId(), child.lineId())));
                }
            }
        }
    }

    private static boolean nested(Stat outer, Stat inner) {
        return inner.dimensions().size() > outer.dimensions().size()
            && inner.dimensions().entrySet().containsAll(outer.dimensions().entrySet());
    }

    private static Set<String> keys(List<DisclosureFinding> findings) {
        return findings.stream().map(finding -> finding.kind() + String.join(",", finding.lineIds()) + finding.revealed())
            .collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<Lattice> lattices() {
        Arbitrary<Long> parent = Arbitraries.longs().between(300, 20_000);
        Arbitrary<Integer> children = Arbitraries.integers().between(1, PLACES.size());
        Arbitrary<List<Long>> cuts = Arbitraries.longs().between(0, 1_000_000).list().ofSize(PLACES.size() + 1);
        Arbitrary<List<Integer>> wordings = Arbitraries.integers().between(0, 5).list().ofSize(PLACES.size() + 3);
        Arbitrary<Long> remainder = Arbitraries.longs().between(0, 250);
        return Combinators.combine(parent, children, cuts, wordings, remainder).as(DisclosureProperties::lattice);
    }

    // The parent splits into children by place and a remainder; "not Leeds" is the parent less Leeds.
    // Wording 2 is "more than" at two figures, 3 "about", any other exact; 5 is also released (approved).
    private static Lattice lattice(long parentSize, int childCount, List<Long> cuts, List<Integer> wordings,
                                   long remainder) {
        long rest = Math.max(0, parentSize - Math.min(remainder, parentSize));
        List<Stat> stats = new ArrayList<>();
        stats.add(DisclosureFixtures.stat("all", parentSize, ""));
        long total = cuts.subList(0, childCount).stream().mapToLong(cut -> cut + 1).sum();
        long leeds = 0;
        for (int i = 0; i < childCount; i++) {
            long size = rest * (cuts.get(i) + 1) / total;
            leeds = PLACES.get(i).equals("Leeds") ? size : leeds;
            stats.add(DisclosureFixtures.stat("in-" + i, size, PLACES.get(i)));
        }
        stats.add(DisclosureFixtures.stat("not-leeds", parentSize - leeds, "not Leeds"));
        List<ReleasedFigure> underReview = new ArrayList<>();
        List<ReleasedFigure> released = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            ReleasedFigure figure = figure("l" + i, stats.get(i), wordings.get(i), wordings.get(i) == 5);
            (figure.underReview() ? underReview : released).add(figure);
        }
        Stat extra = stats.get((int) (cuts.get(PLACES.size()) % stats.size()));
        return new Lattice(underReview, released, figure("extra", extra, wordings.get(PLACES.size() + 2) % 4, true));
    }

    private static ReleasedFigure figure(String lineId, Stat stat, int wording, boolean approved) {
        String said = switch (wording) {
            case 2 -> Rewriter.publishable(stat.cohortSize());
            case 3 -> stat.cohortSize() < 100 ? String.format("%,d", stat.cohortSize())
                : "About " + String.format("%,d", Math.round(stat.cohortSize() / 10.0) * 10);
            default -> String.format("%,d", stat.cohortSize());
        };
        String text = said + " people streamed Boozy Brunch on a Wednesday.";
        return approved ? DisclosureFixtures.approved(lineId, text, stat, "2026-01-01")
            : DisclosureFixtures.underReview(lineId, text, stat);
    }
}
