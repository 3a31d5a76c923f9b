package dev.tact.score;

import dev.tact.core.BoundCohort;
import dev.tact.core.Counts;
import dev.tact.core.Factor;
import dev.tact.core.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The short human-readable summary of an assessment: the cohort first, then each factor's top causes. */
final class Reasons {
    private static final int CAUSES_PER_FACTOR = 3;

    private Reasons() {
    }

    static List<String> summarize(Optional<BoundCohort> cohort, List<Factor> factors, Policy.Thresholds thresholds) {
        List<String> reasons = new ArrayList<>();
        cohort.ifPresent(bound -> reasons.add("cohort " + bound.explanation() + (bound.size() < thresholds.minCohort()
            ? ", under the floor of " + Counts.grouped(thresholds.minCohort()) : "")));
        for (Factor factor : factors) {
            if (factor.name() != Factor.Name.COHORT && factor.value() > 0) {
                reasons.add(factor.name().name().toLowerCase(Locale.ROOT) + ": "
                    + String.join("; ", factor.causes().subList(0, Math.min(CAUSES_PER_FACTOR, factor.causes().size()))));
            }
        }
        return reasons;
    }
}
