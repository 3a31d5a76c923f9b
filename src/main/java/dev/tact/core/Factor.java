package dev.tact.core;

import java.util.List;

/**
 * One of the five factors of an assessment, with what caused it.
 *
 * @param name   which factor
 * @param value  in [0, 1]: 0 = nothing of this kind, 1 = as strong as it gets
 * @param causes human-readable causes, strongest first, each traceable to a span or a cohort
 */
public record Factor(Name name, double value, List<String> causes) {

    /** The five factors of DESIGN.md. */
    public enum Name { COHORT, SPECIFICITY, SENSITIVITY, ADDRESS, TONE }

    public Factor {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("factor must be in [0, 1]: " + value);
        }
        causes = List.copyOf(causes);
    }
}
