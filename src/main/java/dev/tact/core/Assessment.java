package dev.tact.core;

import java.util.List;
import java.util.Optional;

/**
 * How close a line comes to singling people out: a pure function of its text, the cohorts it
 * is bound to and the policy.
 *
 * @param score    0–100, higher is creepier
 * @param band     the policy's verdict band
 * @param cohort   the smallest cohort the line speaks about, if any
 * @param factors  the five factors, in {@link Factor.Name} order
 * @param spans    what was found in the text, in text order
 * @param reasons  a short human-readable summary, strongest first
 * @param channel  the channel whose thresholds made the band, empty for the policy default
 * @param minCohort the cohort floor that applied
 */
public record Assessment(int score, Band band, Optional<BoundCohort> cohort, List<Factor> factors, List<Span> spans,
                         List<String> reasons, String channel, long minCohort) {

    public Assessment {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in [0, 100]: " + score);
        }
        if (factors.size() != Factor.Name.values().length) {
            throw new IllegalArgumentException("an assessment has all five factors: " + factors);
        }
        factors = List.copyOf(factors);
        spans = List.copyOf(spans);
        reasons = List.copyOf(reasons);
    }

    public Factor factor(Factor.Name name) {
        return factors.get(name.ordinal());
    }
}
