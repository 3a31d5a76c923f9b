package dev.tact.core;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One aggregated statistic: how many people fall in a cohort. Tact never holds per-person rows.
 *
 * @param id          unique stat id
 * @param description human-readable definition of the cohort
 * @param cohortSize  people in the cohort, at least 0
 * @param baseSize    people the cohort was drawn from, at least {@code cohortSize}, if known
 * @param period      when it was measured (ISO 8601 interval or free text), empty if unknown
 * @param source      which product, market or dataset, empty if unknown
 * @param dimensions  what narrows the cohort, name (without the {@code dim_} prefix) to value;
 *                    absent names are unconstrained
 */
public record Stat(String id, String description, long cohortSize, OptionalLong baseSize, String period,
                   String source, Map<String, String> dimensions) {

    public Stat {
        requireText(id, "id");
        requireText(description, "description");
        if (cohortSize < 0) {
            throw new IllegalArgumentException("cohortSize must be >= 0: " + cohortSize);
        }
        if (baseSize.isPresent() && baseSize.getAsLong() < cohortSize) {
            throw new IllegalArgumentException(
                "baseSize must be >= cohortSize: " + baseSize.getAsLong() + " < " + cohortSize);
        }
        period = period == null ? "" : period;
        source = source == null ? "" : source;
        dimensions = Collections.unmodifiableMap(new TreeMap<>(dimensions));
        if (dimensions.values().stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("dimension values must not be empty: " + dimensions);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
