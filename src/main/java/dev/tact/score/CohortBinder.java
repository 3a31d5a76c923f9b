package dev.tact.score;

import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Binds a line to the smallest cohort it speaks about: a cited stat, else a stat matched by a
 * number in the text and the words around it, else the text itself ("53 people" → 53). A stat is
 * matched only when the line speaks of its cohort ({@link StatedDimensions#describes}): "3 of you ran
 * a marathon on Sunday" is not about the 3 members who watched The Office every day on a Sunday in
 * Dublin, however the numbers agree.
 */
final class CohortBinder {

    private CohortBinder() {
    }

    static Optional<BoundCohort> bind(Findings findings, List<Stat> cited, CohortLookup lookup) {
        Optional<Stat> smallestCited = cited.stream().min(Comparator.comparingLong(Stat::cohortSize));
        if (smallestCited.isPresent()) {
            Stat stat = smallestCited.get();
            return Optional.of(new BoundCohort(stat.cohortSize(), BoundCohort.Origin.CITED, Optional.of(stat),
                spanFor(findings, stat.cohortSize())));
        }
        Optional<BoundCohort> matched = matched(findings, lookup);
        if (matched.isPresent()) {
            return matched;
        }
        return findings.counts().stream().min(Comparator.comparingLong(Findings.Count::people))
            .map(count -> new BoundCohort(count.people(), BoundCohort.Origin.TEXT, Optional.empty(),
                Optional.of(count.span())));
    }

    // For each count, the first ranked stat of its size the line describes; of those, the smallest
    // (the first of equal ones). Loops rather than a stream: this runs for every line against a
    // database, and the stream's lambdas were compiled again and again (0011-where-the-time-goes.md).
    private static Optional<BoundCohort> matched(Findings findings, CohortLookup lookup) {
        LineStems line = new LineStems(findings.words());
        BoundCohort smallest = null;
        for (Findings.Count count : findings.counts()) {
            for (Stat stat : lookup.bySizeAndWords(count.people(), findings.words())) {
                if (StatedDimensions.describes(line.get(), findings.spans(), stat)) {
                    if (smallest == null || stat.cohortSize() < smallest.size()) {
                        smallest = new BoundCohort(stat.cohortSize(), BoundCohort.Origin.MATCHED, Optional.of(stat),
                            Optional.of(count.span()));
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(smallest);
    }

    // The line's stems, worked out on the first candidate stat and kept for the others: every
    // candidate of every count is compared with the same line.
    private static final class LineStems {
        private final List<String> words;
        private java.util.Set<String> stems;

        LineStems(List<String> words) {
            this.words = words;
        }

        java.util.Set<String> get() {
            if (stems == null) {
                stems = StatedDimensions.lineStems(words);
            }
            return stems;
        }
    }

    // The span a cited stat explains: the count stating its size, else a singular subject or one
    // rounded from it; a count the stat does not back ("300 members" for a stat of 212) is not
    // "explained" by it — Claims reports it instead.
    private static Optional<dev.tact.core.Span> spanFor(Findings findings, long size) {
        return findings.counts().stream().filter(count -> count.people() == size).findFirst()
            .or(() -> findings.counts().stream().filter(count -> count.people() < size)
                .max(Comparator.comparingLong(Findings.Count::people)))
            .map(Findings.Count::span);
    }
}
