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
 * @param language  the language the line was read as; when the policy does not cover it the band is
 *                  {@link Band#UNASSESSED} and the score counts only what needs no language (digits, quotes)
 */
public record Assessment(int score, Band band, Optional<BoundCohort> cohort, List<Factor> factors, List<Span> spans,
                         List<String> reasons, String channel, long minCohort, LanguageVerdict language) {

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
        if (language == null) {
            throw new IllegalArgumentException("an assessment states the language it was read in");
        }
        if (!language.covered() && band != Band.UNASSESSED) {
            throw new IllegalArgumentException("a line in an uncovered language is unassessed, not " + band.code());
        }
    }

    /** The name of the language the line was read as ("Spanish"). */
    public String languageName() {
        return language.name();
    }

    public Factor factor(Factor.Name name) {
        return factors.get(name.ordinal());
    }
}
